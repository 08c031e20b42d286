import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { API } from '../../../../shared/api/contract';
import type { User } from '../../../../shared/schemas/user';
import { callApi } from '../../../lib/api-client';
import type { AddUserBody } from '../create/add-user-schema';
import { userQueries } from './user-queries';

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
      const { api_key: apiKey, ...reply } = await callApi(API.createUser, { body });
      // A reply that names the user only by first and last name reads as that name.
      const user = { ...reply, name: reply.name || body.name, email: reply.email || body.email };
      created.current(user, apiKey);
      return user;
    },
    gcTime: 0,
    onSuccess: (user) => {
      queryClient.setQueryData(userQueries.detail(user.id).queryKey, user);
      // The list shows the new user at once (last, where creation order puts it) ...
      queryClient.setQueryData(userQueries.all().queryKey, (users) =>
        users ? [...users.filter((u) => u.id !== user.id), user] : users,
      );
      // ... and the server confirms it behind.
      void queryClient.invalidateQueries({ queryKey: userQueries.all().queryKey });
    },
  });
}
