import { runRuleTable } from './tester.ts';

runRuleTable('opt-out', 'opt-out', {
  valid: [
    'Please let us know if the address is wrong.',
    'You can opt out of the signature requirement with the carrier.',
    'Sie können die Sendung beim Zusteller abholen.',
  ],
  invalid: [
    { text: 'To unsubscribe, reply STOP.', errors: [{ actual: 'unsubscribe' }, { actual: 'reply STOP' }] },
    { text: 'Click here to opt out of these messages.', errors: [{ actual: 'opt out' }] },
    { text: 'If you no longer wish to receive messages from us, tell us.', errors: [{ actual: 'no longer wish to receive' }] },
    { text: 'Hier können Sie sich abmelden.', errors: [{ actual: 'abmelden' }] },
    { text: 'Pour vous désinscrire, répondez à ce message.', errors: [{ actual: 'désinscrire' }] },
    { text: 'Para darse de baja, responda a este mensaje.', errors: [{ actual: 'darse de baja' }] },
    { text: 'Per disiscriversi, risponda a questo messaggio.', errors: [{ actual: 'disiscriversi' }] },
    { text: '配信停止をご希望の方はご連絡ください。', errors: [{ actual: '配信停止' }] },
  ],
});
