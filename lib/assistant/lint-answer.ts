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

interface ValidRequest {
  id: number;
  message: Message;
  options: LintOptions;
}

/** The request's parts when it is a well-formed lint request; a reply when it is a bad one. */
function readRequest(request: unknown): ValidRequest | LintReply | undefined {
  if (typeof request !== 'object' || request === null) return undefined;
  const { id, message, options } = request as Partial<LintRequest>;
  if (typeof id !== 'number' || typeof message !== 'object' || message === null || typeof message.body !== 'string') return undefined;
  if (message.subject !== undefined && typeof message.subject !== 'string') return { id, error: 'bad subject' };
  return { id, message: { subject: message.subject, body: message.body }, options: engineOptions(options) };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

type Lint = (message: Message, options: LintOptions) => Finding[];

function answer(read: ValidRequest, lint: Lint): LintReply {
  try {
    return { id: read.id, findings: lint(read.message, read.options) };
  } catch (error) {
    return { id: read.id, error: errorText(error) };
  }
}

/** The background's half: answers lint requests with the engine's findings. */
export function answerLintRequest(request: unknown, lint: Lint): LintReply | undefined {
  const read = readRequest(request);
  return read && 'message' in read ? answer(read, lint) : read;
}

/**
 * The same, once what the message needs is ready (the language packs it is written in: see
 * language-packs.ts). A pack that cannot be read is an error reply naming it, never a check that
 * silently skipped a language.
 */
export async function answerLintRequestWhenReady(
  request: unknown,
  prepare: (message: Message, options: LintOptions) => Promise<void>,
  lint: Lint,
): Promise<LintReply | undefined> {
  const read = readRequest(request);
  if (!read || !('message' in read)) return read;
  try {
    await prepare(read.message, read.options);
  } catch (error) {
    return { id: read.id, error: errorText(error) };
  }
  return answer(read, lint);
}
