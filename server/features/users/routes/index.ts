import { usersApi } from '#core/api/users';
import { requireRole } from '#server/lib/authorize';
import { contextFrom } from '#server/lib/context';
import { registerEndpoints } from '#server/lib/endpoints';
import type { App } from '#server/lib/http';
import * as service from '../service';

export default async function userRoutes(app: App) {
  registerEndpoints(app, usersApi, {
    list: async (request) => {
      requireRole(request, 'admin');
      return service.listUsers(contextFrom(request), request.query);
    },
    create: async (request) => {
      requireRole(request, 'admin');
      return service.createUser(contextFrom(request), request.body);
    },
    get: async (request) => {
      requireRole(request, 'admin');
      return service.getUser(contextFrom(request), request.params.id);
    },
    update: async (request) => {
      requireRole(request, 'admin');
      return service.updateUser(contextFrom(request), request.params.id, request.body);
    },
    unlockSignIn: async (request) => {
      requireRole(request, 'admin');
      return service.unlockSignIn(contextFrom(request), request.params.id);
    },
  });
}
