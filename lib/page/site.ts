/**
 * What the shared assistant (watcher, engine, panel, edits, send guard) needs to know of a site:
 * one adapter per site, the same small interface. Seller Central's is built here from
 * seller-central.ts; the mail clients' are in gmail.ts and outlook.ts, each scoped to one compose
 * window.
 */
import type { ComposeField, PageContext } from './seller-central';
import {
  findComposeFields,
  findSendButton,
  isDialogSend,
  isPageDialogOpen,
  isRequestReviewPage,
  isReviewStepOpen,
  pressableSendElement,
  readPageContext,
  requestReviewConfirmation,
} from './seller-central';

export interface SiteAdapter {
  /** The compose fields, best match first; `ignore` is Clearsend's own UI. */
  findFields(doc: Document, ignore?: Element): ComposeField[];
  /** What the page says about the order and the buyer, around `near` (the box written in). */
  readContext(doc: Document, location: Location | URL, near?: Element): PageContext;
  findSendButton(doc: Document, field?: ComposeField, ignore?: Element): HTMLElement | null;
  /** A key press that sends the message from the keyboard (Ctrl/Cmd+Enter in a mail client). */
  isSendKey?(event: KeyboardEvent): boolean;
  /** Presses Send once, after the seller chose "Send anyway". */
  pressSend(button: HTMLElement): void;
  /** A click on Send in one of the page's own pop-ups (a second step already decided on). */
  isDialogSend(path: readonly EventTarget[], ignore?: Element): boolean;
  isPageDialogOpen(doc: Document, ignore?: Element): boolean;
  isReviewStepOpen(doc: Document, ignore?: Element): boolean;
  isRequestReviewPage(location: Location | URL): boolean;
  requestReviewConfirmation(path: readonly EventTarget[]): HTMLElement | null;
}

export const sellerCentral: SiteAdapter = {
  findFields: findComposeFields,
  readContext: readPageContext,
  findSendButton,
  pressSend: (button) => pressableSendElement(button).click(),
  isDialogSend,
  isPageDialogOpen,
  isReviewStepOpen,
  isRequestReviewPage,
  requestReviewConfirmation,
};
