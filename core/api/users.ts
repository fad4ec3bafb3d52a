import { IdParams } from '#core/schemas/common';
import { CreateUserBody, ListUsersQuery, UpdateUserBody, User, UserList } from '#core/schemas/users';
import { defineEndpoints } from './endpoint';

const tags = ['users'] as const;

export const usersApi = defineEndpoints({
  list: { method: 'GET', path: '/users', tags, query: ListUsersQuery, responses: { 200: UserList } },
  create: { method: 'POST', path: '/users', tags, body: CreateUserBody, responses: { 201: User } },
  get: { method: 'GET', path: '/users/:id', tags, params: IdParams, responses: { 200: User } },
  update: {
    method: 'PATCH',
    path: '/users/:id',
    tags,
    params: IdParams,
    body: UpdateUserBody,
    responses: { 200: User },
  },
  /** Lifts a sign-in lock left by failed tries, from every address (audited). */
  unlockSignIn: {
    method: 'POST',
    path: '/users/:id/unlock-sign-in',
    tags,
    params: IdParams,
    responses: { 200: User },
  },
});
