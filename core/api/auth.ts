import {
  ChangePasswordBody,
  LoginBody,
  MeResponse,
  SetupBody,
  SetupStatus,
  UpdateMeBody,
} from '#core/schemas/auth';
import { OkResponse } from '#core/schemas/common';
import { defineEndpoints } from './endpoint';

const tags = ['auth'] as const;

export const authApi = defineEndpoints({
  setupStatus: { method: 'GET', path: '/auth/setup', public: true, tags, responses: { 200: SetupStatus } },
  setup: {
    method: 'POST',
    path: '/auth/setup',
    public: true,
    csrf: false,
    tags,
    body: SetupBody,
    responses: { 201: MeResponse },
  },
  login: {
    method: 'POST',
    path: '/auth/login',
    public: true,
    csrf: false,
    tags,
    body: LoginBody,
    responses: { 200: MeResponse },
  },
  logout: { method: 'POST', path: '/auth/logout', tags, responses: { 200: OkResponse } },
  me: { method: 'GET', path: '/auth/me', tags, responses: { 200: MeResponse } },
  updateMe: { method: 'PATCH', path: '/auth/me', tags, body: UpdateMeBody, responses: { 200: MeResponse } },
  changePassword: {
    method: 'POST',
    path: '/auth/password',
    tags,
    body: ChangePasswordBody,
    responses: { 200: OkResponse },
  },
});
