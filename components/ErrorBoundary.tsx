import { Component } from 'preact';
import type { ComponentChildren } from 'preact';

interface Props {
  children: ComponentChildren;
}

/**
 * A failure inside Clearsend's UI removes Clearsend's UI, nothing else: the page and the
 * seller's text are untouched, and the error is logged for a bug report.
 */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  override componentDidCatch(error: unknown): void {
    console.error('[Clearsend] the assistant stopped after an error', error);
    this.setState({ failed: true });
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
