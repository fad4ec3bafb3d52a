import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { trainingApi } from '#core/api/training';
import { renderPage, sessionOf, stub, stubApi } from '#web/test/render';
import { CertificatesTab } from './CertificatesTab';

/* Revoking a certificate sends the reason typed in the dialog (it sent '' and was refused). */
const EVENT = {
  id: '0b8e4b3e-8f0a-4c5e-9a43-2f4f1f5d7c11',
  attendanceRule: { minShare: 0.8 },
  permissions: { revoke: true, issue: true, scores: true },
  status: 'finished',
};
const CERT = {
  code: 'A4SEAJCJ5G',
  registrationId: '7a1f0c2e-5b3d-4e6f-8a9b-0c1d2e3f4a5b',
  name: 'Siti Aminah',
  status: 'valid',
  issuedAt: '2026-12-06T09:00:00.000Z',
  overrideReason: null,
  revokedReason: null,
  revokedAt: null,
};

describe('the certificates tab', () => {
  it('revokes with the reason typed in the dialog', { timeout: 60_000 }, async () => {
    const calls = stubApi([
      stub(trainingApi.listCertificates, { items: [CERT] } as never),
      stub(trainingApi.listRegistrations, { items: [] } as never),
      stub(trainingApi.revokeCertificate, { ...CERT, status: 'revoked' } as never),
    ]);
    const { user } = await renderPage(<CertificatesTab event={EVENT as never} />, {
      session: sessionOf('admin'),
    });
    await user.click(await screen.findByRole('button', { name: 'Cabut' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Alasan'), 'Salah nama peserta');
    await user.click(within(dialog).getByRole('button', { name: 'Cabut' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'POST')).toMatchObject({
        path: `/api/certificates/${CERT.code}/revoke`,
        body: { reason: 'Salah nama peserta' },
      }),
    );
  });
});
