import { useState } from 'preact/hooks';
import type { Finding, Suggestion } from '../lib/rules/types';
import { findingId } from '../lib/assistant/controller';
import { t } from '../lib/i18n';
import { SEVERITY_ORDER } from './severity';
import { FindingSummary } from './FindingSummary';
import type { MessageKey } from '../lib/i18n';
import { contactAdvice } from '../lib/assistant/advice';

export interface AssistantPanelProps {
  findings: readonly Finding[];
  /** The finding under the pointer or keyboard focus, in the panel or in the text. */
  activeFindingId?: string;
  notice?: 'stale' | 'refused' | string;
  onApply(finding: Finding, suggestion: Suggestion): void;
  onIgnore(finding: Finding): void;
  onDisableRule(ruleId: string): void;
  onActivate(id: string | null): void;
  onDismissNotice(): void;
}


function noticeText(notice: string): string {
  if (notice === 'stale') return t('fixStale', 'The text changed since it was checked, so nothing was replaced.');
  if (notice === 'not-saved') return t('notSaved', 'This choice applies to this page only: the browser could not save it.');
  return t('fixRefused', 'The page did not accept the change. Your text is as you left it.');
}

const CATEGORY_NAMES: Partial<Record<Finding['category'], [MessageKey, string]>> = {
  promotion: ['blockedPromotion', 'promotions'],
  'review-manipulation': ['blockedReviewManipulation', 'review manipulation'],
  'external-link': ['blockedExternalLink', 'external links'],
  'contact-info': ['blockedContactInfo', 'contact details'],
  'opt-out': ['blockedOptOut', 'opt-out wording'],
  'not-permitted-type': ['blockedNotPermittedType', 'this kind of message'],
  'cancellation-request': ['blockedCancellation', 'asking the buyer to cancel'],
  'off-amazon': ['blockedOffAmazon', 'steering the buyer off Amazon'],
  placeholder: ['blockedPlaceholder', 'unfilled template variables'],
};

function categoryList(categories: readonly Finding['category'][]): string {
  return categories
    .map((c) => {
      const name = CATEGORY_NAMES[c];
      return name ? t(name[0], name[1]) : c;
    })
    .join(', ');
}

/** Counts by severity, ordered for reading. */
export function countFindings(findings: readonly Finding[]): { error: number; warning: number; info: number } {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/**
 * The panel beside the compose box: what Amazon would block, why, and what to do about it.
 * Quiet (one line) when all is well. Announced to screen readers; every action is a button.
 */
export function AssistantPanel(props: AssistantPanelProps) {
  const { findings, activeFindingId, notice } = props;
  const [open, setOpen] = useState(true);
  const counts = countFindings(findings);
  const problems = counts.error + counts.warning;
  const advice = contactAdvice(findings);
  const sorted = [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.start - b.start);
  const announcement = problems
    ? t('announceCounts', `Clearsend: ${counts.error} errors, ${counts.warning} warnings`, [String(counts.error), String(counts.warning)])
    : t('announceAllClear', 'Clearsend: no problems found');

  return (
    <section class="cs-panel" data-state={problems ? 'problems' : 'clear'} aria-label="Clearsend">
      <p class="cs-sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
      <p class="cs-sr-only">{t('panelKeyboardHint', 'Alt+Shift+L in the message jumps here; Escape goes back.')}</p>
      <header class="cs-panel-header">
        <span class="cs-brand">Clearsend</span>
        {problems || counts.info ? (
          <span class="cs-counts">
            {counts.error > 0 && (
              <span class="cs-count cs-error" data-count="error">
                {t('errorsLabel', 'Errors')} <b>{counts.error}</b>
              </span>
            )}
            {counts.warning > 0 && (
              <span class="cs-count cs-warning" data-count="warning">
                {t('warningsLabel', 'Warnings')} <b>{counts.warning}</b>
              </span>
            )}
            {counts.info > 0 && (
              <span class="cs-count cs-info" data-count="info">
                {t('hintsLabel', 'Hints')} <b>{counts.info}</b>
              </span>
            )}
          </span>
        ) : (
          <span class="cs-clear">{t('allClear', 'No problems found')}</span>
        )}
        {findings.length > 0 && (
          <button type="button" class="cs-link" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? t('hideDetails', 'Hide details') : t('showDetails', 'Show details')}
          </button>
        )}
      </header>
      {notice && (
        <div class="cs-notice" role="alert">
          <span>{noticeText(notice)}</span>
          <button type="button" class="cs-link" onClick={props.onDismissNotice}>
            {t('dismiss', 'Dismiss')}
          </button>
        </div>
      )}
      {advice && (
        <p class="cs-advice" data-advice={advice.kind}>
          {advice.kind === 'not-permitted'
            ? t('adviceNotPermitted', `No contact reason makes this deliverable: Amazon blocks ${categoryList(advice.categories)} whatever reason you choose.`, categoryList(advice.categories))
            : advice.text}
        </p>
      )}
      {open && findings.length > 0 && (
        <ul class="cs-findings">
          {sorted.map((finding) => {
            const id = findingId(finding);
            return (
              <li
                key={id}
                class={`cs-finding cs-${finding.severity}${id === activeFindingId ? ' cs-active' : ''}`}
                data-rule={finding.ruleId}
                data-category={finding.category}
                onMouseEnter={() => props.onActivate(id)}
                onMouseLeave={() => props.onActivate(null)}
                onFocusCapture={() => props.onActivate(id)}
              >
                <FindingSummary finding={finding} />
                <div class="cs-actions">
                  {finding.suggestions?.map((suggestion) => (
                    <button
                      type="button"
                      class="cs-button cs-primary"
                      data-action="apply"
                      key={suggestion.label}
                      onClick={() => props.onApply(finding, suggestion)}
                    >
                      {suggestion.label}
                    </button>
                  ))}
                  {finding.severity !== 'info' && (
                    <button type="button" class="cs-button" data-action="ignore" onClick={() => props.onIgnore(finding)}>
                      {t('ignoreOnce', 'Ignore once')}
                    </button>
                  )}
                  <button type="button" class="cs-button cs-quiet" data-action="disable" onClick={() => props.onDisableRule(finding.ruleId)}>
                    {t('turnOffRule', 'Turn off this rule')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
