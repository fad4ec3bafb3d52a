import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEvent } from '#server/features/training/test-helpers';
import { type Client, createTestApp, type TestApp } from '#server/test/app';
import { setupAdmin, userClient } from '#server/test/factories';
import { createProduct, makerBusiness, PRIVATE, productBody } from './test-helpers';

let t: TestApp;
let admin: Client;
let maker: Client;
let businessId: string;

beforeAll(async () => {
  t = await createTestApp();
  // The certificate signing key is generated in DATA_DIR.
  t.config.dataDir = mkdtempSync(path.join(os.tmpdir(), 'bk-catalog-training-'));
  admin = await setupAdmin(t.app);
  const m = await userClient(t.app, t.database, { role: 'ikm_owner' });
  maker = m.client;
  businessId = (await makerBusiness(t, admin, m.user.id)).id;
}, 180_000);
afterAll(() => t.close());

describe('training evidence', () => {
  it('a certificate of the owner closes the training gap and shows on the public page with its link', async () => {
    const before = (await maker.get(`/api/catalog/readiness/${businessId}`)).json();
    expect(before.gaps.map((g: { key: string }) => g.key)).toContain('training');
    expect(before.trainingEvidence).toBe(false);

    const event = await createEvent(admin);
    const reg = await t.app.inject({
      method: 'POST',
      url: `/api/public/events/${event.id}/registrations`,
      payload: {
        name: 'Siti Aminah',
        phone: PRIVATE.phone,
        businessName: 'UD Daun Tembaga',
        districtCode: '35.73.05',
        consent: true,
      },
    });
    expect(reg.statusCode).toBeLessThan(300);
    const issued = await admin.post(`/api/events/${event.id}/certificates`, {
      registrationIds: [reg.json().id],
      override: { reason: 'Uji katalog: bukti pelatihan' },
    });
    expect(issued.json().issued).toBe(1);
    const code = issued.json().items[0].code as string;

    const after = (await maker.get(`/api/catalog/readiness/${businessId}`)).json();
    expect(after.trainingEvidence).toBe(true);
    expect(after.gaps.map((g: { key: string }) => g.key)).not.toContain('training');
    expect(after.score).toBeGreaterThan(before.score);

    const p = await createProduct(maker, productBody(businessId));
    await admin.post(`/api/products/${p.id}/publish`);
    const page = await t.app.inject({ method: 'GET', url: `/en/catalog/${p.slug}` });
    expect(page.body).toContain('Electroforming Craft Workshop');
    expect(page.body).toContain(`/verify/${code}`);
    expect(page.body).not.toContain('Siti Aminah');
  });
});
