import { DEFAULT_PRICE_PER_KWH_IDR, type Rates } from '#core/domain/electroforming';
import type { ElectroformingSettings } from '#core/schemas/electroforming';
import type { Queryable } from '#server/db/client';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { authorize, canReadSettings, canWriteSettings } from '../policy';
import { readSetting, writeSetting } from '../queries/settings';

export const SETTINGS_KEY = 'electroforming.rates';

export type { Rates };

/**
 * Until an admin sets them: Rp 16 000 per USD and Rp 17 500 per EUR (round office rates),
 * and the PLN household tariff R-1 1 300–2 200 VA for electricity.
 */
export const DEFAULT_RATES: Rates = {
  idrPerUsd: 16_000,
  idrPerEur: 17_500,
  pricePerKwhIdr: DEFAULT_PRICE_PER_KWH_IDR,
};

async function readSettings(db: Queryable): Promise<ElectroformingSettings> {
  const row = await readSetting(db, SETTINGS_KEY);
  const stored = (row?.value ?? {}) as Partial<Rates>;
  return { ...DEFAULT_RATES, ...stored, updatedAt: row ? row.updatedAt.toISOString() : null };
}

/** The office rates, for other use cases of this feature (no authorization of its own). */
export async function currentRates(db: Queryable): Promise<Rates> {
  const { updatedAt: _u, ...rates } = await readSettings(db);
  return rates;
}

export async function getSettings(ctx: ServiceContext): Promise<ElectroformingSettings> {
  authorize(canReadSettings(ctx.actor));
  return readSettings(ctx.db);
}

export async function updateSettings(ctx: ServiceContext, input: Rates): Promise<ElectroformingSettings> {
  authorize(canWriteSettings(ctx.actor));
  return ctx.db.transaction(async (tx) => {
    const before = await readSettings(tx);
    const value: Rates = {
      idrPerUsd: input.idrPerUsd,
      idrPerEur: input.idrPerEur,
      pricePerKwhIdr: input.pricePerKwhIdr,
    };
    const now = new Date();
    await writeSetting(tx, SETTINGS_KEY, value, now);
    const after = { ...value, updatedAt: now.toISOString() };
    await recordAudit(tx, ctx, {
      action: 'ef_settings.update',
      entityType: 'settings',
      entityId: SETTINGS_KEY,
      before,
      after,
    });
    return after;
  });
}
