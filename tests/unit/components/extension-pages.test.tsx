import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Popup } from '../../../components/Popup';
import { OptionsPage } from '../../../components/OptionsPage';

describe('extension pages', () => {
  it('the popup renders its heading', () => {
    render(<Popup />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/Clearsend/);
  });

  it('the options page renders its heading', () => {
    render(<OptionsPage />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/Clearsend/);
  });
});
