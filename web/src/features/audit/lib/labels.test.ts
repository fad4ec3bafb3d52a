import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_STATUSES } from '#core/domain/electroforming/batch-status';
import { createI18n } from '#core/i18n/i18n';

/*
 * Every action and record type the server writes to the audit log reads as words in both
 * languages, so the log never shows a code such as `ef_batch.status_done`.
 */

const root = path.resolve(import.meta.dirname, '../../../../../server/features');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [full] : [];
  });
}

const text = sources(root)
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');
const actions = new Set([
  ...[...text.matchAll(/action: '([a-z_]+\.[a-z_]+)'/g)].map((m) => m[1]),
  ...BATCH_STATUSES.map((s) => `ef_batch.status_${s}`),
]);
const entityTypes = new Set([...text.matchAll(/entityType: '([a-z_]+)'/g)].map((m) => m[1]));

describe('audit words', () => {
  const i18n = createI18n();
  it('finds what the server records', () => {
    expect(actions.size).toBeGreaterThan(30);
    expect(entityTypes).toContain('business');
  });
  for (const lng of ['id', 'en']) {
    it(`${lng}: every recorded action and record type has words`, () => {
      const missing = [
        ...[...actions].filter((a) => !i18n.exists(`audit:action.${a}`, { lng, fallbackLng: false })),
        ...[...entityTypes].filter((e) => !i18n.exists(`audit:entity.${e}`, { lng, fallbackLng: false })),
      ];
      expect(missing).toEqual([]);
    });
  }
});
