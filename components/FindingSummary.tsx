import type { Finding } from '../lib/rules/types';
import { t } from '../lib/i18n';
import { severityLabel } from './severity';

/** The longest quote of the flagged words shown; a whole over-long message is cut. */
const QUOTE_LENGTH = 80;

/**
 * What a finding says, as the panel and the options page both show it: severity, what is wrong,
 * the words, and why (the guideline). Text only.
 */
export function FindingSummary({ finding, message = finding.message }: { finding: Finding; message?: string }) {
  const words = finding.actual.length > QUOTE_LENGTH ? `${finding.actual.slice(0, QUOTE_LENGTH)}…` : finding.actual;
  return (
    <>
      <div class="cs-finding-head">
        <span class={`cs-badge cs-${finding.severity}`}>{severityLabel(finding.severity)}</span>
        <span class="cs-message">{message}</span>
      </div>
      {finding.actual && <q class="cs-actual">{words}</q>}
      {(finding.why || finding.source) && (
        <p class="cs-why">
          {t('whyLabel', 'Why:')} {finding.why} {finding.source && <cite>{finding.source}</cite>}
        </p>
      )}
    </>
  );
}
