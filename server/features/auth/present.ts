import type { Locale } from '#core/i18n/locales';
import type { Actor } from '#server/lib/context';
import type { AccountRow } from './queries/accounts';

/** The signed-in person as every service sees them (no hash, no timestamps). */
export function toActor(user: AccountRow): Actor {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    kecamatanCodes: user.kecamatanCodes,
    locale: user.locale as Locale,
  };
}
