import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AssistantSettings, AssistantSnapshot, AssistantStore } from '../../../lib/assistant/controller';
import { startAssistant } from '../../../lib/assistant/controller';
import { sellerCentral } from '../../../lib/page/site';
import { lint } from '../../../lib/rules/index';

type MemoryStore = AssistantStore & {
  ignored: Map<string, Set<string>>;
  settings: AssistantSettings;
  reviewRequests: Map<string, string>;
  recorded: { orderId: string; via: string }[];
};

function memoryStore(initial: Partial<AssistantSettings> = {}): MemoryStore {
  const listeners = new Set<(s: AssistantSettings) => void>();
  const store = {
    settings: { disabledRules: [], sendGuard: true, ...initial } as AssistantSettings,
    ignored: new Map<string, Set<string>>(),
    loadSettings: async () => store.settings,
    watchSettings(cb: (s: AssistantSettings) => void) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    async disableRule(ruleId: string) {
      store.settings = { ...store.settings, disabledRules: [...store.settings.disabledRules, ruleId] };
    },
    loadIgnored: async (scope: string) => new Set(store.ignored.get(scope)),
    async addIgnored(scope: string, key: string) {
      store.ignored.set(scope, new Set(store.ignored.get(scope)).add(key));
    },
    reviewRequests: new Map<string, string>(),
    recorded: [] as { orderId: string; via: string }[],
    reviewRequestedOn: async (orderId: string) => store.reviewRequests.get(orderId),
    async recordReviewRequest(orderId: string, via: 'message' | 'request-a-review') {
      store.recorded.push({ orderId, via });
    },
  };
  return store;
}

