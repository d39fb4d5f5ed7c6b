import { runRuleTable } from './tester.ts';

const order = '112-1234567-1234567';

runRuleTable('not-permitted-type', 'not-permitted-type', {
  valid: [
    'Thank you for your order. Unfortunately the blue version is out of stock, would you like the green one or a refund?',
    `Hello, thank you for your order ${order}. Could you confirm the engraving text "Anna & Tom"? Best regards`,
    'Hi Sarah, the courier could not deliver because the house number is missing. Which number should we use? Thanks!',
    'Vielen Dank für Ihre Bestellung. Leider ist die blaue Lampe nicht mehr vorrätig. Möchten Sie die grüne?',
    'Merci pour votre commande. Malheureusement, la lampe bleue est en rupture de stock : souhaitez-vous la verte ?',
    'Gracias por su pedido. Lamentablemente la lámpara azul está agotada. ¿Desea la verde o un reembolso?',
    'Grazie per il suo ordine. Purtroppo la lampada blu è esaurita: preferisce quella verde o un rimborso?',
    'ご注文ありがとうございます。申し訳ございませんが、青色は在庫切れです。緑色に変更されますか、それとも返金をご希望ですか。',
    '',
  ],
  invalid: [
    { text: 'Thank you for your order!', errors: [{ ruleId: 'thank-you-only', start: 0, end: 25 }] },
    { text: '  Hi John,\n\nThank you for your purchase! We hope you enjoy it.\n\nBest regards,\nAnna from Lumi Home\n', errors: [{ ruleId: 'thank-you-only', start: 2 }] },
    { text: 'Thanks again for shopping with us. If you have any questions, feel free to contact us. Have a great day!', errors: [{ ruleId: 'thank-you-only' }] },
    { text: 'Your order has shipped and will arrive Tuesday.', errors: [{ ruleId: 'confirmation-only' }] },
    { text: `Hello, your order ${order} has been dispatched. Your tracking number is 1Z999AA10123456784. Kind regards`, errors: [{ ruleId: 'confirmation-only' }] },
    { text: 'Vielen Dank für Ihre Bestellung! Mit freundlichen Grüßen, Ihr Lumi-Team', errors: [{ ruleId: 'thank-you-only' }] },
    { text: 'Hallo Herr Müller, Ihre Bestellung wurde heute versendet. Viele Grüße', errors: [{ ruleId: 'confirmation-only' }] },
    { text: 'Bonjour, merci pour votre commande ! Cordialement', errors: [{ ruleId: 'thank-you-only' }] },
    { text: 'Bonjour, votre commande a été expédiée. Cordialement', errors: [{ ruleId: 'confirmation-only' }] },
    { text: '¡Muchas gracias por su pedido! Saludos cordiales', errors: [{ ruleId: 'thank-you-only' }] },
    { text: 'Hola, su pedido ha sido enviado. Saludos', errors: [{ ruleId: 'confirmation-only' }] },
    { text: 'Grazie mille per il suo ordine! Cordiali saluti', errors: [{ ruleId: 'thank-you-only' }] },
    { text: 'Buongiorno, il suo ordine è stato spedito. Cordiali saluti', errors: [{ ruleId: 'confirmation-only' }] },
    { text: '山田様\nこの度はご注文いただき誠にありがとうございます。\nよろしくお願いいたします。', errors: [{ ruleId: 'thank-you-only' }] },
    { text: '山田様\nご注文の商品を本日発送いたしました。\nよろしくお願いいたします。', errors: [{ ruleId: 'confirmation-only' }] },
  ],
});

// Warm messages that say no more than thanks: season's greetings, the small family business
// introduced, help offered for whenever it is needed (each alone is not a permitted message).
runRuleTable('not-permitted-type: season greetings and warm padding', 'not-permitted-type', {
  valid: [
    `Happy Thanksgiving! Unfortunately the second candle of order ${order} broke in transit; we have sent a free replacement that arrives Friday.`,
    `Frohe Weihnachten! Leider fehlt in Ihrer Bestellung ${order} die Halterung. Wir schicken sie Ihnen kostenlos nach.`,
  ],
  invalid: [
    { text: `Hi Marcus,\n\nHappy Thanksgiving from all of us at Cedar Ridge! We hope your day is full of good food and family, and that your new candle from order ${order} adds a little glow to the table.\n\nWarmly,\nThe Cedar Ridge crew`, errors: [{ ruleId: 'thank-you-only' }] },
    { text: `Dear Emily,\n\nThank you for choosing us for your order ${order}. We're a small family business in Vermont, and every single order means more to us than we can say.\n\nWarmest regards,\nSarah and Tom`, errors: [{ ruleId: 'thank-you-only' }] },
    { text: `Liebe Kundin, lieber Kunde,\n\nwir wünschen Ihnen frohe Weihnachten und einen guten Rutsch ins neue Jahr. Schön, dass Sie bei uns bestellt haben (Bestellung ${order}).\n\nIhr Bergblick-Team`, errors: [{ ruleId: 'thank-you-only' }] },
    { text: `Fijne feestdagen en een gelukkig nieuwjaar! Als klein familiebedrijf zijn we blij met uw bestelling ${order}.\n\nGroeten, Els`, errors: [{ ruleId: 'thank-you-only' }] },
  ],
});
