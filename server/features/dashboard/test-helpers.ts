import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { officeDate } from '#core/time';
import { LOWOKWARU } from '#server/features/registry/test-helpers';
import { createTestApp } from '#server/test/app';
import { setupAdmin, userClient } from '#server/test/factories';
import { seedDemo } from './service';

type DemoSizes = NonNullable<Parameters<typeof seedDemo>[1]['sizes']>;

/**
 * A test app holding a small demo office of the home city (Kota Malang): an admin, an officer
 * of Lowokwaru, and the demo generator's rows up to `until` (certificates signed with a key in
 * a fresh DATA_DIR).
 */
export async function demoOffice(sizes: DemoSizes, until = officeDate()) {
  const t = await createTestApp();
  t.config.dataDir = mkdtempSync(path.join(os.tmpdir(), 'bk-dashboard-'));
  const admin = await setupAdmin(t.app);
  const officer = (await userClient(t.app, t.database, { role: 'officer', kecamatanCodes: [LOWOKWARU] }))
    .client;
  await seedDemo(t.database, {
    scale: 'city',
    homeRegionCode: '35.73',
    dataDir: t.config.dataDir,
    until,
    sizes,
  });
  return { t, admin, officer };
}
