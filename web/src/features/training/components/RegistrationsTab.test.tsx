import { screen, waitFor } from '@testing-library/react';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { trainingApi } from '#core/api/training';
import { ApiError } from '#web/lib/api';
import { cachedRead } from '#web/lib/field-cache';
import { renderPage, sessionOf, stub, stubApi } from '#web/test/render';
import { CertificatesTab } from './CertificatesTab';
import { RegistrationsTab } from './RegistrationsTab';

/*
 * The registrations and certificates tabs show phones, emails and ticket codes (a code opens the
 * ticket page, where the registration can be cancelled): they read online only and keep nothing
 * on the device. Only the check-in page keeps a copy, of what it needs (ScanPage.test.tsx).
 */
const EVENT = {
  id: '0b8e4b3e-8f0a-4c5e-9a43-2f4f1f5d7c11',
  title: { id: 'Pelatihan Electroforming', en: 'Electroforming Workshop' },
  attendanceRule: { minShare: 0.8 },
  sessions: [],
  permissions: { register: false, revoke: true, issue: true, scores: true },
  status: 'scheduled',
};
const REGISTRATION = {
  id: '7a1f0c2e-5b3d-4e6f-8a9b-0c1d2e3f4a5b',
  code: 'ABCD234567',
  name: 'Siti Aminah',
  status: 'registered',
  phone: '081234567890',
  email: 'siti@contoh.id',
  businessName: 'Perak Siti',
  waitlistPosition: null,
  attended: 0,
  meetsRule: false,
  certificate: null,
};
const session = sessionOf('admin');
const offline = () => Promise.reject(new ApiError(0, 'network', 'offline'));

/** The keys of the field cache's entries for the signed-in person. */
async function fieldKeys() {
  // A write of our own, awaited: the field cache writes in the background, and a write the tabs
  // started before it has landed by the time this one can be read back.
  await cachedRead(session.user.id, 'probe', async () => ({ probe: true }));
  await waitFor(async () => expect(await cachedRead(session.user.id, 'probe', offline)).toBeTruthy());
  const db = new Dexie('bina-kriya-field');
  await db.open();
  const keys = await db.table('entries').where('userId').equals(session.user.id).primaryKeys();
  db.close();
  return keys;
}

describe('the registrations and certificates tabs', () => {
  it('show the participants and keep none of them on the device', { timeout: 60_000 }, async () => {
    stubApi([
      stub(trainingApi.listRegistrations, { items: [REGISTRATION] } as never),
      stub(trainingApi.listAttendance, { items: [] } as never),
      stub(trainingApi.listCertificates, { items: [] } as never),
    ]);
    await renderPage(
      <>
        <RegistrationsTab event={EVENT as never} />
        <CertificatesTab event={EVENT as never} />
      </>,
      { session },
    );
    expect(await screen.findByText('Siti Aminah')).toBeInTheDocument();
    expect(screen.getByText(/081234567890/)).toBeInTheDocument();
    expect(await fieldKeys()).toEqual([`${session.user.id}:probe`]);
  });
});
