// @vitest-environment node
/**
 * The background's pack loader: reads the packs a message needs, once each, before the check;
 * a damaged or missing pack is an error reply that names it, and the next request tries again.
 * Imports the engine alone (lib/rules/engine.ts), as the background does.
 */
import { describe, expect, it } from 'vitest';
import { createPackLoader } from '../../../lib/assistant/language-packs';
import { answerLintRequestWhenReady } from '../../../lib/assistant/lint-answer';
import { lint } from '../../../lib/rules/engine';
import { buildPack } from '../../../lib/rules/packs-build';
import { PACK_FORMAT, type PackPath } from '../../../lib/rules/packs';
import { ALL_PHRASE_BOOKS } from '../../../lib/rules/phrases/books';

function packFile(path: PackPath): unknown {
  const language = path.slice('packs/'.length, -'.json'.length);
  const book = ALL_PHRASE_BOOKS.find((b) => b.language === language);
  if (!book) throw new Error(`no such file ${path}`);
  return JSON.parse(JSON.stringify(buildPack(book)));
}

const DUTCH = { body: 'Beste klant, bedankt voor uw bestelling. Met de code KORTING10 krijgt u 10% korting op uw volgende bestelling in onze winkel. Met vriendelijke groet' };

describe('the background reading language packs', () => {
  it('reads each pack a message needs once, however many requests wait for it', async () => {
    const read: string[] = [];
    const prepare = createPackLoader(async (path) => {
      read.push(path);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return packFile(path);
    });
    const replies = await Promise.all(
      [1, 2, 3].map((id) => answerLintRequestWhenReady({ id, message: DUTCH, options: { uiLanguage: 'nl' } }, prepare, lint)),
    );
    expect(read.sort()).toEqual(['packs/en.json', 'packs/nl.json']);
    for (const reply of replies) expect(reply?.findings?.map((f) => f.category)).toContain('promotion');
    // Already in: nothing more is read.
    await prepare(DUTCH, { uiLanguage: 'nl' });
    expect(read).toHaveLength(2);
  });

  it('answers with an error naming a pack it cannot read, and tries it again next time', async () => {
    let broken = true;
    const prepare = createPackLoader(async (path) => {
      if (path === 'packs/sv.json' && broken) return { format: PACK_FORMAT, language: 'sv' };
      return packFile(path);
    });
    const swedish = { body: 'Hej! Tack för din beställning. Använd rabattkoden SPARA10 för 10 % rabatt på nästa köp i vår butik. Med vänliga hälsningar' };
    const failed = await answerLintRequestWhenReady({ id: 7, message: swedish }, prepare, lint);
    expect(failed).toEqual({ id: 7, error: expect.stringMatching(/sv language pack is damaged: no phrase book/) });
    broken = false;
    const answered = await answerLintRequestWhenReady({ id: 8, message: swedish }, prepare, lint);
    expect(answered?.error).toBeUndefined();
    expect(answered?.findings?.map((f) => f.category)).toContain('promotion');
  });

  it('ignores what is no lint request, without reading anything', async () => {
    const read: string[] = [];
    const prepare = createPackLoader(async (path) => {
      read.push(path);
      return packFile(path);
    });
    expect(await answerLintRequestWhenReady(null, prepare, lint)).toBeUndefined();
    expect(await answerLintRequestWhenReady({ id: 2, message: { body: 'x', subject: 5 } }, prepare, lint)).toEqual({ id: 2, error: 'bad subject' });
    expect(read).toEqual([]);
  });
});
