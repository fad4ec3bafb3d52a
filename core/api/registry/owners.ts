import { IdParams } from '#core/schemas/common';
import {
  EraseOwnerBody,
  LinkOwnerAccountBody,
  Owner,
  OwnerExport,
  RevealNikBody,
  RevealNikResponse,
  UpdateOwnerBody,
} from '#core/schemas/registry';
import { defineEndpoints } from '../endpoint';

const tags = ['registry'] as const;

/** The people who own businesses, their accounts and their personal data (UU PDP). */
export const ownersApi = defineEndpoints({
  getOwner: { method: 'GET', path: '/owners/:id', tags, params: IdParams, responses: { 200: Owner } },
  updateOwner: {
    method: 'PATCH',
    path: '/owners/:id',
    tags,
    params: IdParams,
    body: UpdateOwnerBody,
    responses: { 200: Owner },
  },
  linkOwnerAccount: {
    method: 'POST',
    path: '/owners/:id/account',
    tags,
    params: IdParams,
    body: LinkOwnerAccountBody,
    responses: { 200: Owner },
  },
  unlinkOwnerAccount: {
    method: 'DELETE',
    path: '/owners/:id/account',
    tags,
    params: IdParams,
    responses: { 200: Owner },
  },
  /** The one place a full NIK leaves the server (audited, never cached). */
  revealNik: {
    method: 'POST',
    path: '/owners/:id/reveal-nik',
    tags,
    params: IdParams,
    body: RevealNikBody,
    responses: { 200: RevealNikResponse },
  },
  /** Everything held about the person, as a JSON attachment (access request). */
  exportOwner: {
    method: 'GET',
    path: '/owners/:id/export',
    tags,
    params: IdParams,
    responses: { 200: OwnerExport },
  },
  eraseOwner: {
    method: 'POST',
    path: '/owners/:id/erase',
    tags,
    params: IdParams,
    body: EraseOwnerBody,
    responses: { 200: Owner },
  },
});
