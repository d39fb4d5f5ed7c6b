import { runRuleTable } from './tester.ts';

runRuleTable('important-tag', 'important-tag', {
  valid: [
    'Important: a signature is required on delivery.',
    'It is important that you are home on Tuesday.',
    'Wichtig: Bitte prüfen Sie Ihre Adresse.',
    "C'est important de vérifier l'adresse.",
    'Es importante confirmar la dirección.',
    'È importante confermare l’indirizzo.',
    '重要なお知らせです。住所をご確認ください。',
    { text: 'Your order 112-1234567-1234567', subject: 'Important question about your engraving' },
  ],
  invalid: [
    { text: 'Hello', subject: '[Important] Your order', errors: [{ field: 'subject', start: 0, end: 12, actual: '[Important] ' }], output: 'Your order' },
    { text: 'Hello', subject: 'Your order [IMPORTANT]', errors: [{ actual: ' [IMPORTANT]' }], output: 'Your order' },
    { text: 'Hello', subject: 'Re: [ important ] order', errors: [{ actual: ' [ important ]' }], output: 'Re: order' },
    { text: 'Hello', subject: '(Important) delivery', errors: [{ actual: '(Important) ' }] },
    { text: 'Hello', subject: '{important} delivery', errors: [{ actual: '{important} ' }] },
    { text: 'Hello', subject: '【Important】delivery', errors: [{ actual: '【Important】' }], output: 'delivery' },
    { text: 'Hello', subject: '[Important!] delivery', errors: [{ actual: '[Important!] ' }] },
    { text: 'Hello', subject: '[Important update] delivery', errors: [{ actual: '[Important update] ' }] },
    { text: 'Hello', subject: '[Urgent] delivery', errors: [{ actual: '[Urgent] ' }] },
    { text: '[Important] Please confirm the address.', errors: [{ field: 'body', actual: '[Important] ' }], output: 'Please confirm the address.' },
    // German, French, Spanish, Italian, Japanese
    { text: 'Hallo', subject: '[Wichtig] Ihre Bestellung', errors: [{ actual: '[Wichtig] ' }], output: 'Ihre Bestellung' },
    { text: 'Hallo', subject: '[DRINGEND] Lieferadresse', errors: [{ actual: '[DRINGEND] ' }] },
    { text: 'Bonjour', subject: '[Important] Votre commande', errors: [{ actual: '[Important] ' }] },
    { text: 'Bonjour', subject: 'Votre commande [URGENT]', errors: [{ actual: ' [URGENT]' }] },
    { text: 'Hola', subject: '[Importante] Su pedido', errors: [{ actual: '[Importante] ' }], output: 'Su pedido' },
    { text: 'Ciao', subject: '[IMPORTANTE] Il suo ordine', errors: [{ actual: '[IMPORTANTE] ' }] },
    { text: 'Ciao', subject: '[Urgente] Il suo ordine', errors: [{ actual: '[Urgente] ' }] },
    { text: 'こんにちは', subject: '【重要】ご注文について', errors: [{ actual: '【重要】' }], output: 'ご注文について' },
    { text: 'こんにちは', subject: '［重要］ご注文について', errors: [{ actual: '［重要］' }] },
    { text: 'こんにちは', subject: '【至急】お届け先の確認', errors: [{ actual: '【至急】' }] },
  ],
});
