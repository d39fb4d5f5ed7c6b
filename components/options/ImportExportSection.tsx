import { useRef, useState } from 'preact/hooks';
import type { SaveResult, Template } from '../../lib/storage/index';
import { saveTemplates } from '../../lib/storage/index';
import type { ImportItem, ImportReport } from '../../lib/import-export/index';
import { checkFileSize, exportFileName, exportTemplates, readImport } from '../../lib/import-export/index';
import { t } from '../../lib/i18n';
import { FindingList } from './FindingList';
import { fieldName, fieldProblemText, fileProblemText, saveNoticeText } from './labels';

export interface ImportExportSectionProps {
  templates: readonly Template[] | null;
  onChanged(): void;
}

/** Downloads text as a file: a Blob, an object URL and a link click. Nothing leaves the browser. */
function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function statusText(item: ImportItem): string {
  if (item.status === 'refused') return t('importRefused', 'Refused');
  if (item.status === 'warnings') return t('importWithWarnings', 'Will import with warnings');
  return t('importReady', 'Will import');
}

type Outcome = { written: number; failed: string[]; notices: string[] };

function ReportItem({ item }: { item: ImportItem }) {
  const preview = item.template?.body;
  return (
    <li class={`opt-import-item opt-import-${item.status}`} data-status={item.status} data-index={item.index}>
      <div class="opt-import-head">
        <span class={`cs-badge opt-badge-${item.status}`}>{statusText(item)}</span>
        <span class="opt-template-title">{item.title || t('untitled', `Template ${item.index + 1}`, String(item.index + 1))}</span>
      </div>
      {item.sanitized.length > 0 && (
        <p class="opt-sanitized" data-sanitized={item.sanitized.join(' ')}>
          {t('changedBySanitizing', `Changed by sanitizing (markup and hidden characters removed): ${item.sanitized.map(fieldName).join(', ')}`, item.sanitized.map(fieldName).join(', '))}
        </p>
      )}
      {item.newId && <p class="opt-help">{t('importNewId', 'A template with this id exists: it is imported as a new one.')}</p>}
      {item.problems.length > 0 && (
        <ul class="opt-reasons">
          {item.problems.map((problem, i) => (
            <li key={i}>{fieldProblemText(problem)}</li>
          ))}
        </ul>
      )}
      <FindingList findings={[...item.errors, ...item.warnings]} label={t('templateFindings', 'What Amazon would say about this template')} />
      {preview !== undefined && (
        <details>
          <summary>{t('importPreview', 'Show the text as it will be imported')}</summary>
          <pre class="opt-preview">{preview}</pre>
        </details>
      )}
    </li>
  );
}

/**
 * Export every custom template to one JSON file; import such a file after a full report of what
 * would be imported, refused or changed. Nothing is written before "Import N templates".
 */
export function ImportExportSection({ templates, onChanged }: ImportExportSectionProps) {
  const [report, setReport] = useState<ImportReport | null>(null);
  const [fileName, setFileName] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const onFile = async (event: Event) => {
    const target = event.currentTarget as HTMLInputElement;
    const file = target.files?.[0];
    target.value = '';
    setOutcome(null);
    if (!file) return;
    setFileName(file.name);
    const tooLarge = checkFileSize(file.size);
    if (tooLarge) {
      setReport({ ok: false, problem: tooLarge });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      setReport({ ok: false, problem: { code: 'unreadable', detail: error instanceof Error ? error.message : String(error) } });
      return;
    }
    setReport(readImport(text, { existingIds: (templates ?? []).map((template) => template.id) }));
  };

  const onImport = async () => {
    if (!report?.ok || report.accepted.length === 0) return;
    setBusy(true);
    // One write for the whole import: all accepted templates are stored, or none.
    const result: SaveResult = await saveTemplates(report.accepted);
    const failed = result.ok ? [] : [result.error];
    const notice = saveNoticeText(result);
    setOutcome({ written: result.ok ? report.accepted.length : 0, failed, notices: notice ? [notice] : [] });
    setReport(null);
    setBusy(false);
    onChanged();
  };

  const cancel = () => {
    setReport(null);
    input.current?.focus();
  };

  const counts = report?.ok
    ? {
        accepted: report.accepted.length,
        refused: report.items.filter((item) => item.status === 'refused').length,
        sanitized: report.items.filter((item) => item.sanitized.length > 0).length,
      }
    : null;

  return (
    <section class="opt-section" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">{t('importExportHeading', 'Import and export')}</h2>
      <div class="opt-actions">
        <button
          type="button"
          class="cs-button"
          data-action="export"
          disabled={!templates || templates.length === 0}
          onClick={() => templates && download(exportTemplates(templates), exportFileName())}
        >
          {t('exportTemplates', 'Export templates')}
        </button>
        <label class="cs-button opt-file-label" for="import-file">
          {t('importTemplates', 'Import templates…')}
        </label>
        <input
          id="import-file"
          ref={input}
          class="opt-file-input"
          type="file"
          accept=".json,application/json"
          aria-describedby="import-help"
          onChange={(event) => void onFile(event)}
        />
      </div>
      <p id="import-help" class="opt-help">
        {t('importHelp', 'A Clearsend template file (.json, at most 512 KB, 200 templates). You see a report before anything is imported.')}
      </p>
      {outcome && (
        <div class="opt-import-outcome" role="status" data-written={outcome.written}>
          <p>{t('importDone', `Imported ${outcome.written} templates.`, String(outcome.written))}</p>
          {outcome.failed.map((error, i) => (
            <p key={i} class="opt-status-error" role="alert">
              {t('saveFailed', `Not saved: ${error}`, error)}
            </p>
          ))}
          {outcome.notices.map((notice) => (
            <p key={notice} class="opt-notice" role="alert">
              {notice}
            </p>
          ))}
        </div>
      )}
      {report && !report.ok && (
        <div class="opt-import-error" role="alert" data-problem={report.problem.code}>
          <p>
            <strong>{t('importFailed', `${fileName} cannot be imported.`, fileName)}</strong> {fileProblemText(report.problem)}
          </p>
          <p>{t('nothingChanged', 'Nothing was changed.')}</p>
        </div>
      )}
      {report?.ok && counts && (
        <div class="opt-import-report" aria-labelledby="import-report-heading">
          <h3 id="import-report-heading" tabIndex={-1}>
            {t('importReportHeading', `Import report: ${fileName}`, fileName)}
          </h3>
          <p role="status" class="opt-import-summary">
            {t('importSummary', `${counts.accepted} of ${report.items.length} templates can be imported; ${counts.refused} refused; ${counts.sanitized} changed by sanitizing. Nothing is written until you import.`, [
              String(counts.accepted),
              String(report.items.length),
              String(counts.refused),
              String(counts.sanitized),
            ])}
          </p>
          <ul class="opt-import-list">
            {report.items.map((item) => (
              <ReportItem key={item.index} item={item} />
            ))}
          </ul>
          <div class="opt-actions">
            <button type="button" class="cs-button cs-primary" data-action="confirm-import" disabled={busy || counts.accepted === 0} onClick={() => void onImport()}>
              {t('importConfirm', `Import ${counts.accepted} templates`, String(counts.accepted))}
            </button>
            <button type="button" class="cs-button" data-action="cancel-import" disabled={busy} onClick={cancel}>
              {t('cancel', 'Cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
