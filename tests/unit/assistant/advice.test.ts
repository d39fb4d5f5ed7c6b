import { describe, expect, it } from 'vitest';
import { contactAdvice } from '../../../lib/assistant/advice';
import { lint } from '../../../lib/rules/index';

describe('contact-reason advice', () => {
  it('says which reason gets a critical message delivered', () => {
    const findings = lint(
      { body: 'Hello, the shipping address for order 112-1234567-1234567 is missing the house number. Could you send it so the parcel can be delivered?' },
      { contactReason: 'other' },
    );
    const advice = contactAdvice(findings);
    expect(advice?.kind).toBe('choose-reason');
    expect(advice?.kind === 'choose-reason' && advice.text).toMatch(/address/i);
  });

  it('says when no contact reason can make the content permitted', () => {
    const findings = lint({ body: 'Use code SAVE10 for 10% off your next order 112-1234567-1234567.' }, { contactReason: 'address-issue' });
    expect(contactAdvice(findings)).toEqual({ kind: 'not-permitted', categories: ['promotion'] });
  });

  it('says nothing about an ordinary compliant message', () => {
    const findings = lint({ body: 'Hello, your invoice for order 112-1234567-1234567 is attached. Kind regards' }, { contactReason: 'invoice' });
    expect(contactAdvice(findings)).toBeUndefined();
  });
});
