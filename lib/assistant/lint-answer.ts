/**
 * The background's half of the lint port (lint-port.ts): answers the content scripts' requests
 * with the engine's findings. Kept apart so that what only the background needs (the contact
 * reasons' labels in thirteen languages) never reaches a page's bundle.
 */
import { contactReasonFromLabel } from '../page/contact-reasons';
import type { Finding, LintOptions, Message } from '../rules/types';
import type { PageLintOptions } from './controller';
import type { LintReply, LintRequest } from './lint-port';

/** The engine's options for a page's: the contact reason its label names, unless already known. */
export function engineOptions(options: PageLintOptions | undefined): LintOptions {
  if (!options) return {};
  const { contactReasonLabel, ...engine } = options;
  if (engine.contactReason === undefined && typeof contactReasonLabel === 'string' && contactReasonLabel) {
    engine.contactReason = contactReasonFromLabel(contactReasonLabel);
  }
  return engine;
}

/** The background's half: answers lint requests with the engine's findings. */
export function answerLintRequest(request: unknown, lint: (message: Message, options: LintOptions) => Finding[]): LintReply | undefined {
  if (typeof request !== 'object' || request === null) return undefined;
  const { id, message, options } = request as Partial<LintRequest>;
  if (typeof id !== 'number' || typeof message !== 'object' || message === null || typeof message.body !== 'string') return undefined;
  if (message.subject !== undefined && typeof message.subject !== 'string') return { id, error: 'bad subject' };
  try {
    return { id, findings: lint({ subject: message.subject, body: message.body }, engineOptions(options)) };
  } catch (error) {
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}
