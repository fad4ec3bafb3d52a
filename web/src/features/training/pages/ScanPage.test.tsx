import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { trainingApi } from '#core/api/training';
import { ApiError } from '#web/lib/api';
import { cachedRead } from '#web/lib/field-cache';
import { renderPage, sessionOf, stub, stubApi } from '#web/test/render';
import { ScanPage } from './ScanPage';

/*
 * Check-in happens at a venue, often with no signal: the page opened there once must open
 * again after a reload with the network down (event, sessions, the names to search), as the
 * scans it takes already wait in the outbox.
 */
const EVENT_ID = '0b8e4b3e-8f0a-4c5e-9a43-2f4f1f5d7c11';
const SESSIONS = [
  {
    id: '1d4e6a52-4a8b-4a0e-9d7e-6b2c1f0e9a01',
    date: '2026-12-05',
    start: '08:00',
    end: '12:00',
    topic: 'Dasar electroforming',
  },
];
const EVENT = {
  id: EVENT_ID,
  title: { id: 'Pelatihan Electroforming', en: 'Electroforming Workshop' },
  sessions: SESSIONS,
  signatoryName: 'Ir. Budi Santoso',
  venue: 'Balai Latihan Kerja',
};
const REGISTRATIONS = {
  items: [
    {
      id: '7a1f0c2e-5b3d-4e6f-8a9b-0c1d2e3f4a5b',
      code: 'ABCD234567',
      name: 'Siti Aminah',
      status: 'registered',
      phone: '081234567890',
      email: 'siti@contoh.id',
      businessName: 'Perak Siti',
      preScore: 60,
      certificate: null,
    },
  ],
};
const session = sessionOf('admin');
const open = () =>
  renderPage(<ScanPage />, { session, route: `/training/${EVENT_ID}/scan`, path: '/training/:id/scan' });
const offline = () => Promise.reject(new ApiError(0, 'network', 'offline'));

describe('the check-in page', () => {
  it('opens with no signal from what it loaded before, names to search included', {
    timeout: 60_000,
  }, async () => {
    stubApi([
      stub(trainingApi.getEvent, EVENT as never),
      stub(trainingApi.listRegistrations, REGISTRATIONS as never),
    ]);
    const first = await open();
    expect(await screen.findByText('Dasar electroforming')).toBeInTheDocument();
    // The copies are written in the background, and hold only what check-in reads: no phone,
    // email, business or scores, nothing of the event but its title and sessions.
    await waitFor(async () => {
      expect(await cachedRead(session.user.id, `check-in-registrations-${EVENT_ID}`, offline)).toEqual({
        items: [{ code: 'ABCD234567', name: 'Siti Aminah', status: 'registered' }],
        cachedAt: expect.any(Number),
      });
      expect(await cachedRead(session.user.id, `check-in-event-${EVENT_ID}`, offline)).toEqual({
        id: EVENT_ID,
        title: EVENT.title,
        sessions: SESSIONS,
        cachedAt: expect.any(Number),
      });
    });
    first.unmount();

    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const { user } = await open();
    expect(await screen.findByText('Dasar electroforming')).toBeInTheDocument();
    await user.type(screen.getByPlaceholderText('Ketik nama atau kode'), 'Siti');
    expect(await screen.findByText('Siti Aminah (ABCD234567)')).toBeInTheDocument();
  });
});
