import { useMutation } from '@tanstack/react-query';
import { checkSessionToken } from '../../../entities/session/token-check';

/** "Is this session token still accepted?" — on demand; the token stays out of every cache key. */
export function useTokenCheck() {
  // A read: it changes nothing any screen shows.
  return useMutation({ mutationFn: checkSessionToken, meta: { invalidates: [] }, gcTime: 0 });
}
