import { z } from 'zod';

/**
 * What a signed-in user may do, as the server's policies decide it. The server sends the
 * list with the session; the web shows or hides actions and pages by it and never re-derives
 * a rule from the role. Each feature's `policy.ts` grants its own.
 */
export const PERMISSIONS = [
  'users.manage',
  'audit.read',
  'registry.browse',
  'registry.create',
  'registry.import',
  'registry.merge',
  'registry.own',
  'registry.personal_data',
  'electroforming.records',
  'electroforming.records_write',
  'electroforming.summary',
  'electroforming.settings',
  'monitoring.visits',
  'monitoring.review',
  'monitoring.forms',
  'monitoring.funnel',
  'monitoring.own',
  'catalog.products',
  'catalog.review',
  'catalog.inquiries',
  'training.view',
  'training.manage',
  'training.register',
  'training.own',
  'needs.view',
  'needs.manage',
  'needs.own',
  'dashboard.view',
] as const;

export const PermissionSchema = z.enum(PERMISSIONS);
export type Permission = z.infer<typeof PermissionSchema>;
