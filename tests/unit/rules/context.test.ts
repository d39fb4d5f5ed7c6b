import { runRuleTable } from './tester.ts';

const order = '112-1234567-1234567';
const english = 'Hello Sarah, the courier could not deliver your parcel because the house number is missing from the address.';
const german = 'Hallo Frau Schmidt, leider konnte der Zusteller Ihr Paket nicht zustellen, da die Hausnummer in der Adresse fehlt.';

// The review-request marker is a context hint too; it has its own table (review-request.test.ts).
runRuleTable('context', (f) => f.category === 'context' && f.ruleId !== 'review-request', {
  valid: [
    `Your order ${order}: ${english}`,
    { text: english, subject: `Order ${order}` },
    'Short draft',
    { text: `${order} ${german}`, options: { buyerLanguage: 'de' } },
    { text: `${order} ${english}`, options: { buyerLanguage: 'en', contactReason: 'address-issue' } },
    { text: `${order} We would appreciate it if you left a review of the lamp you received last week.`, options: { contactReason: 'review-request' } },
    { text: `${order} Could you confirm the engraving text for your ring before we start production?`, options: { contactReason: 'customization' } },
  ],
  invalid: [
    { text: english, errors: [{ ruleId: 'missing-order-id', start: 0, end: 0 }] },
    { text: `${order} ${german}`, options: { buyerLanguage: 'fr' }, errors: [{ ruleId: 'language-mismatch' }] },
    { text: `${order} ${english}`, options: { buyerLanguage: 'ja' }, errors: [{ ruleId: 'language-mismatch' }] },
    { text: `${order} ${english}`, options: { contactReason: 'review-request' }, errors: [{ ruleId: 'contact-reason-mismatch' }] },
    { text: `${order} Please tell us when you are at home so we can book a delivery appointment for the sofa.`, options: { contactReason: 'other' }, errors: [{ ruleId: 'contact-reason-mismatch' }] },
  ],
});
