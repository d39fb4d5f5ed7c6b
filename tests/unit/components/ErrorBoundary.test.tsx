import { render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../components/ErrorBoundary';

function Broken(): never {
  throw new Error('broken selector');
}

describe('the error boundary', () => {
  it('renders its children while they work', () => {
    render(<ErrorBoundary><p>panel</p></ErrorBoundary>);
    expect(screen.getByText('panel')).toBeTruthy();
  });

  it('removes only Clearsend’s UI when it throws, and logs why', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { container } = render(
      <div>
        <p>the page</p>
        <ErrorBoundary>
          <Broken />
        </ErrorBoundary>
      </div>,
    );
    expect(container.textContent).toBe('the page');
    expect(error).toHaveBeenCalled();
  });
});
