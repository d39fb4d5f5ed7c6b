import { useEffect, useState } from 'preact/hooks';
import type { ReviewRequest } from '../../lib/storage/index';
import { clearReviewRequests, loadReviewRequests, RETENTION_DAYS, watchReviewRequests } from '../../lib/storage/index';
import { t } from '../../lib/i18n';

type Status = { kind: 'idle' } | { kind: 'failed'; message: string };

/**
 * The review requests Clearsend remembers, one per order (Amazon allows one), newest first, with
 * a way to forget one or all. The list never leaves this browser.
 */
export function ReviewRequestsSection() {
  const [requests, setRequests] = useState<ReviewRequest[] | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  useEffect(() => {
    let live = true;
    void loadReviewRequests().then((loaded) => live && setRequests(loaded));
    const unwatch = watchReviewRequests((next) => setRequests(next));
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const forget = async (orderId?: string) => {
    try {
      await clearReviewRequests(orderId);
      setStatus({ kind: 'idle' });
      setRequests(await loadReviewRequests());
    } catch (error) {
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const newestFirst = requests ? [...requests].reverse() : [];
  return (
    <section class="opt-section" aria-labelledby="review-requests-heading">
      <h2 id="review-requests-heading">{t('reviewRequestsHeading', 'Review requests sent')}</h2>
      <p class="opt-help">
        {t(
          'reviewRequestsHelp',
          `Amazon allows one review request per order. Clearsend remembers the orders you asked, from a message or with the Request a Review button, for ${RETENTION_DAYS} days, in this browser only, and warns before a second request.`,
          String(RETENTION_DAYS),
        )}
      </p>
      {requests === null ? (
        <p>{t('loading', 'Loading…')}</p>
      ) : requests.length === 0 ? (
        <p class="opt-empty" data-testid="review-requests-empty">
          {t('reviewRequestsEmpty', 'No review requests remembered.')}
        </p>
      ) : (
        <>
          <table class="opt-table" data-testid="review-requests">
            <thead>
              <tr>
                <th scope="col">{t('reviewRequestsOrder', 'Order')}</th>
                <th scope="col">{t('reviewRequestsDate', 'Asked on')}</th>
                <th scope="col">{t('reviewRequestsVia', 'From')}</th>
                <th scope="col">
                  <span class="opt-hidden">{t('reviewRequestsActions', 'Actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {newestFirst.map((request) => (
                <tr key={request.orderId} data-order={request.orderId}>
                  <td>{request.orderId}</td>
                  <td>
                    <time dateTime={request.on}>{request.on}</time>
                  </td>
                  <td>
                    {request.via === 'request-a-review'
                      ? t('reviewRequestsViaButton', 'Request a Review button')
                      : t('reviewRequestsViaMessage', 'Message')}
                  </td>
                  <td>
                    <button type="button" class="cs-button" onClick={() => void forget(request.orderId)}>
                      {t('reviewRequestsForget', 'Forget')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" class="cs-button cs-danger" data-testid="review-requests-clear" onClick={() => void forget()}>
            {t('reviewRequestsClear', 'Forget all')}
          </button>
        </>
      )}
      {status.kind === 'failed' && (
        <p class="opt-status opt-status-error" role="alert">
          {t('reviewRequestsNotCleared', `Could not change the list: ${status.message}`, status.message)}
        </p>
      )}
    </section>
  );
}
