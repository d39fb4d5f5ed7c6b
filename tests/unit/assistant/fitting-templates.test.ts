// @vitest-environment node
/** "Choose a template": which templates fit a fix's purposes, in which language, filled how. */
import { describe, expect, it } from 'vitest';
import { fittingTemplates } from '../../../lib/assistant/fitting-templates';
import { FITTING_TEMPLATES, askFittingTemplates, isFittingTemplatesRequest } from '../../../lib/messaging';
import type { FittingTemplatesRequest } from '../../../lib/messaging';
import type { Template } from '../../../lib/storage/templates';
import { BUILT_IN_TEMPLATES } from '../../../lib/templates/index';

const request = (over: Partial<FittingTemplatesRequest> = {}): FittingTemplatesRequest => ({
  type: FITTING_TEMPLATES,
  purposes: ['delivery-scheduling', 'delay-or-problem'],
  language: 'de',
  context: { orderId: '302-1234567-1234567', buyerName: 'Frau Schmidt' },
  ...over,
});

describe('the templates that fit a fix', () => {
  it('are the library\'s for those purposes, in that order, in the buyer\'s language, filled from the page', () => {
    const list = fittingTemplates(request(), [], 'Anna');
    const purposes = list.map((t) => BUILT_IN_TEMPLATES.find((b) => b.id === t.id)?.purpose);
    expect(purposes).toEqual(['delivery-scheduling', 'delay-or-problem']);
    expect(list.every((t) => t.id.startsWith('builtin.de.'))).toBe(true);
    expect(list.every((t) => !t.body.includes('{sellerName}'))).toBe(true);
    expect(list.some((t) => t.body.includes('302-1234567-1234567') || t.body.includes('Frau Schmidt'))).toBe(true);
  });

  it('put the seller\'s own template for a purpose first', () => {
    const own: Template = { id: 'mine', title: 'Meine Zustellung', body: 'Hallo {buyerName}, wann passt Ihnen die Zustellung?', locale: 'de', purpose: 'delivery-scheduling', createdAt: 1, updatedAt: 1 };
    const [first] = fittingTemplates(request(), [own], '');
    expect(first).toMatchObject({ title: 'Meine Zustellung', custom: true, body: 'Hallo Frau Schmidt, wann passt Ihnen die Zustellung?' });
  });

  it('fall back to English when the library has none in the buyer\'s language', () => {
    const list = fittingTemplates(request({ language: 'ko' as never }), [], '');
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((t) => t.id.startsWith('builtin.en.'))).toBe(true);
  });

  it('come in the buyer\'s language in every marketplace language', () => {
    const list = fittingTemplates(request({ language: 'nl' }), [], '');
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((t) => t.id.startsWith('builtin.nl.'))).toBe(true);
  });

  it('answer only well-formed requests', () => {
    expect(isFittingTemplatesRequest(request())).toBe(true);
    expect(isFittingTemplatesRequest({ type: FITTING_TEMPLATES, purposes: 'all', language: 'de', context: {} })).toBe(false);
    expect(isFittingTemplatesRequest(null)).toBe(false);
  });
});

describe('asking for the templates that fit', () => {
  it('asks in the buyer\'s language with what the page knows, else in the interface\'s', async () => {
    const asked: FittingTemplatesRequest[] = [];
    const send = (request: FittingTemplatesRequest): Promise<unknown> => {
      asked.push(request);
      return Promise.resolve([{ id: 'builtin.nl.invoice', title: 't', body: 'b', custom: false }]);
    };
    const list = await askFittingTemplates(send, ['invoice'], { buyerLanguage: 'nl', orderId: '302-1234567-1234567', buyerName: 'Sam' }, 'de');
    expect(list.map((t) => t.id)).toEqual(['builtin.nl.invoice']);
    expect(asked[0]).toEqual({ type: FITTING_TEMPLATES, purposes: ['invoice'], language: 'nl', context: { orderId: '302-1234567-1234567', buyerName: 'Sam' } });
    await askFittingTemplates(send, ['invoice'], undefined, 'de');
    expect(asked[1]?.language).toBe('de');
  });

  it('takes an answer that is not a list as none', async () => {
    expect(await askFittingTemplates(() => Promise.resolve(undefined), ['invoice'], undefined, 'en')).toEqual([]);
  });
});
