import { useEffect, useState } from 'preact/hooks';
import type { Finding } from '../../lib/rules/types';
import type { Template } from '../../lib/storage/index';
import { saveTemplate } from '../../lib/storage/index';
import { PURPOSES, TEMPLATE_LOCALES } from '../../lib/templates/index';
import type { DraftFields } from '../../lib/import-export/index';
import { MAX_BODY_LENGTH, MAX_TITLE_LENGTH, checkTemplateBody, errorsIn, fieldProblems } from '../../lib/import-export/index';
import { directionOf, t, uiLanguage } from '../../lib/i18n';
import { FindingList } from './FindingList';
import { fieldProblemText, languageName, purposeName } from './labels';
import { SaveStatus } from './SaveStatus';
import type { SaveState } from './SaveStatus';

/** The same pause the compose box leaves between typing and checking. */
export const LINT_DELAY_MS = 150;

export interface TemplateEditorProps {
  /** The template being edited; `isNew` when it is not stored yet (new or duplicated). */
  template: Template;
  isNew: boolean;
  onSaved(template: Template): void;
  onClose(): void;
}

/** Reasons a draft cannot be saved: empty or long fields, and what Amazon would block. */
function blockingReasons(draft: DraftFields, findings: readonly Finding[]): string[] {
  return [...fieldProblems(draft).map(fieldProblemText), ...errorsIn(findings).map((f) => (f.actual ? `${f.message}` : f.message))];
}

/**
 * Edits one custom template. The body is checked as the compose box checks a message, as you
 * type; a template with an error cannot be saved (the button is off, and the save refuses).
 */
export function TemplateEditor({ template, isNew, onSaved, onClose }: TemplateEditorProps) {
  const [draft, setDraft] = useState<DraftFields>({
    title: template.title,
    purpose: template.purpose,
    locale: template.locale,
    body: template.body,
  });
  const [findings, setFindings] = useState<Finding[]>(() => checkTemplateBody(template.body, template.locale, template.purpose, uiLanguage()));
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    const timer = setTimeout(() => setFindings(checkTemplateBody(draft.body, draft.locale, draft.purpose, uiLanguage())), LINT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft.body, draft.locale, draft.purpose]);

  const reasons = blockingReasons(draft, findings);
  const warnings = findings.filter((finding) => finding.severity === 'warning');
  const update = (patch: Partial<DraftFields>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setRefused(false);
  };

  const onSave = async (event: Event) => {
    event.preventDefault();
    // Check now, not what the last (debounced) check said: the text may have changed since.
    const fresh = checkTemplateBody(draft.body, draft.locale, draft.purpose, uiLanguage());
    setFindings(fresh);
    if (blockingReasons(draft, fresh).length > 0) {
      setRefused(true);
      return;
    }
    const now = Date.now();
    const next: Template = {
      id: template.id,
      purpose: draft.purpose,
      locale: draft.locale,
      title: draft.title.trim(),
      body: draft.body,
      createdAt: isNew ? now : template.createdAt,
      updatedAt: now,
    };
    setState({ kind: 'saving' });
    const result = await saveTemplate(next);
    setState({ kind: 'done', result });
    if (result.ok) onSaved(next);
  };

  const titleId = `editor-title-${template.id}`;
  return (
    <form class="opt-editor" aria-labelledby={`${titleId}-heading`} onSubmit={(event) => void onSave(event)} data-template-id={template.id}>
      <h3 id={`${titleId}-heading`}>{isNew ? t('newTemplateHeading', 'New template') : t('editTemplateHeading', 'Edit template')}</h3>
      <div class="opt-field">
        <label for="template-title">{t('fieldTitle', 'Title')}</label>
        <input
          id="template-title"
          name="title"
          type="text"
          required
          maxLength={MAX_TITLE_LENGTH}
          dir={directionOf(draft.locale)}
          value={draft.title}
          onInput={(event) => update({ title: event.currentTarget.value })}
        />
      </div>
      <div class="opt-field-row">
        <div class="opt-field">
          <label for="template-purpose">{t('fieldPurpose', 'Purpose')}</label>
          <select id="template-purpose" name="purpose" value={draft.purpose} onChange={(event) => update({ purpose: event.currentTarget.value })}>
            {PURPOSES.map((info) => (
              <option key={info.purpose} value={info.purpose}>
                {purposeName(info.purpose)}
              </option>
            ))}
          </select>
        </div>
        <div class="opt-field">
          <label for="template-locale">{t('fieldLanguage', 'Language')}</label>
          <select id="template-locale" name="locale" value={draft.locale} onChange={(event) => update({ locale: event.currentTarget.value })}>
            {TEMPLATE_LOCALES.map((locale) => (
              <option key={locale} value={locale}>
                {languageName(locale)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div class="opt-field">
        <label for="template-body">{t('fieldBody', 'Message')}</label>
        <textarea
          id="template-body"
          name="body"
          rows={10}
          maxLength={MAX_BODY_LENGTH}
          dir={directionOf(draft.locale)}
          value={draft.body}
          aria-describedby="template-body-help template-reasons"
          onInput={(event) => update({ body: event.currentTarget.value })}
        />
        <p id="template-body-help" class="opt-help">
          {t('placeholdersHelp', 'Placeholders: {orderId} {buyerName} {productName} {sellerName} {deliveryDate} {customizationDetails} {requestedInformation}')}
        </p>
      </div>
      <FindingList findings={findings} label={t('templateFindings', 'What Amazon would say about this template')} />
      <div id="template-reasons" class="opt-reasons" role={refused ? 'alert' : undefined} data-refused={refused ? 'true' : 'false'}>
        {reasons.length > 0 ? (
          <>
            <p class="opt-reasons-head">
              {refused ? t('saveRefused', 'Not saved. Fix these first:') : t('cannotSaveYet', 'This template cannot be saved yet:')}
            </p>
            <ul>
              {reasons.map((reason, i) => (
                <li key={i}>{reason}</li>
              ))}
            </ul>
          </>
        ) : warnings.length > 0 ? (
          <p class="opt-notice">{t('saveWithWarnings', 'You can save this template, but look at the warnings first.')}</p>
        ) : null}
      </div>
      <div class="opt-actions">
        <button type="submit" class="cs-button cs-primary" aria-disabled={reasons.length > 0} disabled={reasons.length > 0} data-action="save-template">
          {t('saveTemplate', 'Save template')}
        </button>
        <button type="button" class="cs-button" onClick={onClose} data-action="close-editor">
          {state.kind === 'done' && state.result.ok ? t('close', 'Close') : t('cancel', 'Cancel')}
        </button>
        <SaveStatus state={state} />
      </div>
    </form>
  );
}
