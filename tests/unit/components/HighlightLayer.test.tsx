import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { HighlightLayer, rebaseRange } from '../../../components/HighlightLayer';
import type { HighlightFinding, MeasureTextRanges } from '../../../components/HighlightLayer';

const TEXT = 'We offer a free gift for a 5-star review. Thanks!';

const FINDINGS: HighlightFinding[] = [
  { id: 'gift', start: 11, end: 20, severity: 'error', message: 'Incentives for reviews are not allowed.' },
  { id: 'stars', start: 27, end: 40, severity: 'warning', message: 'Do not ask for a positive review.' },
  { id: 'thanks', start: 42, end: 49, severity: 'info', message: 'A closing line is fine.' },
];

function setup(overrides: Partial<Parameters<typeof HighlightLayer>[0]> = {}) {
  const host = document.createElement('kat-textarea');
  document.body.append(host);
  const textarea = document.createElement('textarea');
  host.attachShadow({ mode: 'open' }).append(textarea);
  textarea.value = overrides.text ?? TEXT;
  const extensionHost = document.createElement('clearsend-assistant');
  document.body.append(extensionHost);
  const mirrorParent = extensionHost.attachShadow({ mode: 'open' });
  // One line fragment per range, 10px apart, so each finding has a box of its own.
  const measure = vi.fn<MeasureTextRanges>((_textarea, ranges) =>
    ranges.map((r) => [new DOMRect(r.start * 10, 20, (r.end - r.start) * 10, 18)]),
  );
  const onActivate = vi.fn<(id: string | null) => void>();
  const props = { textarea, text: TEXT, findings: FINDINGS, mirrorParent, onActivate, measure, ...overrides };
  const view = render(<HighlightLayer {...props} />);
  return { ...view, props, textarea, mirrorParent, measure, onActivate };
}

