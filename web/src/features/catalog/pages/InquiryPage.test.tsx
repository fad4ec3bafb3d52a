import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { inquiriesApi } from '#core/api/catalog';
import type { Inquiry } from '#core/schemas/catalog';
import { renderPage, sessionOf, stub, stubApi } from '#web/test/render';
import { InquiryPage } from './InquiryPage';

const ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const inquiry: Inquiry = {
  id: ID,
  status: 'new',
  productId: '0f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
  productSlug: 'copper-leaf-pendant',
  productName: 'Liontin Daun Tembaga',
  businessId: '1f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
  businessName: 'UD Daun Tembaga',
  quantity: 300,
  targetPrice: 9.5,
  targetCurrency: 'USD',
  buyerName: 'Kenji Sato',
  buyerEmail: 'kenji@example.jp',
  buyerCompany: null,
  country: 'JP',
  createdAt: '2026-12-01T02:00:00.000Z',
  updatedAt: '2026-12-01T02:00:00.000Z',
  messages: [
    {
      id: '2f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
      author: 'buyer',
      authorName: 'Kenji Sato',
      body: 'Could you quote 300 pieces?',
      createdAt: '2026-12-01T02:00:00.000Z',
      mailedAt: null,
    },
  ],
  permissions: { reply: true },
};

describe('an inquiry thread', () => {
  it('shows the buyer message and sends a reply with the chosen status', async () => {
    const calls = stubApi([
      stub(inquiriesApi.get, inquiry),
      stub(inquiriesApi.reply, {
        id: '3f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
        author: 'staff',
        authorName: 'Siti · Daun Tembaga',
        body: 'Rp 150.000 per buah.',
        createdAt: '2026-12-01T03:00:00.000Z',
        mailedAt: '2026-12-01T03:00:00.000Z',
      }),
    ]);
    const { user } = await renderPage(<InquiryPage />, {
      session: sessionOf('ikm_owner'),
      route: `/inquiries/${ID}`,
      path: '/inquiries/:id',
    });
    expect(await screen.findByText('Could you quote 300 pieces?')).toBeInTheDocument();
    await user.click(screen.getByTestId('reply-send'));
    // Empty: the shared rule names the field and says it is required.
    expect(await screen.findByText(/wajib diisi/)).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
    await user.type(screen.getByLabelText('Balasan', { exact: false }), 'Rp 150.000 per buah.');
    await user.click(screen.getByTestId('reply-send'));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.body).toEqual({ message: 'Rp 150.000 per buah.' });
  });
});
