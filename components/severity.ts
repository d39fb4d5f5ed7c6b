import type { Finding } from '../lib/rules/types';
import { t } from '../lib/i18n';

/** Errors first, then warnings, then hints: the order a seller should read them in. */
export const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function severityLabel(severity: Finding['severity']): string {
  if (severity === 'error') return t('severityError', 'Error');
  if (severity === 'warning') return t('severityWarning', 'Warning');
  return t('severityInfo', 'Hint');
}
