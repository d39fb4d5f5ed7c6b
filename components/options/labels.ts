/** Names shown on the options page, in the browser's language where Clearsend has one. */
import type { TemplatePurpose } from '../../lib/templates/index';
import { PURPOSES, purposeTitle } from '../../lib/templates/index';
import type { FieldProblem, FileProblem, TemplateProblem } from '../../lib/import-export/index';
import type { SaveResult } from '../../lib/storage/index';
import { t, uiLanguage } from '../../lib/i18n';

export { uiLanguage };

export function languageName(locale: string): string {
  try {
    const name = new Intl.DisplayNames([uiLanguage()], { type: 'language' }).of(locale);
    if (name) return name;
  } catch {
    // Fall through to the code.
  }
  return locale;
}

/** A purpose's name in the UI language (the built-in library's title for it). */
export function purposeName(purpose: string): string {
  const info = PURPOSES.find((p) => p.purpose === purpose);
  if (!info) return purpose;
  return uiLanguage() === 'en' ? info.label : purposeTitle(info.purpose as TemplatePurpose, uiLanguage());
}

const FIELD_NAMES: Record<string, () => string> = {
  title: () => t('fieldTitle', 'Title'),
  body: () => t('fieldBody', 'Message'),
  purpose: () => t('fieldPurpose', 'Purpose'),
  locale: () => t('fieldLanguage', 'Language'),
  id: () => t('fieldId', 'Id'),
  createdAt: () => t('fieldCreatedAt', 'Creation date'),
  updatedAt: () => t('fieldUpdatedAt', 'Change date'),
};

export function fieldName(field: string): string {
  return FIELD_NAMES[field]?.() ?? field;
}

export function fieldProblemText(problem: FieldProblem | TemplateProblem): string {
  switch (problem.code) {
    case 'empty':
      return t('problemEmpty', `${fieldName(problem.field)} is empty.`, fieldName(problem.field));
    case 'too-long':
      return t('problemTooLong', `${fieldName(problem.field)} is longer than ${problem.limit} characters.`, [fieldName(problem.field), String(problem.limit)]);
    case 'bad-locale':
      return t('problemBadLocale', 'The language is not one of English, German, French, Spanish, Italian or Japanese.');
    case 'bad-purpose':
      return t('problemBadPurpose', 'The purpose is not one Clearsend knows.');
    case 'not-object':
      return t('problemNotObject', 'This entry is not a template.');
    case 'wrong-type':
      return problem.expected === 'number'
        ? t('problemNotNumber', `${fieldName(problem.field)} must be a number.`, fieldName(problem.field))
        : t('problemNotText', `${fieldName(problem.field)} must be text.`, fieldName(problem.field));
    case 'missing':
      return t('problemMissing', `${fieldName(problem.field)} is missing.`, fieldName(problem.field));
    case 'bad-id':
      return t('problemBadId', 'The id may only have letters, digits and . _ : - (at most 64).');
    case 'lint-errors':
      return t('problemLintErrors', 'Amazon would block this message (see below).');
  }
}

export function fileProblemText(problem: FileProblem): string {
  switch (problem.code) {
    case 'too-large':
      return t('fileTooLarge', `The file is larger than ${problem.limit / 1024} KB.`, String(problem.limit / 1024));
    case 'empty':
      return t('fileEmpty', 'The file is empty.');
    case 'not-json':
      return t('fileNotJson', `The file is not valid JSON: ${problem.detail}`, problem.detail);
    case 'wrong-format':
      return t('fileWrongFormat', 'The file is not a Clearsend template file.');
    case 'wrong-version':
      return t('fileWrongVersion', `The file is version ${problem.version}, which this version of Clearsend cannot read.`, problem.version);
    case 'no-templates':
      return t('fileNoTemplates', 'The file has no list of templates.');
    case 'too-many':
      return t('fileTooMany', `The file has ${problem.count} templates; at most ${problem.limit} can be imported at once.`, [String(problem.count), String(problem.limit)]);
    case 'unreadable':
      return t('fileUnreadable', `The file could not be read: ${problem.detail}`, problem.detail);
  }
}

/** The notice for a save that ended in local storage, or null. */
export function saveNoticeText(result: SaveResult): string | null {
  if (!result.ok || result.area !== 'local') return null;
  return result.notice === 'sync-quota-exceeded'
    ? t('noticeSyncQuota', 'Saved in this browser only: your data is over the browser sync limit, so it will not follow you to your other browsers.')
    : t('noticeSyncUnavailable', 'Saved in this browser only: browser sync is not available right now.');
}
