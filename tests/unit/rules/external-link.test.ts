import { runRuleTable } from './tester.ts';

runRuleTable('external-link', 'external-link', {
  valid: [
    'https://www.amazon.com/gp/your-account/order-details?orderID=112-1234567-1234567',
    'https://www.amazon.de/review/create-review?asin=B08XYZ1234',
    'See https://www.amazon.de/gp/help/customer/display.html?nodeId=1234.',
    'Track it here: https://www.ups.com/track?tracknum=1Z999AA10123456784',
    'https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161234567890',
    'https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901',
    'https://www.correos.es/es/es/herramientas/localizador/envios, https://www.poste.it/cerca/index.html',
    'https://toi.kuronekoyamato.co.jp/cgi-bin/tneko and https://k2k.sagawa-exp.co.jp/p/sagawa/web/okurijoinput.jsp',
    'Product link: https://amzn.to/3abcDEF or https://a.co/d/abc123',
    'The invoice.pdf is attached, see section 3.5, e.g. the manual, version 1.2.3.',
    'Thanks Mr.Smith, I sent it today.It should arrive soon.',
    'Amazon.de will refund you.',
    'Die Rechnung.pdf liegt bei. La facture.pdf est jointe.',
    '追跡はこちら：https://jizen.kuronekoyamato.co.jp/jizen/servlet/crjz.b.NQ0010?id=123',
  ],
  invalid: [
    { text: 'Visit www.shop.de for more.', errors: [{ ruleId: 'external-link', actual: ' www.shop.de' }], output: 'Visit for more.' },
    { text: 'More at example.com', errors: [{ ruleId: 'external-link', actual: ' example.com' }], output: 'More at' },
    { text: 'Manual: https://mybrand.com/manual.pdf.', errors: [{ ruleId: 'external-link', actual: ' https://mybrand.com/manual.pdf' }], output: 'Manual:.' },
    { text: 'Go to http://mybrand.com now', errors: [{ ruleId: 'external-link', actual: ' http://mybrand.com' }] },
    { text: 'Short: https://bit.ly/3xYz now', errors: [{ ruleId: 'link-shortener', actual: ' https://bit.ly/3xYz' }] },
    { text: 'Short: tinyurl.com/abc', errors: [{ ruleId: 'link-shortener' }] },
    { text: 'See http://www.amazon.com/gp/your-account/order-details?orderID=112-1234567-1234567', errors: [{ ruleId: 'insecure-link' }], output: 'See https://www.amazon.com/gp/your-account/order-details?orderID=112-1234567-1234567' },
    { text: 'Besuchen Sie www.mein-shop.de!', errors: [{ ruleId: 'external-link', actual: ' www.mein-shop.de' }] },
    { text: 'Rendez-vous sur https://boutique.fr/promo', errors: [{ ruleId: 'external-link' }] },
    { text: 'Visite tienda.es/ofertas', errors: [{ ruleId: 'external-link' }] },
    { text: 'Visiti www.negozio.it', errors: [{ ruleId: 'external-link' }] },
    { text: '詳しくはhttps://example.jp/をご覧ください。', errors: [{ ruleId: 'external-link', actual: 'https://example.jp/' }] },
  ],
});
