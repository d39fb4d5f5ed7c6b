import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { PageReportRequest, PageReportResponse } from '../../lib/messaging';

interface Props {
  /** Asks the tab's content script for the report (a parameter, so tests pass a fake). */
  request(message: PageReportRequest): Promise<unknown>;
  copy(text: string): Promise<void>;
}

function isReport(value: unknown): value is PageReportResponse {
  return typeof value === 'object' && value !== null && typeof (value as { report?: unknown }).report === 'string';
}

/**
 * On a messaging page where Clearsend found no message box: says so plainly, and offers the page
 * report (the page's structure, nothing of what it says) for a bug report. What was copied is
 * shown, so the seller sees that no name, order ID or message is in it.
 */
export function PageReport({ request, copy }: Props) {
  const [report, setReport] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState<'copied' | 'not-copied' | 'unreachable' | undefined>(undefined);

  const make = async (): Promise<void> => {
    let answer: unknown;
    try {
      answer = await request({ type: 'clearsend:page-report' });
    } catch {
      answer = undefined;
    }
    if (!isReport(answer)) {
      setStatus('unreachable');
      return;
    }
    setReport(answer.report);
    try {
      await copy(answer.report);
      setStatus('copied');
    } catch {
      setStatus('not-copied');
    }
  };

  return (
    <div class="cs-popup-report" data-state={status ?? 'offered'}>
      <p class="cs-popup-note" role="note">
        {t(
          'popupCannotRead',
          'If you see a message box on this page, Clearsend cannot read it: Amazon may have changed the page. A page report helps fix that. It holds the page’s structure only: no names, order IDs or messages.',
        )}
      </p>
      <button type="button" class="cs-popup-button" data-action="page-report" onClick={() => void make()}>
        {t('popupPageReport', 'Copy a page report')}
      </button>
      {status ? (
        <p class="cs-popup-report-status" role="status">
          {status === 'copied'
            ? t('popupPageReportCopied', 'Copied. Paste it into your bug report.')
            : status === 'not-copied'
              ? t('popupPageReportNotCopied', 'The clipboard refused the report. Select it below and copy it.')
              : t('popupPageReportUnreachable', 'The page does not answer. Reload it and try again.')}
        </p>
      ) : null}
      {report !== undefined ? (
        <details class="cs-popup-report-text" open>
          <summary>{t('popupPageReportShown', 'What the report holds')}</summary>
          <pre tabIndex={0}>{report}</pre>
        </details>
      ) : null}
    </div>
  );
}
