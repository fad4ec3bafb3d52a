import enAudit from './en/audit.json';
import enAuth from './en/auth.json';
import enCommon from './en/common.json';
import enErrors from './en/errors.json';
import enUsers from './en/users.json';
import idAudit from './id/audit.json';
import idAuth from './id/auth.json';
import idCommon from './id/common.json';
import idErrors from './id/errors.json';
import idUsers from './id/users.json';

/** Every message catalog, by locale and namespace (one namespace per feature). */
export const resources = {
  id: { common: idCommon, errors: idErrors, auth: idAuth, users: idUsers, audit: idAudit },
  en: { common: enCommon, errors: enErrors, auth: enAuth, users: enUsers, audit: enAudit },
} as const;

export type Namespace = keyof (typeof resources)['id'];
export const NAMESPACES = Object.keys(resources.id) as Namespace[];
