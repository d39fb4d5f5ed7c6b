import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadTemplates, saveTemplate, saveTemplates } from '../../../lib/storage/templates';
import type { Template } from '../../../lib/storage/templates';

function template(id: string, body = `Hello, your order ${id} is on its way.`): Template {
  return { id, purpose: 'invoice', locale: 'en', title: `Title ${id}`, body, createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000 };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('saving many templates at once (an import)', () => {
  it('adds and replaces them in one write, keeping the others', async () => {
    await saveTemplate(template('kept'));
    await saveTemplate(template('a', 'old text'));
    const set = vi.spyOn(browser.storage.sync, 'set');
    const result = await saveTemplates([template('a'), template('b'), template('c')]);
    expect(result).toEqual({ ok: true, area: 'sync' });
    expect(await loadTemplates()).toEqual([template('kept'), template('a'), template('b'), template('c')]);
    // New chunks and the index: the whole import in one or two calls, not one per template.
    expect(set.mock.calls.length).toBeLessThanOrEqual(2);
  });

  it('writes nothing when one of them is invalid', async () => {
    await saveTemplate(template('kept'));
    const broken = { ...template('bad'), locale: 42 } as unknown as Template;
    const result = await saveTemplates([template('a'), broken]);
    expect(result.ok).toBe(false);
    expect(await loadTemplates()).toEqual([template('kept')]);
  });
});
