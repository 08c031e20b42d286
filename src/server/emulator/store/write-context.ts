/** Who writes, in which organization, and when (stored form): every store write takes one. */
export interface WriteContext {
  orgId: string;
  /** Recorded as the author of the write. */
  userId: string;
  at: string;
}
