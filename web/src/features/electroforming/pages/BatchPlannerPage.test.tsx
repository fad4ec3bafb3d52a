import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { electroformingApi } from '#core/api/electroforming';
import { planBatch } from '#core/domain/electroforming/batch-plan';
import { CRAFT_WINDOW } from '#core/domain/electroforming/windows';
import id from '#core/i18n/id/electroforming.json';
import type { Bath } from '#core/schemas/electroforming';
import { renderPage, sessionOf, stub, stubApi } from '#web/test/render';
import { BatchPlannerPage } from './BatchPlannerPage';

const bath: Bath = {
  id: '00000000-0000-4000-8000-0000000000b1',
  ownerUserId: '00000000-0000-4000-8000-000000000001',
  ownerName: 'Uji ikm_owner',
  businessId: null,
  name: 'Bak ember 2 L',
  volumeL: 2,
  composition: {
    copperSulfateGL: 200,
    sulfuricAcidGL: 60,
    chloridePpm: 60,
    temperatureC: 25,
    measuredOn: '2030-01-01',
  },
  anodeType: 'phosphorizedCopper',
  operatingWindowPreset: 'craft',
  operatingWindow: CRAFT_WINDOW,
  efficiency: 0.95,
  efficiencySource: 'default',
  status: 'active',
  notes: null,
  warnings: [],
  lastMaintenanceOn: null,
  createdAt: '2030-01-01T00:00:00.000Z',
  updatedAt: '2030-01-01T00:00:00.000Z',
};

const baths = { items: [bath], total: 1, page: 1, pageSize: 100 };

/** The first piece with its area typed in cm² (both faces) and its target shell. */
async function enterPiece(
  user: Awaited<ReturnType<typeof renderPage>>['user'],
  areaCm2: string,
  targetUm?: string,
) {
  const piece = await screen.findByTestId('piece-0');
  await user.click(within(within(piece).getByTestId('area-mode')).getByText('cm²'));
  const area = within(piece).getByLabelText(/Luas kedua sisi/);
  await user.clear(area);
  await user.type(area, areaCm2);
  if (targetUm !== undefined) {
    const target = within(piece).getByLabelText(/Tebal yang diinginkan/);
    await user.clear(target);
    await user.type(target, targetUm);
  }
  return piece;
}

describe('the batch planner', () => {
  it('shows the plan the server will make, from the same core planner, while the maker types', async () => {
    stubApi([stub(electroformingApi.listBaths, baths)]);
    const { user } = await renderPage(<BatchPlannerPage />, { session: sessionOf('ikm_owner') });
    const piece = await enterPiece(user, '23,56');
    await user.click(within(piece).getByRole('button', { name: 'Salin benda ini' }));
    expect(await screen.findByTestId('piece-1')).toBeInTheDocument();
    // The default plan: strike 2.5 A/dm² for 10 min, then 1.5 A/dm² to the 200 µm target.
    const expected = planBatch(
      [
        { areaCm2: 23.56, targetThicknessUm: 200 },
        { areaCm2: 23.56, targetThicknessUm: 200 },
      ],
      { mode: 'target', currentDensityAdm2: 1.5, strike: { currentDensityAdm2: 2.5, minutes: 10 } },
      bath.efficiency,
      bath.operatingWindow,
    );
    expect(expected.steps.at(-1)?.currentA).toBeCloseTo(0.7068, 4);
    await waitFor(() => expect(screen.getByTestId('plan-current')).toHaveTextContent('0,707'));
    expect(screen.getByTestId('piece-0-ready')).toHaveTextContent('200 µm');
  });

  it('refuses a strike thicker than the target with the planner’s message and saves nothing', async () => {
    const calls = stubApi([stub(electroformingApi.listBaths, baths)]);
    const { user } = await renderPage(<BatchPlannerPage />, { session: sessionOf('ikm_owner') });
    await enterPiece(user, '60', '1');
    expect((await screen.findAllByText(id.records.strikeExceedsTarget)).length).toBeGreaterThan(0);
    expect(screen.queryByTestId('plan-summary')).not.toBeInTheDocument();
    expect(screen.getByTestId('planner-save')).toBeDisabled();
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
  });

  it('sends the pieces and the plan as the contract wants them', async () => {
    const calls = stubApi([
      stub(electroformingApi.listBaths, baths),
      stub(electroformingApi.createBatch, {
        status: 400,
        body: { error: { code: 'x', message: 'Ditolak' } },
      }),
    ]);
    const { user } = await renderPage(<BatchPlannerPage />, { session: sessionOf('ikm_owner') });
    await enterPiece(user, '60', '150');
    await waitFor(() => expect(screen.getByTestId('planner-save')).toBeEnabled());
    await user.click(screen.getByTestId('planner-save'));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const sent = calls.find((c) => c.method === 'POST');
    expect(sent?.path).toBe('/api/electroforming/batches');
    expect(sent?.body).toMatchObject({
      bathId: bath.id,
      pieces: [{ objectType: 'leaf', area: { source: 'entered', areaCm2: 60 }, targetThicknessUm: 150 }],
      plan: { mode: 'target', currentDensityAdm2: 1.5, strike: { currentDensityAdm2: 2.5, minutes: 10 } },
    });
    expect(await screen.findByText('Ditolak')).toBeInTheDocument();
  });

  it('explains a negative area by its field and in the plan pane, and says why Save is off', async () => {
    const calls = stubApi([stub(electroformingApi.listBaths, baths)]);
    const { user } = await renderPage(<BatchPlannerPage />, { session: sessionOf('ikm_owner') });
    const piece = await enterPiece(user, '-5', '200');
    expect(await within(piece).findByText(id.errors.areaRange)).toBeInTheDocument();
    const pane = screen.getByTestId('calc-errors');
    expect(pane).toHaveTextContent(`Benda 1: ${id.errors.areaRange}`);
    expect(screen.getByTestId('planner-save')).toBeDisabled();
    expect(screen.getByTestId('planner-save-why')).toHaveTextContent(/Simpan bisa dipakai setelah/);
    // Fixed, the plan comes back and Save is on, with no excuse left on screen.
    await enterPiece(user, '60');
    await waitFor(() => expect(screen.getByTestId('planner-save')).toBeEnabled());
    expect(screen.queryByTestId('planner-save-why')).not.toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
  });

  it('names an empty area and an unreadable thickness instead of leaving the plan pane bare', async () => {
    stubApi([stub(electroformingApi.listBaths, baths)]);
    const { user } = await renderPage(<BatchPlannerPage />, { session: sessionOf('ikm_owner') });
    const piece = await enterPiece(user, '5', '2OO');
    await user.clear(within(piece).getByLabelText(/Luas kedua sisi/));
    expect(await within(piece).findByText(/Tidak terbaca sebagai angka/)).toBeInTheDocument();
    expect(screen.getByTestId('calc-errors')).toHaveTextContent(
      `Benda 1: ${id.ui.records.planner.areaMissing}`,
    );
  });
});
