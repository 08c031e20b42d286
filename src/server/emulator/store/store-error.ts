/**
 * What a store refuses, in the store's own terms: the input breaks a rule, the change is not
 * allowed, a record is missing, or it clashes with another. Stores know nothing of HTTP; the one
 * error mapper (src/server/errors.ts) answers each kind with its status.
 */
export type StoreFailure = 'invalid' | 'refused' | 'not-found' | 'conflict';

export class StoreError extends Error {
  constructor(
    readonly kind: StoreFailure,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

export const invalid = (message: string) => new StoreError('invalid', message);
export const refused = (message: string) => new StoreError('refused', message);
export const notFound = (message: string) => new StoreError('not-found', message);
export const conflict = (message: string) => new StoreError('conflict', message);
