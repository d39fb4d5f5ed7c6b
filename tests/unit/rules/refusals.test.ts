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

function promotions(message: { subject?: string; body: string }): string[] {
  return lint(message, { asSent: true })
    .filter((f) => f.category === 'promotion' && f.severity !== 'info')
    .map((f) => (f.field === 'subject' ? (message.subject as string) : message.body).slice(f.start, f.end));
}

describe('a discount code the buyer asked for, refused', () => {
  it.each([
    ['en', { subject: 'Re: discount code?', body: 'Hello, thanks for asking about order 111-2233445-5667788. We cannot send discount codes or a special price by message: the price is the one on Amazon.' }],
    ['nl', { subject: 'Re: kortingscode?', body: 'Beste klant, helaas kunnen wij via berichten geen kortingscodes of aparte prijsafspraken aanbieden: de prijs wordt op Amazon vastgesteld (bestelling 402-5519930-2281746).' }],
    ['sv', { subject: 'Sv: Rabattkod?', body: 'Hej! Tyvärr kan vi inte skicka några rabattkoder via meddelanden här. Priset sätts på Amazon, order 026-8803154-6672190.' }],
    ['pl', { subject: 'Odp: Kod rabatowy', body: 'Dzień dobry, niestety nie możemy przesłać kodu rabatowego w wiadomości. Cena jest ustalana na Amazon, zamówienie 407-2210938-5546671.' }],
    ['ar', { subject: 'رد: هل يوجد كود خصم؟', body: 'شكرًا على تواصلك بخصوص الطلب 402-7781320-5563094. للأسف لا نستطيع إرسال كود خصم أو تعديل السعر عن طريق الرسائل.' }],
    ['zh', { subject: '回复：能不能给个优惠码？', body: '您好，关于订单 114-2258703-9946612：很抱歉，我们没办法通过站内信发放优惠码，价格以亚马逊页面为准。' }],
  ])('%s', (_language, message) => {
    expect(promotions(message)).toEqual([]);
  });

  it.each([
    ['en', { subject: 'Re: your order – 10% off your next order', body: 'Thanks for order 111-2233445-5667788! Use code SAVE10 for 10% off your next order.' }],
    ['nl', { body: 'Helaas hebben we geen kortingscodes meer, maar met code ZOMER10 krijgt u 10% korting op uw volgende bestelling 402-5519930-2281746.' }],
  ])('%s: a discount offered beside a refusal is still promotion', (_language, message) => {
    expect(promotions(message).length).toBeGreaterThan(0);
  });
});

describe('refusals in the wordings sellers use', () => {
  it.each([
    ['en', 'I get that Zelle would be quicker for you. Unfortunately we only take payment through Amazon (order 112-4839201-5527340).'],
    ['en', 'To be completely clear: we will never ask you to buy gift cards, wire money or pay for anything outside of Amazon.'],
    ['es', 'Entiendo que con Bizum te resultaría más cómodo, pero todo el pago se hace en Amazon, pedido 171-9934402-1187730.'],
    ['sv', 'Du frågade om du kunde köpa den direkt av oss till ett lägre pris. Det gör vi tyvärr inte: vi säljer bara via Amazon.'],
    ['pt', 'Entendo que seria mais prático pagar por Pix direto para nós, mas não temos como receber dessa forma (pedido 701-9953302-1176480).'],
    ['zh', '我们绝不会要求您用礼品卡、银行转账或者任何亚马逊以外的方式付款，订单 113-4471128-9930215。'],
  ])('%s: %s', (_language, body) => {
    expect(offAmazon(body)).toEqual([]);
  });

  it.each([
    ['es', { subject: 'Re: ¿Puedo pagar por Bizum?', body: 'Hola, Marta: todo el pago se hace en Amazon, pedido 171-9934402-1187730.' }],
    ['sv', { subject: 'Sv: Betala med Swish?', body: 'Hej! Betalningen sker bara via Amazon, order 026-8803154-6672190.' }],
  ])('%s: the buyer’s own subject after "Re:" is theirs', (_language, message) => {
    const found = lint(message, { asSent: true }).filter((f) => f.category === 'off-amazon' && f.severity !== 'info');
    expect(found).toEqual([]);
  });

  it.each([
    ['en', 'How about we just sort it out between ourselves? I’ll transfer you $40 today, just reply with the account you’d like it sent to.'],
    ['fr', 'Plutôt que d’ouvrir une réclamation Amazon, on peut s’arranger entre nous : je vous fais un virement de 15 € ce soir.'],
    ['nl', 'Zullen we het gewoon onderling oplossen? Ik maak vanavond 25 euro naar je over, laat maar weten op welk rekeningnummer.'],
    ['ar', 'للطلبات القادمة لا حاجة للمرور بأمازون؛ اكتبي لنا الكمية وتدفعين نقداً للمندوب.'],
    // An acknowledgement reaches no further than its clause, a scam warning no further than a turn.
    ['en', 'I understand that shipping takes long, so next time just pay by PayPal, order 111-2233445-5667788.'],
    ['en', 'We will never ask you for more money, so just pay the rest by PayPal.'],
    ['sv', 'Jag förstår att Amazon är dyrt, så köp direkt av oss nästa gång.'],
  ])('%s: settling or selling off Amazon is still off-Amazon: %s', (_language, body) => {
    expect(offAmazon(body).length).toBeGreaterThan(0);
  });
});

describe('exceptions that overlap', () => {
  it('an exception starting inside another does not hide it', () => {
    // "سألتِ … تخفيضات" (you asked … the sales) is the buyer's question, refused-style; "خلال تخفيضات
    // الجمعة البيضاء على أمازون" (during Amazon's White Friday sales), starting inside it, excuses the sale.
    const body = 'سألتِ هل يتغير موعد الإرجاع لأنك اشتريتِ الخلاط خلال تخفيضات الجمعة البيضاء على أمازون. المدة نفسها، الطلب 402-7781320-5563094.';
    expect(promotions({ body })).toEqual([]);
  });
});
