import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { trainingApi } from '#core/api/training';
import { apiError, renderPage, sessionOf, stub, stubApi } from '#web/test/render';
import { ProgramForm } from './ProgramsPage';

const saved = (body: unknown) => ({
  id: '0b8e4b3e-8f0a-4c5e-9a43-2f4f1f5d7c11',
  description: null,
  eventCount: 0,
  ...(body as object),
});

describe('the program form', () => {
  it('starts a new program at 1, 3, 6 and 12 months and sends the months as numbers', {
    timeout: 60_000,
  }, async () => {
    const calls = stubApi([stub(trainingApi.createProgram, ({ body }) => saved(body))]);
    let done = false;
    const { user } = await renderPage(<ProgramForm program={null} onDone={() => (done = true)} />, {
      session: sessionOf('admin'),
    });
    await user.type(screen.getByLabelText(/Nama program/), 'Pengembangan Kriya Electroforming');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(done).toBe(true));
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.path).toBe('/api/programs');
    // Nothing typed in the months: the defaults went.
    expect(post?.body).toMatchObject({
      name: 'Pengembangan Kriya Electroforming',
      followupOffsets: [1, 3, 6, 12],
    });
  });

  it('edits a program and shows the server’s word on the months next to the field', {
    timeout: 60_000,
  }, async () => {
    const calls = stubApi([
      stub(
        trainingApi.updateProgram,
        apiError(400, 'validation_failed', 'Periksa isian', [
          { path: 'followupOffsets.0', message: 'Bulan tindak lanjut 1–60.' },
        ]),
      ),
    ]);
    const { user } = await renderPage(
      <ProgramForm
        program={{
          id: '0b8e4b3e-8f0a-4c5e-9a43-2f4f1f5d7c11',
          name: 'Lama',
          description: null,
          followupOffsets: [2],
        }}
        onDone={() => {}}
      />,
      { session: sessionOf('admin') },
    );
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('Bulan tindak lanjut 1–60.')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PATCH')?.body).toMatchObject({
      name: 'Lama',
      followupOffsets: [2],
    });
  });
});
