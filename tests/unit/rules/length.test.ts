import { runRuleTable } from './tester.ts';

const words = (n: number) => 'abcd '.repeat(Math.ceil(n / 5)).slice(0, n);

runRuleTable('length', 'length', {
  valid: [
    words(2000),
    { text: words(800), options: { contactReason: 'customization' } },
    { text: words(1999), options: { contactReason: 'delivery-scheduling' } },
  ],
  invalid: [
    { text: words(2001), errors: [{ ruleId: 'message-length', start: 2000, end: 2001 }] },
    { text: words(2500), errors: [{ start: 2000, end: 2500 }] },
    { text: words(801), options: { contactReason: 'customization' }, errors: [{ start: 800, end: 801 }] },
    // The limit falls inside an emoji: the range starts before it, never inside a surrogate pair.
    { text: `${words(1999)}😊x`, errors: [{ start: 1999, end: 2002, actual: '😊x' }] },
  ],
});
