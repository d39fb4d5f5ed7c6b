import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { TemplatePicker } from '../../../components/TemplatePicker';

describe('the template picker of a "Choose a template" fix', () => {
  it('lists the templates that fit and uses the one picked', async () => {
    const onUse = vi.fn();
    const template = { id: 'builtin.en.delay-or-problem', title: 'Delay or problem', body: 'Hello Sam, your order is delayed.', custom: false };
    render(<TemplatePicker requestKey={1} load={async () => [template]} onUse={onUse} onClose={vi.fn()} />);
    await waitFor(() => expect(screen.getByText('Delay or problem')).toBeTruthy());
    fireEvent.click(screen.getByText('Replace my message with this'));
    expect(onUse).toHaveBeenCalledWith(template);
  });

  it('says so when nothing fits, or the background cannot answer', async () => {
    const onClose = vi.fn();
    render(<TemplatePicker requestKey={1} load={() => Promise.reject(new Error('asleep'))} onUse={vi.fn()} onClose={onClose} />);
    await waitFor(() => expect(screen.getByText(/No saved template fits/)).toBeTruthy());
    fireEvent.click(screen.getByText('Close'));
    expect(onClose).toHaveBeenCalled();
  });
});
