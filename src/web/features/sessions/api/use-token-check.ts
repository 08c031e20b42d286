import { useMutation } from '@tanstack/react-query';
import { checkSessionToken } from './token-check';

/** "Is this session token still accepted?" — on demand; the token stays out of every cache key. */
export function useTokenCheck() {
  return useMutation({ mutationFn: checkSessionToken, gcTime: 0 });
}
