import { useState } from 'preact/hooks';
import type { Category, Finding, Suggestion } from '../lib/rules/types';
import { findingId } from '../lib/assistant/controller';
import { unambiguousFix } from '../lib/assistant/fix-all';
import { t, uiDirection, uiLanguage } from '../lib/i18n';
import { SEVERITY_ORDER, severityLabel } from './severity';
import type { MessageKey } from '../lib/i18n';
import { contactAdvice } from '../lib/assistant/advice';
import { CATEGORY_NAMES } from './categories';

export interface AssistantPanelProps {
  findings: readonly Finding[];
  /** The finding under the pointer or keyboard focus, in the panel or in the text. */
  activeFindingId?: string;
  notice?: 'stale' | 'refused' | string;
  /** What the last "Fix all" did, to say so. */
  fixedAll?: { applied: number; left: number };
  /** The panel sits in the viewport's corner, not beside the message. */
  docked?: boolean;
  onApply(finding: Finding, suggestion: Suggestion): void;
  onFixAll(): void;
  onIgnore(finding: Finding): void;
  onDisableRule(ruleId: string): void;
  onActivate(id: string | null): void;
  onDismissNotice(): void;
}

function noticeText(notice: string): string {
  if (notice === 'stale') return t('fixStale', 'The text changed since it was checked, so nothing was replaced.');
  if (notice === 'not-saved') return t('notSaved', 'This choice applies to this page only: the browser could not save it.');
  if (notice === 'not-checked') return t('notChecked', 'Clearsend could not check this message, so nothing is marked. Reload the page; if this goes on, reinstall Clearsend.');
  return t('fixRefused', 'The page did not accept the change. Your text is as you left it.');
}

