// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReviewRequestsSection } from '../../../components/options/ReviewRequestsSection';
import { loadReviewRequests, recordReviewRequest } from '../../../lib/storage';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the review requests Clearsend remembers', () => {
  it('lists them newest first with the date and the channel, and forgets one or all', async () => {
    await recordReviewRequest('112-1111111-1111111', 'message', new Date('2026-11-02T10:00:00'));
    await recordReviewRequest('305-2222222-2222222', 'request-a-review', new Date('2026-11-20T10:00:00'));
    render(<ReviewRequestsSection />);
    const table = await screen.findByTestId('review-requests');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.getAttribute('data-order'))).toEqual(['305-2222222-2222222', '112-1111111-1111111']);
    expect(within(rows[0] as HTMLElement).getByText('Request a Review button')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText('2026-11-02')).toBeTruthy();

    fireEvent.click(within(rows[1] as HTMLElement).getByRole('button', { name: 'Forget' }));
    await waitFor(async () => expect((await loadReviewRequests()).map((r) => r.orderId)).toEqual(['305-2222222-2222222']));
    await waitFor(() => expect(within(screen.getByTestId('review-requests')).getAllByRole('row')).toHaveLength(2));

    fireEvent.click(screen.getByTestId('review-requests-clear'));
    await screen.findByTestId('review-requests-empty');
    expect(await loadReviewRequests()).toEqual([]);
  });

  it('shows a request sent from another tab without a reload', async () => {
    render(<ReviewRequestsSection />);
    await screen.findByTestId('review-requests-empty');
    await recordReviewRequest('112-1111111-1111111', 'message');
    await screen.findByTestId('review-requests');
  });

  it('says so when the list cannot be changed, and keeps it', async () => {
    await recordReviewRequest('112-1111111-1111111', 'message');
    render(<ReviewRequestsSection />);
    await screen.findByTestId('review-requests');
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('storage is full'));
    fireEvent.click(screen.getByTestId('review-requests-clear'));
    expect((await screen.findByRole('alert')).textContent).toContain('storage is full');
    expect(screen.getByTestId('review-requests')).toBeTruthy();
  });
});
