import { IdParams } from '#core/schemas/common';
import { CreateUserBody, ListUsersQuery, UpdateUserBody, User, UserList } from '#core/schemas/users';
import { requireRole } from '#server/lib/authorize';
import { contextFrom } from '#server/lib/context';
import type { App } from '#server/lib/http';
import * as service from './service';

const tags = ['users'];

export default async function userRoutes(app: App) {
  app.get(
    '/users',
    { schema: { tags, querystring: ListUsersQuery, response: { 200: UserList } } },
    async (request) => {
      requireRole(request, 'admin');
      return service.listUsers(contextFrom(request), request.query);
    },
  );

  app.post(
    '/users',
    { schema: { tags, body: CreateUserBody, response: { 201: User } } },
    async (request, reply) => {
      requireRole(request, 'admin');
      return reply.status(201).send(await service.createUser(contextFrom(request), request.body));
    },
  );

  app.get('/users/:id', { schema: { tags, params: IdParams, response: { 200: User } } }, async (request) => {
    requireRole(request, 'admin');
    return service.getUser(contextFrom(request), request.params.id);
  });

  app.patch(
    '/users/:id',
    { schema: { tags, params: IdParams, body: UpdateUserBody, response: { 200: User } } },
    async (request) => {
      requireRole(request, 'admin');
      return service.updateUser(contextFrom(request), request.params.id, request.body);
    },
  );
}
