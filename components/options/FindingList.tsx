import type { Finding } from '../../lib/rules/types';
import { UNKNOWN_PLACEHOLDER_RULE } from '../../lib/import-export/index';
import { t } from '../../lib/i18n';
import { SEVERITY_ORDER } from '../severity';
import { FindingSummary } from '../FindingSummary';


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
          <FindingSummary finding={finding} message={messageOf(finding)} />
        </li>
      ))}
    </ul>
  );
}
