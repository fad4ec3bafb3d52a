import type { Permission } from '#core/schemas/auth';
import { abilities as audit } from './features/audit/policy';
import { abilities as catalog } from './features/catalog/policy';
import { abilities as dashboard } from './features/dashboard/policy';
import { abilities as electroforming } from './features/electroforming/policy';
import { abilities as monitoring } from './features/monitoring/policy';
import { abilities as needs } from './features/needs/policy';
import { abilities as registry } from './features/registry/policy';
import { abilities as training } from './features/training/policy';
import { abilities as users } from './features/users/policy';
import type { Actor } from './lib/context';

/** Every feature's grants for one person: the list the web shows and hides things by. */
const FEATURE_ABILITIES: ((actor: Actor) => Permission[])[] = [
  users,
  audit,
  registry,
  electroforming,
  monitoring,
  catalog,
  training,
  dashboard,
  needs,
];

export function permissionsOf(actor: Actor): Permission[] {
  return FEATURE_ABILITIES.flatMap((grant) => grant(actor));
}