describe('HighlightLayer', () => {
  it('draws one box per error or warning, labelled with its message', async () => {
    setup();
    const boxes = await screen.findAllByRole('button');
    expect(boxes.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Incentives for reviews are not allowed.',
      'Do not ask for a positive review.',
    ]);
    expect(boxes[0]?.classList.contains('clearsend-hl-box--error')).toBe(true);
    expect(boxes[1]?.classList.contains('clearsend-hl-box--warning')).toBe(true);
    for (const box of boxes) expect(box.getAttribute('tabindex')).toBe('-1');
    const fragment = boxes[0]?.querySelector<HTMLElement>('.clearsend-hl-fragment');
    expect(fragment?.style.left).toBe('110px');
    expect(fragment?.style.width).toBe('90px');
  });

  it('draws info findings only when asked to', async () => {
    setup({ showInfo: true });
    const boxes = await screen.findAllByRole('button');
    expect(boxes).toHaveLength(3);
    expect(boxes[2]?.classList.contains('clearsend-hl-box--info')).toBe(true);
  });

  it('measures only the ranges that get a box, in the extension\'s shadow root', async () => {
    const { measure, textarea, mirrorParent } = setup();
    await screen.findAllByRole('button');
    expect(measure).toHaveBeenCalledWith(
      textarea,
      [
        { start: 11, end: 20 },
        { start: 27, end: 40 },
      ],
      mirrorParent,
    );
  });

  it('draws nothing for a finding scrolled out of view', async () => {
    setup({ measure: (_t, ranges) => ranges.map((r, i) => (i === 0 ? [] : [new DOMRect(r.start, 0, 10, 10)])) });
    const boxes = await screen.findAllByRole('button');
    expect(boxes.map((b) => b.dataset.findingId)).toEqual(['stars']);
  });

  it('follows the text typed since the findings were computed', async () => {
    // "really " typed before "free gift"; the warning after it shifts, the error is kept shifted too.
    const edited = TEXT.replace('a free', 'a really free');
    const { textarea, measure } = setup();
    await screen.findAllByRole('button');
    measure.mockClear();
    textarea.value = edited;
    fireEvent.input(textarea);
    await waitFor(() => expect(measure).toHaveBeenCalled());
    expect(measure.mock.calls[0]?.[1]).toEqual([
      { start: 18, end: 27 },
      { start: 34, end: 47 },
    ]);
  });

  it('measures again on scroll, resize and new findings', async () => {
    const { textarea, measure, rerender, props } = setup();
    await screen.findAllByRole('button');
    const count = () => measure.mock.calls.length;

    let before = count();
    fireEvent.scroll(textarea);
    await waitFor(() => expect(count()).toBe(before + 1));

    before = count();
    window.dispatchEvent(new Event('resize'));
    await waitFor(() => expect(count()).toBe(before + 1));

    before = count();
    document.body.dispatchEvent(new Event('scroll'));
    await waitFor(() => expect(count()).toBe(before + 1));

    before = count();
    rerender(<HighlightLayer {...props} findings={FINDINGS.slice(0, 1)} />);
    await waitFor(() => expect(screen.getAllByRole('button')).toHaveLength(1));
    expect(count()).toBe(before + 1);
  });

  it('batches several triggers into one measurement per frame', async () => {
    const { textarea, measure } = setup();
    await screen.findAllByRole('button');
    const before = measure.mock.calls.length;
    fireEvent.scroll(textarea);
    fireEvent.scroll(textarea);
    window.dispatchEvent(new Event('resize'));
    await waitFor(() => expect(measure.mock.calls.length).toBe(before + 1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(measure.mock.calls.length).toBe(before + 1);
  });

  it('removes every listener and observer it added when unmounted', async () => {
    const observers: { observed: Element[]; disconnected: boolean }[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        record = { observed: [] as Element[], disconnected: false };
        constructor() {
          observers.push(this.record);
        }
        observe(target: Element) {
          this.record.observed.push(target);
        }
        unobserve() {}
        disconnect() {
          this.record.disconnected = true;
        }
      },
    );
    type ListenerSpy = { mock: { calls: unknown[][] } };
    const spies = new Map<string, { add: ListenerSpy; remove: ListenerSpy }>();
    const track = (target: EventTarget, name: string) => {
      spies.set(name, {
        add: vi.spyOn(target, 'addEventListener'),
        remove: vi.spyOn(target, 'removeEventListener'),
      });
    };
    /** [type, listener, capture] of each call: what identifies a listener for removal. */
    const listeners = (calls: unknown[][]) =>
      calls.map(([type, listener, options]) => [
        type,
        listener,
        typeof options === 'boolean' ? options : Boolean((options as AddEventListenerOptions | undefined)?.capture),
      ]);
    const host = document.createElement('div');
    document.body.append(host);
    const textarea = document.createElement('textarea');
    host.append(textarea);
    textarea.value = TEXT;
    track(textarea, 'textarea');
    track(window, 'window');
    const fonts = (document as Document & { fonts?: FontFaceSet }).fonts;
    if (fonts) track(fonts, 'fonts');
    const cancel = vi.spyOn(window, 'cancelAnimationFrame');

    const { unmount } = render(
      <HighlightLayer
        textarea={textarea}
        text={TEXT}
        findings={FINDINGS}
        mirrorParent={document.createElement('div')}
        onActivate={() => {}}
        measure={(_t, ranges) => ranges.map(() => [])}
      />,
    );
    const types = (name: string) => spies.get(name)?.add.mock.calls.map((call) => call[0]);
    expect(types('textarea')).toEqual(expect.arrayContaining(['scroll', 'input', 'mousemove', 'mouseleave']));
    expect(types('window')).toEqual(expect.arrayContaining(['resize', 'scroll']));
    expect(observers[0]?.observed).toEqual([textarea]);

    unmount();
    // Effect cleanups run after the next paint, as in React.
    await waitFor(() => expect(observers.every((o) => o.disconnected)).toBe(true));
    for (const [name, { add, remove }] of spies) {
      expect(listeners(remove.mock.calls), name).toEqual(expect.arrayContaining(listeners(add.mock.calls)));
    }
    expect(cancel).toHaveBeenCalled();
    vi.unstubAllGlobals();
  });

  it('activates the finding under the pointer and shows its message', async () => {
    const { textarea, onActivate } = setup();
    await screen.findAllByRole('button');
    // The "gift" error is drawn from x 110 to 200, y 20 to 38.
    fireEvent.mouseMove(textarea, { clientX: 150, clientY: 30 });
    expect(onActivate).toHaveBeenLastCalledWith('gift');
    const tip = await screen.findByRole('tooltip');
    expect(tip.textContent).toBe('Incentives for reviews are not allowed.');

    fireEvent.mouseMove(textarea, { clientX: 152, clientY: 31 });
    expect(onActivate).toHaveBeenCalledTimes(1);

    fireEvent.mouseMove(textarea, { clientX: 5, clientY: 100 });
    expect(onActivate).toHaveBeenLastCalledWith(null);
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull());

    fireEvent.mouseMove(textarea, { clientX: 300, clientY: 25 });
    expect(onActivate).toHaveBeenLastCalledWith('stars');
    fireEvent.mouseLeave(textarea);
    expect(onActivate).toHaveBeenLastCalledWith(null);
  });

  it('activates a box focused from the keyboard and shows its message', async () => {
    const { onActivate } = setup();
    const [, warning] = await screen.findAllByRole('button');
    warning?.focus();
    expect(onActivate).toHaveBeenLastCalledWith('stars');
    expect((await screen.findByRole('tooltip')).textContent).toBe('Do not ask for a positive review.');
    warning?.blur();
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull());
  });

  it('marks the active finding', async () => {
    setup({ activeId: 'stars' });
    const boxes = await screen.findAllByRole('button');
    expect(boxes.map((b) => b.classList.contains('clearsend-hl-box--active'))).toEqual([false, true]);
  });

  it('never changes the textarea', async () => {
    const { textarea } = setup();
    const before = { html: textarea.outerHTML, value: textarea.value };
    await screen.findAllByRole('button');
    fireEvent.mouseMove(textarea, { clientX: 150, clientY: 30 });
    fireEvent.scroll(textarea);
    await screen.findByRole('tooltip');
    expect(textarea.outerHTML).toBe(before.html);
    expect(textarea.value).toBe(before.value);
    expect(textarea.getRootNode()).not.toBe(document);
    expect(document.querySelector('kat-textarea')?.shadowRoot?.childNodes).toHaveLength(1);
  });

  it('uses a mirror in the given parent by default and removes it when unmounted', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const textarea = document.createElement('textarea');
    host.append(textarea);
    textarea.value = TEXT;
    const mirrorParent = document.createElement('div');
    const { unmount } = render(
      <HighlightLayer textarea={textarea} text={TEXT} findings={FINDINGS} mirrorParent={mirrorParent} onActivate={() => {}} />,
    );
    await waitFor(() => expect(mirrorParent.querySelector('[data-clearsend-mirror]')).not.toBeNull());
    // No layout in this environment: nothing to draw.
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    unmount();
    await waitFor(() => expect(mirrorParent.childNodes).toHaveLength(0));
  });
});

describe('rebaseRange', () => {
  const before = 'a free gift for you';
  it.each([
    ['no edit', before, { start: 2, end: 11 }, { start: 2, end: 11 }],
    ['typed after the range', `${before}!`, { start: 2, end: 11 }, { start: 2, end: 11 }],
    ['typed right after the range', 'a free gift, for you', { start: 2, end: 11 }, { start: 2, end: 11 }],
    ['typed before the range', `so ${before}`, { start: 2, end: 11 }, { start: 5, end: 14 }],
    ['deleted before the range', before.slice(2), { start: 2, end: 11 }, { start: 0, end: 9 }],
    ['typed inside the range', 'a free nice gift for you', { start: 2, end: 11 }, null],
    ['range deleted', 'a for you', { start: 2, end: 11 }, null],
  ])('%s', (_name, after, range, expected) => {
    expect(rebaseRange(range, before, after)).toEqual(expected);
  });
});
