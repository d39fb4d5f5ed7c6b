import type { SaveResult } from '../../lib/storage/index';
import { t } from '../../lib/i18n';
import { saveNoticeText } from './labels';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'done'; result: SaveResult };

/** "Saving…", "Saved", or the error; plus a notice when the data stayed in this browser. */
export function SaveStatus({ state, id }: { state: SaveState; id?: string }) {
  const notice = state.kind === 'done' ? saveNoticeText(state.result) : null;
  let text = '';
  let kind = 'idle';
  if (state.kind === 'saving') {
    text = t('saving', 'Saving…');
    kind = 'saving';
  } else if (state.kind === 'done') {
    kind = state.result.ok ? 'saved' : 'error';
    text = state.result.ok ? t('saved', 'Saved') : t('saveFailed', `Not saved: ${state.result.error}`, state.result.error);
  }
  return (
    <div class="opt-save-status" id={id}>
      <p class={`opt-status opt-status-${kind}`} role={kind === 'error' ? 'alert' : 'status'} aria-live="polite" data-status={kind}>
        {text}
      </p>
      {notice && (
        <p class="opt-notice" role="alert" data-notice={state.kind === 'done' && state.result.ok ? state.result.notice : ''}>
          {notice}
        </p>
      )}
    </div>
  );
}