const BLOCKED_NAMES: Partial<Record<Category, [MessageKey, string]>> = {
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

function categoryList(categories: readonly Category[]): string {
  return categories
    .map((c) => {
      const name = BLOCKED_NAMES[c];
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

/** The panel's first line: what Amazon would do with the message as it stands. */
export function verdict(counts: { error: number; warning: number }): string {
  if (counts.error === 1) return t('verdictBlockedOne', 'Amazon would block this: 1 problem');
  if (counts.error > 1) return t('verdictBlockedMany', `Amazon would block this: ${counts.error} problems`, String(counts.error));
  if (counts.warning === 1) return t('verdictWarningsOne', 'Amazon may hold this against you: 1 warning');
  if (counts.warning > 1) return t('verdictWarningsMany', `Amazon may hold this against you: ${counts.warning} warnings`, String(counts.warning));
  return t('verdictClear', 'Nothing Amazon would block');
}

/** The longest quote of the flagged words on a finding's line; a whole over-long message is cut. */
const QUOTE_LENGTH = 60;

function quote(finding: Finding): string {
  const words = finding.actual.trim();
  return words.length > QUOTE_LENGTH ? `${words.slice(0, QUOTE_LENGTH)}…` : words;
}

interface Group {
  category: Category;
  findings: Finding[];
}

/** Findings grouped by category, the groups in the order of their most severe finding, then position. */
export function groupFindings(findings: readonly Finding[]): Group[] {
  const sorted = [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.start - b.start);
  const groups = new Map<Category, Finding[]>();
  for (const finding of sorted) {
    const list = groups.get(finding.category);
    if (list) list.push(finding);
    else groups.set(finding.category, [finding]);
  }
  return [...groups].map(([category, list]) => ({ category, findings: list }));
}

function FindingLine(props: { finding: Finding; active: boolean } & Pick<AssistantPanelProps, 'onApply' | 'onIgnore' | 'onDisableRule' | 'onActivate'>) {
  const { finding } = props;
  const [expanded, setExpanded] = useState(false);
  const id = findingId(finding);
  const [first, ...others] = finding.suggestions ?? [];
  const words = quote(finding);
  const detailsId = `cs-details-${id.replace(/[^a-z0-9-]/giu, '-')}`;
  return (
    <li
      class={`cs-finding cs-${finding.severity}${props.active ? ' cs-active' : ''}`}
      data-rule={finding.ruleId}
      data-category={finding.category}
      onMouseEnter={() => props.onActivate(id)}
      onMouseLeave={() => props.onActivate(null)}
      onFocusCapture={() => props.onActivate(id)}
    >
      <div class="cs-line">
        <span class={`cs-badge cs-${finding.severity}`}>{severityLabel(finding.severity)}</span>
        {words ? <q class="cs-actual" dir="auto">{words}</q> : <span class="cs-message cs-line-message">{finding.message}</span>}
        <span class="cs-line-actions">
          {first && (
            <button type="button" class="cs-button cs-primary" data-action="apply" onClick={() => props.onApply(finding, first)}>
              {first.label}
            </button>
          )}
          <button type="button" class="cs-link" data-action="details" aria-expanded={expanded} aria-controls={detailsId} onClick={() => setExpanded(!expanded)}>
            {expanded ? t('lessDetails', 'Less') : t('moreDetails', 'Why?')}
          </button>
        </span>
      </div>
      <div class="cs-details" id={detailsId} hidden={!expanded}>
        {words && <p class="cs-message">{finding.message}</p>}
        {(finding.why || finding.source) && (
          <p class="cs-why">
            {t('whyLabel', 'Why:')} {finding.why} {finding.source && <cite>{finding.source}</cite>}
          </p>
        )}
        <div class="cs-actions">
          {others.map((suggestion) => (
            <button type="button" class="cs-button" data-action="apply-other" key={suggestion.label} onClick={() => props.onApply(finding, suggestion)}>
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
      </div>
    </li>
  );
}

/**
 * The panel beside the compose box: the verdict first, then one line per finding, grouped by
 * category, with the words quoted and the fix on the line; why, the guideline and the other
 * actions on expand. "Fix all" applies every fix that needs no choice. Announced to screen
 * readers; every action is a button.
 */
export function AssistantPanel(props: AssistantPanelProps) {
  const { findings, activeFindingId, notice, fixedAll } = props;
  const [open, setOpen] = useState(true);
  const counts = countFindings(findings);
  const problems = counts.error + counts.warning;
  const advice = contactAdvice(findings);
  const groups = groupFindings(findings);
  const fixable = findings.filter((f) => f.severity !== 'info' && unambiguousFix(f)).length;
  // A check that failed is no all-clear: the panel says the message was not checked instead.
  const unchecked = notice === 'not-checked' && findings.length === 0;
  const announcement = unchecked
    ? noticeText('not-checked')
    : problems
      ? t('announceCounts', `Clearsend: ${counts.error} errors, ${counts.warning} warnings`, [String(counts.error), String(counts.warning)])
      : t('announceAllClear', 'Clearsend: no problems found');
  const state = unchecked ? 'unchecked' : counts.error ? 'blocked' : problems ? 'warnings' : 'clear';

  return (
    <section class="cs-panel" dir={uiDirection()} lang={uiLanguage()} data-state={state} aria-label="Clearsend">
      <p class="cs-sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
      <p class="cs-sr-only">{t('panelKeyboardHint', 'Alt+Shift+L in the message jumps here; Escape goes back.')}</p>
      <header class="cs-panel-header">
        <span class="cs-brand">Clearsend</span>
        <span class="cs-verdict" data-verdict={state}>
          {unchecked ? '' : verdict(counts)}
        </span>
        {findings.length > 0 && (
          <button type="button" class="cs-link" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? t('hideDetails', 'Hide details') : t('showDetails', 'Show details')}
          </button>
        )}
      </header>
      {props.docked && problems > 0 && <p class="cs-docked">{t('panelDocked', 'Shown here because the page leaves no room beside your message.')}</p>}
      {fixable > 0 && (
        <div class="cs-fix-all">
          <button type="button" class="cs-button cs-primary" data-action="fix-all" onClick={props.onFixAll}>
            {t('fixAll', `Fix all (${fixable})`, String(fixable))}
          </button>
        </div>
      )}
      {fixedAll && fixedAll.applied > 0 && (
        <p class="cs-fixed" role="status">
          {t('fixedAllDone', `Fixed ${fixedAll.applied} in one edit: Ctrl+Z undoes it.`, String(fixedAll.applied))}
          {fixedAll.left > 0 && ` ${t('fixedAllLeft', `${fixedAll.left} left need your choice.`, String(fixedAll.left))}`}
        </p>
      )}
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
      {open && groups.length > 0 && (
        <ul class="cs-groups">
          {groups.map((group) => (
            <li class="cs-group" key={group.category} data-group={group.category}>
              <h3 class="cs-group-head">
                {CATEGORY_NAMES[group.category]()} <span class="cs-group-count">{group.findings.length}</span>
              </h3>
              <ul class="cs-findings">
                {group.findings.map((finding) => (
                  <FindingLine
                    key={findingId(finding)}
                    finding={finding}
                    active={findingId(finding) === activeFindingId}
                    onApply={props.onApply}
                    onIgnore={props.onIgnore}
                    onDisableRule={props.onDisableRule}
                    onActivate={props.onActivate}
                  />
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
