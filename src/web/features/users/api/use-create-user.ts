import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { ROUTES } from '../../../../shared/api/routes';
import type { User } from '../../../../shared/schemas/user';
import { userQueries } from '../../../entities/user/user-queries';
import { callApi } from '../../../lib/api-client';
import { addToList } from '../../../lib/list-cache';
import type { AddUserBody } from '../create/add-user-schema';

/**
 * POST /v2/users. The reply carries the new user's API key, the one time it is ever shown:
 * user and key go straight to `onCreated` (for the dialog's own state), and the mutation's
 * result, which TanStack keeps in its cache, is the user without the key. `gcTime: 0` drops
 * the mutation, whose variables hold the password, as soon as nothing watches it.
 */
export function useCreateUser(onCreated: (user: User, apiKey: string) => void) {
  const queryClient = useQueryClient();
  const created = useRef(onCreated);
  useEffect(() => {
    created.current = onCreated;
  }, [onCreated]);
  return useMutation({
    mutationFn: async (body: AddUserBody): Promise<User> => {
      const { api_key: apiKey, ...reply } = await callApi(ROUTES.createUser, { body });
      // A reply that names the user only by first and last name reads as that name.
      const user = { ...reply, name: reply.name || body.name, email: reply.email || body.email };
      created.current(user, apiKey);
      return user;
    },
    meta: { invalidates: [userQueries.root()] },
    gcTime: 0,
    onSuccess: (user) => {
      queryClient.setQueryData(userQueries.detail(user.id).queryKey, user);
      // Every list and picker of users shows the new user at once (last, where creation order
      // puts it); `invalidates` has the server confirm it behind.
      addToList(queryClient, userQueries.list().queryKey, user);
    },
  });
}