function type(textarea: HTMLTextAreaElement, text: string): void {
  textarea.value = text;
  textarea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

const PROMO = 'Use code SAVE10 for 10% off.';

const settle = async (ms = 200): Promise<void> => {
  await vi.advanceTimersByTimeAsync(ms);
};

describe('the assistant controller', () => {
  let abort: AbortController;
  let textarea: HTMLTextAreaElement;
  let send: HTMLButtonElement;
  let sent: string[];

  beforeEach(() => {
    vi.useFakeTimers();
    abort = new AbortController();
    document.body.replaceChildren();
    const area = document.createElement('div');
    area.className = 'contact-buyer-text-area';
    const component = document.createElement('kat-textarea');
    textarea = document.createElement('textarea');
    component.attachShadow({ mode: 'open' }).append(textarea);
    area.append(component);
    send = document.createElement('button');
    send.textContent = 'Send';
    sent = [];
    send.addEventListener('click', () => sent.push(textarea.value));
    document.body.append(area, send);
  });
  afterEach(() => {
    abort.abort();
    vi.useRealTimers();
  });

  const start = (store = memoryStore()) => {
    const controller = startAssistant({ doc: document, lint: async (m, o) => lint(m, o), signal: abort.signal, store, site: sellerCentral });
    const snapshots: AssistantSnapshot[] = [];
    controller.subscribe((s) => snapshots.push(s));
    return { controller, store, snapshots };
  };

  /** The assistant over a box whose text Amazon would block (a coupon code). */
  const startWithErrors = async () => {
    const { controller } = start();
    await settle();
    type(textarea, PROMO);
    await settle();
    return controller;
  };

  it('checks the text after a pause in typing, and not during IME composition', async () => {
    const { controller } = start();
    await settle();
    textarea.dispatchEvent(new CompositionEvent('compositionstart'));
    type(textarea, 'クーポン');
    await settle();
    expect(controller.snapshot().fields[0]?.text).toBe('');
    textarea.dispatchEvent(new CompositionEvent('compositionend'));
    type(textarea, 'Use code SAVE10 for 10% off.');
    await settle(100);
    expect(controller.snapshot().fields[0]?.findings).toEqual([]); // still inside the debounce
    await settle(100);
    const categories = controller.snapshot().fields[0]?.findings.map((f) => f.category);
    expect(categories).toContain('promotion');
  });

  it('ignore once hides that finding and remembers it for the order', async () => {
    const { controller, store } = start();
    await settle();
    type(textarea, 'Please leave a 5-star review.');
    await settle();
    const finding = controller.snapshot().fields[0]!.findings.find((f) => f.category === 'review-manipulation')!;
    await controller.ignoreOnce(controller.snapshot().fields[0]!.id, finding);
    await settle(10);
    expect(controller.snapshot().fields[0]!.findings.some((f) => f.category === 'review-manipulation')).toBe(false);
    expect([...store.ignored.values()][0]?.size).toBe(1);
  });

  it('turning a rule off removes its findings and saves the setting', async () => {
    const { controller, store } = start();
    await settle();
    type(textarea, 'Use code SAVE10 for 10% off.');
    await settle();
    const ruleId = controller.snapshot().fields[0]!.findings.find((f) => f.category === 'promotion')!.ruleId;
    await controller.disableRule(ruleId);
    await settle(10);
    expect(controller.snapshot().fields[0]!.findings.some((f) => f.ruleId === ruleId)).toBe(false);
    expect(store.settings.disabledRules).toContain(ruleId);
  });

  it('knows when one of the page\'s dialogs is open, so that nothing of Clearsend\'s is drawn over it', async () => {
    const { controller } = start();
    await settle();
    type(textarea, PROMO);
    await settle();
    const modal = document.createElement('kat-modal');
    send.addEventListener('click', () => {
      modal.setAttribute('visible', 'true');
      document.body.append(modal);
    });
    controller.sendAnyway(); // nothing held: nothing happens
    send.click();
    expect(controller.snapshot().guard).toBeDefined(); // errors: the first Send is held
    controller.sendAnyway();
    await settle(10);
    expect(controller.snapshot().pageDialog).toBe(true);
    modal.setAttribute('visible', 'false');
    document.body.click();
    await settle(10);
    expect(controller.snapshot().pageDialog).toBe(false);
  });

  describe('fixes', () => {
    const MESSAGE = 'Hi Sam,\n\nYour parcel ships today. Use code SAVE10 for 10% off your next order!\n\nFollow us on Instagram for more deals.\n\nBest regards,\nAnna';

    it('a fix that removes a sentence edits the text the seller sees, as one edit the page hears', async () => {
      const { controller } = start();
      await settle();
      type(textarea, MESSAGE);
      await settle();
      const view = controller.snapshot().fields[0]!;
      const promo = view.findings.find((f) => f.category === 'promotion' && f.start < MESSAGE.indexOf('Follow'))!;
      const inputs: string[] = [];
      textarea.addEventListener('input', (e) => inputs.push((e as InputEvent).inputType));
      expect(controller.applySuggestion(view.id, promo, promo.suggestions![0]!)).toEqual({ ok: true });
      expect(textarea.value).toBe('Hi Sam,\n\nYour parcel ships today.\n\nFollow us on Instagram for more deals.\n\nBest regards,\nAnna');
      expect(inputs).toHaveLength(1);
    });

    it('Fix all applies every fix without a choice in one edit and says what it did', async () => {
      const { controller } = start();
      await settle();
      type(textarea, MESSAGE);
      await settle();
      const view = controller.snapshot().fields[0]!;
      const inputs: string[] = [];
      textarea.addEventListener('input', (e) => inputs.push((e as InputEvent).inputType));
      expect(controller.fixAll(view.id)).toEqual({ ok: true });
      expect(textarea.value).toBe('Hi Sam,\n\nYour parcel ships today.\n\nBest regards,\nAnna');
      expect(inputs).toHaveLength(1);
      expect(controller.snapshot().fixedAll).toMatchObject({ fieldId: view.id, left: 0 });
      expect(controller.snapshot().fixedAll!.applied).toBeGreaterThanOrEqual(2);
      await settle();
      expect(controller.snapshot().fields[0]!.findings.filter((f) => f.severity === 'error')).toEqual([]);
    });

    it('refuses a fix whose finding no longer matches the text, and changes nothing', async () => {
      const { controller } = start();
      await settle();
      type(textarea, MESSAGE);
      await settle();
      const view = controller.snapshot().fields[0]!;
      const promo = view.findings.find((f) => f.category === 'promotion')!;
      textarea.value = 'Something else entirely, typed just now.';
      const stale = { ...view, text: textarea.value };
      expect(controller.applySuggestion(stale.id, { ...promo, actual: 'not there' }, promo.suggestions![0]!)).toEqual({ ok: false, reason: 'stale' });
      expect(textarea.value).toBe('Something else entirely, typed just now.');
    });

    it('fills a template variable with the order ID the page shows', async () => {
      history.replaceState(null, '', '/messaging/contact?orderID=114-1234567-7654321&marketplaceID=ATVPDKIKX0DER');
      try {
        const { controller } = start();
        await settle();
        type(textarea, 'Hello, about your order {order_id}: the parcel is delayed by two days. Sorry!');
        await settle();
        const view = controller.snapshot().fields[0]!;
        const placeholder = view.findings.find((f) => f.ruleId === 'placeholder')!;
        expect(placeholder.suggestions![0]!.replacement).toBe('114-1234567-7654321');
        controller.applySuggestion(view.id, placeholder, placeholder.suggestions![0]!);
        expect(textarea.value).toBe('Hello, about your order 114-1234567-7654321: the parcel is delayed by two days. Sorry!');
      } finally {
        history.replaceState(null, '', '/');
      }
    });

    it('"Choose a template" asks for the picker on fitting purposes and leaves the text alone', async () => {
      const { controller } = start();
      await settle();
      type(textarea, 'Thank you for your order!');
      await settle();
      const view = controller.snapshot().fields[0]!;
      const thanks = view.findings.find((f) => f.ruleId === 'thank-you-only')!;
      controller.applySuggestion(view.id, thanks, thanks.suggestions![0]!);
      expect(controller.snapshot().templateRequest?.purposes).toContain('information-needed');
      expect(textarea.value).toBe('Thank you for your order!');
      // The picked template replaces the message, as one edit the page hears.
      const inputs: string[] = [];
      textarea.addEventListener('input', () => inputs.push(textarea.value));
      expect(controller.useTemplate(view.id, 'Hello, we need the engraving text for your order.')).toEqual({ ok: true });
      expect(textarea.value).toBe('Hello, we need the engraving text for your order.');
      expect(inputs).toHaveLength(1);
      expect(controller.snapshot().templateRequest).toBeUndefined();
    });
  });

  it('stops one click on Send while errors are present; "Send anyway" sends the text unchanged', async () => {
    const controller = await startWithErrors();
    send.click();
    expect(sent).toEqual([]);
    expect(controller.snapshot().guard?.errors.length).toBeGreaterThan(0);
    controller.sendAnyway();
    expect(sent).toEqual(['Use code SAVE10 for 10% off.']);
    expect(controller.snapshot().guard).toBeUndefined();
  });

  it("holds only the first Send: 'Send anyway' leads into Amazon's Review-message step, whose Send is never held", async () => {
    // The page's own step, as on the contact form when the buyer's language differs.
    const modal = document.createElement('kat-modal');
    const stepSend = document.createElement('kat-button');
    stepSend.setAttribute('label', 'Send');
    const inner = document.createElement('button');
    stepSend.attachShadow({ mode: 'open' }).append(inner);
    modal.append(stepSend);
    document.body.append(modal);
    const steps: string[] = [];
    send.addEventListener('click', () => modal.setAttribute('visible', 'true'));
    stepSend.addEventListener('click', () => steps.push(textarea.value));
    const controller = await startWithErrors();
    send.click();
    expect(sent).toEqual([]);
    expect(modal.getAttribute('visible')).toBeNull();
    controller.sendAnyway();
    expect(sent).toHaveLength(1);
    expect(modal.getAttribute('visible')).toBe('true');
    // The step's Send goes through with the errors still in the text.
    inner.click();
    expect(steps).toEqual(['Use code SAVE10 for 10% off.']);
    expect(controller.snapshot().guard).toBeUndefined();
  });

  it('holds a submit of the form that holds the box, and "Send anyway" submits it once', async () => {
    const form = document.createElement('form');
    document.querySelector('.contact-buyer-text-area')!.before(form);
    form.append(document.querySelector('.contact-buyer-text-area')!);
    const submits: string[] = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submits.push(textarea.value);
    });
    const controller = await startWithErrors();
    form.requestSubmit();
    expect(submits).toEqual([]);
    expect(controller.snapshot().guard?.held?.kind).toBe('submit');
    controller.sendAnyway();
    expect(submits).toEqual(['Use code SAVE10 for 10% off.']);
    expect(sent).toEqual([]);
  });

  it('lets Send through when the guard is off or nothing is wrong', async () => {
    const { controller } = start(memoryStore({ sendGuard: false }));
    await settle();
    type(textarea, 'Use code SAVE10 for 10% off.');
    await settle();
    send.click();
    expect(sent).toHaveLength(1);
    expect(controller.snapshot().guard).toBeUndefined();
  });

  it('a failing listener never breaks the others or the page', async () => {
    const { controller } = start();
    const seen = vi.fn();
    controller.subscribe(() => {
      throw new Error('boom');
    });
    controller.subscribe(seen);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await settle();
    type(textarea, 'Hello');
    await settle();
    expect(seen).toHaveBeenCalled();
    expect(error).toHaveBeenCalled();
  });

  it('drops a late answer for text the seller has since changed', async () => {
    let release: (() => void) | undefined;
    const slowFirst = vi.fn(async (m: Parameters<typeof lint>[0], o: Parameters<typeof lint>[1]) => {
      if (slowFirst.mock.calls.length === 2) await new Promise<void>((resolve) => (release = resolve));
      return lint(m, o);
    });
    const controller = startAssistant({ doc: document, lint: slowFirst, signal: abort.signal, store: memoryStore(), site: sellerCentral });
    await settle();
    type(textarea, 'Use code SAVE10 for 10% off.');
    await settle();
    type(textarea, 'Your parcel left today.');
    await settle();
    release?.();
    await settle(10);
    expect(controller.snapshot().fields[0]?.text).toBe('Your parcel left today.');
    expect(controller.snapshot().fields[0]?.findings.some((f) => f.category === 'promotion')).toBe(false);
  });

  it('says so when a check fails (a language pack the background cannot read), and stops saying it once a check works', async () => {
    let broken = true;
    const flaky = async (m: Parameters<typeof lint>[0], o: Parameters<typeof lint>[1]) => {
      if (broken) throw new Error("Clearsend's sv language pack is damaged: no phrase book");
      return lint(m, o);
    };
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const controller = startAssistant({ doc: document, lint: flaky, signal: abort.signal, store: memoryStore(), site: sellerCentral });
    await settle();
    type(textarea, PROMO);
    await settle();
    expect(controller.snapshot().notice).toBe('not-checked');
    expect(controller.snapshot().fields[0]?.findings).toEqual([]);
    expect(textarea.value).toBe(PROMO);
    broken = false;
    type(textarea, `${PROMO} Thanks!`);
    await settle();
    expect(controller.snapshot().notice).toBeUndefined();
    expect(controller.snapshot().fields[0]?.findings.some((f) => f.category === 'promotion')).toBe(true);
  });

  it('on a messaging page with no compose box, checks nothing and draws nothing', async () => {
    document.body.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Your inbox is empty.' }));
    const linter = vi.fn(async (m: Parameters<typeof lint>[0], o: Parameters<typeof lint>[1]) => lint(m, o));
    const controller = startAssistant({ doc: document, lint: linter, signal: abort.signal, store: memoryStore(), site: sellerCentral });
    await settle(2000);
    document.body.click();
    await settle(2000);
    expect(linter).not.toHaveBeenCalled();
    expect(controller.snapshot().fields).toEqual([]);
    expect(controller.snapshot().guard).toBeUndefined();
  });

  it('stops everything when the content script is invalidated', async () => {
    const { controller, snapshots } = start();
    await settle();
    abort.abort();
    const before = snapshots.length;
    type(textarea, 'Use code SAVE10 for 10% off.');
    await settle(2000);
    expect(snapshots.length).toBe(before);
    expect(controller.snapshot().fields[0]?.findings ?? []).toEqual([]);
  });

  describe('one review request per order', () => {
    const ORDER = '112-4839201-5583017';
    const REQUEST = `Hello Sarah, would you take a moment to share your experience with the lamp from order ${ORDER} in a review? Best regards, Tom`;
    // The contact page carries the order in its URL (the page's text may show other orders).
    const page = location.href;
    const withOrder = () => history.replaceState(null, '', `/messaging/contact?orderID=${ORDER}&marketplaceID=ATVPDKIKX0DER`);
    afterEach(() => history.replaceState(null, '', page));

    it('checks the box as a message about to be sent: template variables are errors', async () => {
      const { controller } = start();
      await settle();
      type(textarea, 'Hello {buyerName}, the engraving on order 112-4839201-5583017 is ready for your approval.');
      await settle();
      expect(controller.snapshot().fields[0]?.findings.filter((f) => f.ruleId === 'placeholder').map((f) => f.actual)).toEqual(['{buyerName}']);
    });

    it('remembers a review request when Send goes through, and only then', async () => {
      withOrder();
      const { store } = start();
      await settle();
      type(textarea, REQUEST);
      await settle();
      document.body.click();
      expect(store.recorded).toEqual([]);
      send.click();
      expect(sent).toEqual([REQUEST]);
      // Counted once no Review-message step of Amazon's has opened.
      await settle(1000);
      expect(store.recorded).toEqual([{ orderId: ORDER, via: 'message' }]);
    });

    it("when Amazon's Review-message step opens, remembers the request at that step's Send, not before", async () => {
      withOrder();
      const modal = document.createElement('kat-modal');
      const stepSend = document.createElement('button');
      stepSend.textContent = 'Send';
      modal.append(stepSend);
      document.body.append(modal);
      send.addEventListener('click', () => modal.setAttribute('visible', 'true'));
      const { store } = start();
      await settle();
      type(textarea, REQUEST);
      await settle();
      send.click();
      await settle(1500);
      expect(store.recorded).toEqual([]);
      stepSend.click();
      expect(store.recorded).toEqual([{ orderId: ORDER, via: 'message' }]);
    });

    it('flags a second request for the order with the date of the first', async () => {
      withOrder();
      const store = memoryStore();
      store.reviewRequests.set(ORDER, '2026-11-03');
      const { controller } = start(store);
      await settle();
      type(textarea, REQUEST);
      await settle();
      const repeat = controller.snapshot().fields[0]?.findings.find((f) => f.ruleId === 'review-repeat');
      expect(repeat?.severity).toBe('error');
      expect(repeat?.message).toContain('2026-11-03');
      // The guard holds it like any other error; nothing is remembered twice.
      send.click();
      expect(sent).toEqual([]);
      expect(controller.snapshot().guard?.errors.map((f) => f.ruleId)).toEqual(['review-repeat']);
      expect(store.recorded).toEqual([]);
    });

    it("remembers the Request a Review page's Yes, not its No", async () => {
      const url = location.href;
      history.replaceState(null, '', `/messaging/reviews?orderId=${ORDER}&marketplaceId=ATVPDKIKX0DER`);
      try {
        document.body.replaceChildren();
        const yes = Object.assign(document.createElement('kat-button'), { textContent: '' });
        yes.setAttribute('label', 'Yes');
        const no = document.createElement('kat-button');
        no.setAttribute('label', 'No');
        const inner = document.createElement('button');
        yes.attachShadow({ mode: 'open' }).append(inner);
        document.body.append(no, yes);
        const { store } = start();
        await settle();
        no.click();
        expect(store.recorded).toEqual([]);
        inner.click();
        expect(store.recorded).toEqual([{ orderId: ORDER, via: 'request-a-review' }]);
      } finally {
        history.replaceState(null, '', url);
      }
    });
  });
});
