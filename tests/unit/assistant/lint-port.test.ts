import { describe, expect, it, vi } from 'vitest';
import type { LintPort, LintReply, LintRequest } from '../../../lib/assistant/lint-port';
import { createPortLinter } from '../../../lib/assistant/lint-port';
import { answerLintRequest, engineOptions } from '../../../lib/assistant/lint-answer';
import { lint } from '../../../lib/rules/index';

/** A port wired straight to the background's handler, as the browser would. */
function loopbackPort(opts: { silent?: boolean } = {}): LintPort & { disconnectFromBackground(): void } {
  const onMessage: ((m: LintReply) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  return {
    postMessage(request: LintRequest) {
      if (opts.silent) return;
      const reply = answerLintRequest(request, lint);
      queueMicrotask(() => reply && onMessage.forEach((cb) => cb(reply)));
    },
    onMessage: { addListener: (cb) => void onMessage.push(cb) },
    onDisconnect: { addListener: (cb) => void onDisconnect.push(cb) },
    disconnect: vi.fn(),
    disconnectFromBackground: () => onDisconnect.forEach((cb) => cb()),
  };
}

describe('linting through the background port', () => {
  it('returns the engine’s findings', async () => {
    const linter = createPortLinter(() => loopbackPort(), new AbortController().signal);
    const findings = await linter({ body: 'Use code SAVE10 for 10% off.' }, {});
    expect(findings).toEqual(lint({ body: 'Use code SAVE10 for 10% off.' }, {}));
  });

  it('reconnects after the background went away', async () => {
    const ports: ReturnType<typeof loopbackPort>[] = [];
    const linter = createPortLinter(() => {
      const port = loopbackPort();
      ports.push(port);
      return port;
    }, new AbortController().signal);
    await linter({ body: 'Hello' }, {});
    ports[0]!.disconnectFromBackground();
    await linter({ body: 'Follow us on Instagram' }, {});
    expect(ports).toHaveLength(2);
  });

  it('fails a request nobody answers instead of hanging', async () => {
    vi.useFakeTimers();
    const linter = createPortLinter(() => loopbackPort({ silent: true }), new AbortController().signal, 1000);
    const answer = linter({ body: 'Hello' }, {});
    const check = expect(answer).rejects.toThrow(/did not answer/);
    await vi.advanceTimersByTimeAsync(1001);
    await check;
    vi.useRealTimers();
  });

  it('the background refuses malformed requests and reports engine errors', () => {
    expect(answerLintRequest(null, lint)).toBeUndefined();
    expect(answerLintRequest({ id: 1, message: { body: 42 } }, lint)).toBeUndefined();
    expect(answerLintRequest({ id: 2, message: { body: 'x', subject: 5 } }, lint)).toEqual({ id: 2, error: 'bad subject' });
    const broken = () => {
      throw new Error('boom');
    };
    expect(answerLintRequest({ id: 3, message: { body: 'x' } }, broken)).toEqual({ id: 3, error: 'boom' });
  });
});

describe('the contact reason as the page words it', () => {
  it('is read in the background, unless the reason is already known', () => {
    expect(engineOptions({ contactReasonLabel: 'Schedule a delivery' }).contactReason).toBe('delivery-scheduling');
    expect(engineOptions({ contactReasonLabel: 'Lieferung planen' }).contactReason).toBe('delivery-scheduling');
    expect(engineOptions({ contactReasonLabel: 'Something new' }).contactReason).toBe('other');
    expect(engineOptions({ contactReason: 'invoice', contactReasonLabel: 'Other' }).contactReason).toBe('invoice');
    expect(engineOptions({ contactReasonLabel: 'Other' })).not.toHaveProperty('contactReasonLabel');
    expect(engineOptions(undefined)).toEqual({});
  });
});
