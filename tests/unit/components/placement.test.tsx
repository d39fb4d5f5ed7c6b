import { afterEach, describe, expect, it } from 'vitest';
import { placePanel } from '../../../components/AssistantApp';

/** The panel's width and gap as the app places it (components/AssistantApp.tsx). */
const WIDTH = 340;

function rect(left: number, top: number, width: number, height: number): DOMRect {
  return { left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON: () => ({}) } as DOMRect;
}

function viewport(width: number): void {
  Object.defineProperty(document.documentElement, 'clientWidth', { configurable: true, value: width });
}

describe('where the panel goes', () => {
  afterEach(() => viewport(0));

  it('beside the compose box on the right when the window leaves room, covering none of it', () => {
    viewport(1600);
    const box = rect(100, 300, 820, 160);
    const placement = placePanel(box, rect(0, 0, 0, 0));
    expect(placement.kind).toBe('right');
    expect(parseFloat(placement.style.left!)).toBeGreaterThanOrEqual(box.right);
    expect(placement.style.top).toBe('300px');
  });

  it('on the left when only the left leaves room, ending before the box', () => {
    viewport(1300);
    const box = rect(420, 300, 820, 160);
    const placement = placePanel(box, rect(0, 0, 0, 0));
    expect(placement.kind).toBe('left');
    expect(parseFloat(placement.style.left!) + WIDTH).toBeLessThanOrEqual(box.left);
  });

  it('docked in the corner when there is no room beside the box', () => {
    viewport(900);
    const placement = placePanel(rect(40, 300, 820, 160), rect(0, 0, 0, 0));
    expect(placement).toMatchObject({ kind: 'dock', style: { position: 'fixed', right: '16px', bottom: '16px' } });
  });
});
