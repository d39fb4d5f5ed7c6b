// @vitest-environment node
/**
 * A way of paying outside Amazon or a messenger named only to refuse it is not off-Amazon
 * steering (lib/rules/phrases/refusals.ts); asking for it still is, negation or not.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../lib/rules/index.ts';

function offAmazon(body: string): string[] {
  return lint({ body }, { asSent: true })
    .filter((f) => f.category === 'off-amazon' && f.severity !== 'info')
    .map((f) => body.slice(f.start, f.end));
}

const ORDER = 'Bestellung 302-4418820-7731095';

describe('ways of paying named only to refuse them', () => {
  it.each([
    ['en', 'Thanks for asking about order 111-2233445-5667788. Cheques, PayPal and wire transfers are not accepted for Amazon orders, so there is nothing to send.'],
    ['en', 'You asked whether you could pay the difference through Zelle. We only take payment through Amazon, so please use the size exchange in Your Orders.'],
    ['de', `Zu Ihrer ${ORDER}: Eine Zahlung per Überweisung oder in bar ist bei Amazon-Bestellungen leider nicht möglich. Wir schicken den Ersatz kostenlos.`],
    ['fr', 'Concernant la commande 402-1188273-6654120 : nous n’acceptons ni les chèques ni PayPal, tout le règlement passe par Amazon.'],
    ['es', 'Sobre el pedido 171-9934402-1187730: el pago por Bizum no es posible, todo se paga a través de Amazon. Le enviamos la pieza gratis.'],
    ['it', 'Per l’ordine 405-7781209-3346612 non serve alcun bonifico: il rimborso arriva sulla sua carta tramite Amazon.'],
    ['nl', 'Voor bestelling 402-5519930-2281746 hoeft u niets via Tikkie te betalen: de vervanging is gratis.'],
    ['pl', 'W sprawie zamówienia 407-2210938-5546671: płatności BLIK-iem ani przelewem nie przyjmujemy, wszystko idzie przez Amazon.'],
    ['ja', 'ご注文（250-3318847-1192034）の追加料金をPayPayでお支払いいただけるかとのご質問ですが、PayPayでのお支払いはお受けできません。'],
    ['zh', '关于订单 113-4471128-9930215，我们不支持支付宝和微信支付，所有付款都通过亚马逊完成。'],
  ])('%s: %s', (_language, body) => {
    expect(offAmazon(body)).toEqual([]);
  });
});

describe('asking to pay outside Amazon, with a negation in the message', () => {
  it.each([
    ['en', 'If you don’t have PayPal, a bank transfer to our account also works for order 111-2233445-5667788.'],
    ['en', 'Please don’t reorder on Amazon, just send the amount by PayPal and we ship today.'],
    ['de', `Sie müssen nicht bei Amazon bestellen. Zahlen Sie einfach per PayPal, dann versenden wir heute (${ORDER}).`],
    ['es', 'No hace falta esperar a Amazon: pague por Bizum al 600 y lo enviamos hoy mismo, pedido 171-9934402-1187730.'],
    ['ja', 'Amazonでの再入荷を待つ必要はありません。PayPayで12,800円をお送りいただければ、本日発送いたします。'],
    ['zh', '不用等亚马逊补货，用支付宝付款，我们今天就发货。'],
  ])('%s: %s', (_language, body) => {
    expect(offAmazon(body).length).toBeGreaterThan(0);
  });
});
