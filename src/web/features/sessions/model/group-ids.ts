/** The ids of the groups a user belongs to: the trust evaluator's view of a user. */
export const groupIds = (groups: readonly { id: string }[]): string[] => groups.map((g) => g.id);
