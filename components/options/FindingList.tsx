import type { Finding } from '../../lib/rules/types';
import { UNKNOWN_PLACEHOLDER_RULE } from '../../lib/import-export/index';
import { t } from '../../lib/i18n';
import { SEVERITY_ORDER, severityLabel } from '../severity';


function messageOf(finding: Finding): string {
  if (finding.ruleId === UNKNOWN_PLACEHOLDER_RULE) {
    return t('unknownPlaceholder', finding.message, finding.actual);
  }
  return finding.message;
}

/** Findings as the assistant panel shows them: severity, what is wrong, the words, why. Text only. */
export function FindingList({ findings, label }: { findings: readonly Finding[]; label: string }) {
  if (findings.length === 0) return null;
  const sorted = [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.start - b.start);
  return (
    <ul class="cs-findings" aria-label={label}>
      {sorted.map((finding) => (
        <li
          key={`${finding.ruleId}:${finding.start}:${finding.end}`}
          class={`cs-finding cs-${finding.severity}`}
          data-rule={finding.ruleId}
          data-category={finding.category}
          data-severity={finding.severity}
        >
          <div class="cs-finding-head">
            <span class={`cs-badge cs-${finding.severity}`}>{severityLabel(finding.severity)}</span>
            <span class="cs-message">{messageOf(finding)}</span>
          </div>
          {finding.actual && <q class="cs-actual">{finding.actual.length > 80 ? `${finding.actual.slice(0, 80)}…` : finding.actual}</q>}
          {(finding.why || finding.source) && (
            <p class="cs-why">
              {t('whyLabel', 'Why:')} {finding.why} {finding.source && <cite>{finding.source}</cite>}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
