/**
 * The rules added with the checker's second version, in English (each language's own cases are in
 * language-<lang>.test.ts). Invalid cases are wordings sellers use; valid ones are the near-misses
 * a keyword list would flag.
 */
import { describe, expect, it } from 'vitest';
import { lint, RULES } from '../../../lib/rules/index.ts';
import { runRuleTable } from './tester.ts';

const ORDER = '112-4839201-5583017';

runRuleTable('review requests in any wording', 'review-manipulation', {
  valid: [
    'Would you take a moment to share your experience with the lamp in a review? Your honest opinion helps other buyers.',
    'We reviewed the photos you sent and will ship a free replacement today. If you have a moment later, feel free to share your experience in a review.',
    'If you are happy with the new delivery date, there is nothing else to do.',
    'In our opinion the blue one suits a small kitchen better, but both fit.',
    'If you are satisfied that we have resolved your concerns, it is possible to update or remove the feedback you originally provided here.',
    'Sorry for the trouble. If you like, we can send the spare part first and the replacement later.',
  ],
  invalid: [
    { text: 'Dear friend, if you feel satisfy with our item, kindly give us your comment. Thanks!', errors: [{ ruleId: 'review-conditional' }] },
    { text: "If the item lived up to what you expected, we'd be grateful for your thoughts in a review.", errors: [{ ruleId: 'review-conditional' }] },
    { text: 'Hi Anna! Enjoyed it? Tell the world what you think!', errors: [{ ruleId: 'review-conditional', actual: ' Enjoyed it? Tell the world what you think!' }], output: 'Hi Anna!' },
    { text: 'A small present is waiting for everyone who posts their opinion of the item.', errors: [{ ruleId: 'review-incentive' }] },
    { text: 'Anyone who puts their thoughts about the kettle up on its Amazon page can claim a free spare filter.', errors: [{ ruleId: 'review-incentive' }] },
    { text: 'Without your rating our little shop may not make it.', errors: [{ ruleId: 'review-pressure' }] },
    { text: 'Please leave us a review, my job depends on it.', errors: [{ ruleId: 'review-pressure' }] },
    { text: 'Could you paste the kind words from your message into the review?', errors: [{ ruleId: 'review-instruction' }] },
    { text: 'Since the problem is solved, could you kindly help us delete the 1 star feedback?', errors: [{ ruleId: 'review-change' }] },
    { text: 'Please update your review now that the replacement arrived.', errors: [{ ruleId: 'review-change', actual: 'update your review' }] },
  ],
});

runRuleTable('seller feedback notice', (f) => f.ruleId === 'feedback-notice' || f.ruleId === 'review-change', {
  valid: ['If you are satisfied that we have resolved your concerns, it is possible to update or remove the feedback you originally provided here.'],
  invalid: [
    {
      text: 'Now that the problem is solved, you can update your feedback if you like.',
      errors: [{ ruleId: 'feedback-notice', actual: 'Now that the problem is solved, you can update your feedback if you like.' }],
      output: 'If you are satisfied that we have resolved your concerns, it is possible to update or remove the feedback you originally provided here.',
    },
    // Pressure makes the same notice an error.
    { text: 'Now that the problem is solved, you can update your feedback. Without better feedback our little shop may not survive.', errors: [{ ruleId: 'review-change' }] },
  ],
});

runRuleTable('a second review request for the order', (f) => f.ruleId === 'review-repeat' || f.ruleId === 'review-request', {
  valid: [
    { text: `Your parcel for order ${ORDER} is at the depot.`, options: { reviewRequestedOn: '2026-11-03' } },
  ],
  invalid: [
    { text: `Hello, would you share your experience in a review? Order ${ORDER}.`, errors: [{ ruleId: 'review-request', actual: 'share your experience' }] },
    {
      text: `Hello! Would you share your experience in a review? Order ${ORDER}.`,
      options: { reviewRequestedOn: '2026-11-03' },
      errors: [{ ruleId: 'review-repeat', actual: ' Would you share your experience in a review?' }],
      output: `Hello! Order ${ORDER}.`,
    },
  ],
});

runRuleTable('cancellation requests', 'cancellation-request', {
  valid: [
    'We are out of stock, so we have cancelled your order and refunded you in full.',
    'If you prefer, we can cancel the order for you and refund you in full: just reply "yes".',
    "Thanks for asking whether you should cancel: there's no need to cancel, the drill left this morning.",
    'The cancellation was confirmed by Amazon; the refund is on its way.',
  ],
  invalid: [
    { text: 'Could you please cancel the order from your side? We are out of stock.', errors: [{ actual: 'Could you please cancel' }] },
    { text: 'Please use the cancel option in your account.', errors: [{ actual: 'use the cancel option' }] },
    { text: 'Hello, please apply the cancel for this order and choose the reason "Order created by mistake".', errors: [{}, {}] },
    { text: 'Kindly request a cancellation in Your Orders, then we will refund.', errors: [{}] },
  ],
});

runRuleTable('steering off Amazon', 'off-amazon', {
  valid: [
    'Sorry, we can not accept bank transfer or any payment outside Amazon: all orders are placed and paid on Amazon.',
    'We have refunded the full amount to your original payment method.',
    'Please reply to this message through Amazon and attach a photo.',
    'The messenger bag comes with a detachable strap.',
  ],
  invalid: [
    { text: 'You can also order directly from our website and save 15%.', errors: [{ ruleId: 'off-amazon-sale', actual: 'order directly from our website' }] },
    { text: 'The same scents are cheaper when you order straight from us instead of through Amazon.', errors: [{}, {}] },
    { text: 'Please pay via PayPal to our account.', errors: [{ ruleId: 'off-amazon-payment', actual: 'PayPal' }] },
    { text: 'Add me on WeChat so we can talk faster.', errors: [{ ruleId: 'messenger-app', actual: 'WeChat' }] },
    { text: 'Our technical team works on Telegram, message us there.', errors: [{ ruleId: 'messenger-app' }] },
  ],
});

runRuleTable('asking for contact details', 'contact-request', {
  valid: [
    'The courier needs a phone number to call you before delivery: could you send us your phone number?',
    'Please tell us your phone model so we can send the right case.',
    'Please contact us through Amazon messages if anything is missing.',
  ],
  invalid: [
    { text: 'Please send us your email address so we can send the manual.', errors: [{}] },
    { text: "What's the best phone number to reach you this week? I can walk you through it.", errors: [{}] },
    { text: 'If the link does not open, reply with a personal email address and I will add you.', errors: [{}] },
  ],
});

runRuleTable('messenger handles', (f) => f.ruleId === 'messenger-contact', {
  valid: ['Write to support@example.com (an address, flagged by its own rule).'],
  invalid: [
    { text: 'WeChat: lily_88', errors: [{ actual: 'WeChat: lily_88' }] },
    { text: 'Please message @skyfly_support there.', errors: [{ actual: '@skyfly_support' }] },
  ],
});

runRuleTable('Amazon links that promote', (f) => f.ruleId === 'amazon-product-link', {
  valid: [
    `Your order: https://www.amazon.com/gp/your-account/order-details?orderID=${ORDER}`,
    'Leave a review here: https://www.amazon.com/review/create-review?asin=B0ABCDEF12',
    'Returns: https://www.amazon.co.uk/returns',
    'Seller feedback: https://www.amazon.de/hz/feedback',
  ],
  invalid: [
    { text: 'Matching pillowcases: https://www.amazon.com/dp/B0ABCDEF12', errors: [{ actual: ' https://www.amazon.com/dp/B0ABCDEF12' }], output: 'Matching pillowcases:' },
    { text: 'See https://www.amazon.com/Linen-Duvet/dp/B0ABCDEF12?th=1 too', errors: [{}] },
    { text: 'Our store: https://www.amazon.de/stores/Acme/page/1234', errors: [{}] },
    { text: 'All our items: https://www.amazon.com/s?k=acme+lamps and https://www.amazon.com/sp?seller=A1B2C3', errors: [{}, {}] },
    { text: 'Short link: https://amzn.to/3xYz9 and https://a.co/d/abc123', errors: [{}, {}] },
  ],
});

runRuleTable('promotion worded as an invitation', 'promotion', {
  valid: ['We bought it during a Lightning Deal last year, so the refund is the price you paid.'],
  invalid: [
    { text: 'In case you like the set, we also make matching pillowcases in the same colours.', errors: [{}] },
    { text: 'Our spring collection has just landed: have a browse in our Amazon shop.', errors: [{}, {}] },
  ],
});

runRuleTable('messages that are not permitted', 'not-permitted-type', {
  valid: [
    `Hi Ellie,\n\nYour parcel for order ${ORDER} has been held up at the sorting office, and the new estimate is Saturday. If it hasn't turned up by Tuesday, let me know and I'll send another one.\n\nThanks,\nHarriet`,
    `Dear friend,\n\nThank you for your order. Kindly note the batteries are not inside the package, because air shipping rules do not allow it. Please put in 2 AAA batteries before use.\n\nBest regards,\nNancy`,
  ],
  invalid: [
    { text: 'Dear friend,\n\nFrom today I will be your personal customer service for this order. I am always here for you.\n\nBest regards,\nLily', errors: [{ ruleId: 'help-only' }] },
    { text: 'Hi Mrs Green,\n\nJust a quick note to check your parcel reached you safely. Hope you are having a lovely week.\n\nKind regards,\nPeter', errors: [{ ruleId: 'delivery-check-in' }] },
    { text: `Hi Chris,\n\nGood news: order ${ORDER} left our warehouse this afternoon. You can follow it here: https://www.ups.com/track?tracknum=1Z84V6E20398127745\n\nBest,\nThe Summit team`, errors: [{ ruleId: 'confirmation-only' }] },
  ],
});

runRuleTable('template variables in a message about to be sent', 'placeholder', {
  valid: [
    // A template: variables are expected.
    'Hello {buyerName}, your order {orderId} is ready.',
    { text: 'As you asked, we will engrave {Forever yours} on the lid.', options: { asSent: true } },
    { text: 'The instructions are in the manual [see page 2].', options: { asSent: true } },
    { text: '[ IMPORTANT ] (size M) <b>', options: { asSent: true } },
  ],
  invalid: [
    {
      text: 'Hello {buyerName}, order [Order ID], {{order_id}}, ${order.item_name}, %name%, [[buyer-name]], 【購入者名】.',
      options: { asSent: true },
      errors: [
        { actual: '{buyerName}' },
        { actual: '[Order ID]' },
        { actual: '{{order_id}}' },
        { actual: '${order.item_name}' },
        { actual: '%name%' },
        { actual: '[[buyer-name]]' },
        { actual: '【購入者名】' },
      ],
    },
    { text: 'Dear [Buyer Name],', options: { asSent: true }, errors: [{ actual: '[Buyer Name]' }] },
  ],
});

runRuleTable('a critical contact reason for a message that is not critical', 'contact-reason', {
  valid: [
    { text: `Hello, the courier could not find the house number for order ${ORDER}. Could you send the full address?`, options: { contactReason: 'address-issue' } },
    { text: `Your sofa from order ${ORDER} reaches the depot this week. Which delivery slot suits you best?`, options: { contactReason: 'delivery-scheduling' } },
    { text: `Would you share your experience in a review? Order ${ORDER}.`, options: { contactReason: 'review-request' } },
  ],
  invalid: [
    { text: `Would you take a moment to share your experience with the frame from order ${ORDER} in a review?`, options: { contactReason: 'customization' }, errors: [{ ruleId: 'critical-reason-misuse' }] },
    { text: 'Hello Karen, we just wanted to say a big thank you for shopping with us. Ashley', options: { contactReason: 'unexpected-problem' }, errors: [{}] },
    { text: `Our spring collection has just landed: have a browse in our Amazon shop. Order ${ORDER}.`, options: { contactReason: 'delivery-scheduling' }, errors: [{}] },
  ],
});


describe("the new rules' messages", () => {
  it('quote what they found and cite a guideline', () => {
    const cases: [string, Parameters<typeof lint>[1]][] = [
      [`Would you share your experience with the frame from order ${ORDER} in a review?`, { contactReason: 'customization' }],
      ['Please use the cancel option in your account.', {}],
      ['You can also order directly from our website.', {}],
      ['Hello {buyerName},', { asSent: true }],
      ['Without your rating our little shop may not make it.', {}],
      [`Hello! Would you share your experience in a review? Order ${ORDER}.`, { reviewRequestedOn: '2026-11-03' }],
    ];
    for (const [text, options] of cases) {
      const finding = lint({ body: text }, options).find((f) => f.severity !== 'info');
      expect(finding, text).toBeDefined();
      if (!finding) continue;
      const quoted = /"([^"]+)"/.exec(finding.message)?.[1] ?? '';
      expect(text.includes(quoted) && quoted.length > 0 || finding.message.includes(finding.actual.trim()), finding.message).toBe(true);
      expect(finding.source?.length, finding.ruleId).toBeGreaterThan(20);
      expect(finding.why?.length, finding.ruleId).toBeGreaterThan(20);
    }
    expect(RULES.find((rule) => rule.id === 'off-amazon-sale')?.source).toMatch(/200386250/);
  });

  it('name the day of the first request in a repeat', () => {
    const [repeat] = lint({ body: `Hello! Would you share your experience in a review? Order ${ORDER}.` }, { reviewRequestedOn: '2026-11-03' });
    expect(repeat?.message).toContain('2026-11-03');
  });
});

runRuleTable('template variables of mail-merge tools', 'placeholder', {
  valid: [{ text: 'Le colis est marqué « article défectueux » par le transporteur.', options: { asSent: true } }],
  invalid: [
    { text: 'Bonjour «Prénom_client»,', options: { asSent: true }, errors: [{ actual: '«Prénom_client»' }] },
    { text: 'Hi *|FNAME|*, thanks!', options: { asSent: true }, errors: [{ actual: '*|FNAME|*' }] },
  ],
});

runRuleTable('exceptions of one language excuse the phrases of another', 'off-amazon', {
  valid: ["Nous n'acceptons jamais PayPal ni les virements : tout paiement passe par Amazon, merci de votre compréhension."],
});

runRuleTable('digits inside a link', (f) => f.ruleId === 'phone-number', {
  valid: ['Seguimiento: https://www.seur.com/seguimiento?enviament=04561234567 (su paquete).'],
});

runRuleTable('messenger handles need a label', (f) => f.ruleId === 'messenger-contact', {
  valid: ['Line 1 of the delivery details for your order.\nLine 2 of the delivery details.', 'Signal 3 on the remote means low battery.'],
  invalid: [
    { text: 'My WeChat ID lily_88', errors: [{ actual: 'WeChat ID lily_88' }] },
    { text: 'LINE: shop_22', errors: [{ actual: 'LINE: shop_22' }] },
  ],
});

// Round 2: families of wordings the first phrase data missed (each case differs from the corpus).
runRuleTable('indirect review manipulation, round 2', 'review-manipulation', {
  valid: [
    'When you review the attached invoice, please note that the VAT is included.',
    'When you review the proof, please mention if the font is too small.',
    'Sorry, one bad batch of lids got through our checks. We will send new lids today.',
    'If the new filter makes the water taste better, great. If not, tell us and we will refund you.',
  ],
  invalid: [
    { text: 'Was the lamp everything you hoped for? If yes, we would be thrilled to read your thoughts on Amazon.', errors: [{ ruleId: 'review-conditional' }] },
    { text: 'Anyone who shares a photo of the mug on its product page gets 20% back.', errors: [{ ruleId: 'review-incentive' }] },
    { text: 'Honestly, a single bad rating can sink a small seller like us, so please keep that in mind when you rate the kettle.', errors: [{ ruleId: 'review-pressure' }] },
    { text: 'When you review the scarf it would be lovely if you could talk about how soft the fabric is.', errors: [{ ruleId: 'review-instruction' }] },
  ],
});

runRuleTable('promotion and contact asks, round 2', (f) => f.category === 'promotion' || f.ruleId === 'contact-request', {
  valid: [
    'Which number should we engrave on the tag, 12 or 21?',
    'Your new sofa arrives at our depot on Thursday; could you choose a delivery slot?',
  ],
  invalid: [
    { text: 'You might also fancy our matching throw, it comes in the same six colours.', errors: [{}] },
    { text: 'People who order this grinder often also buy our ceramic pour-over set.', errors: [{}] },
    { text: 'The PDF manual is ready. What email should I send it to?', errors: [{ ruleId: 'contact-request' }] },
  ],
});

runRuleTable('messages that are not permitted, round 2', 'not-permitted-type', {
  valid: [
    'Hi Ann, did the replacement part turn up? If not, please tell me and I will send another one today. Jo',
    'Hi Ann, your parcel is with the customs office and delayed by two days. Sorry. Jo',
  ],
  invalid: [
    { text: 'Hi Ann, did the parcel turn up yet? Best, Jo', errors: [{ ruleId: 'delivery-check-in' }] },
    { text: 'Cheers for your order, Dana! It made our day. Mel', errors: [{ ruleId: 'thank-you-only' }] },
    { text: 'Hi Ann, whatever comes up with your new kettle, I am only a message away. Jo', errors: [{ ruleId: 'help-only' }] },
    { text: 'Hi Ann, your parcel is with Evri now: https://www.evri.com/track/parcel/H01234 Jo', errors: [{ ruleId: 'confirmation-only' }] },
  ],
});

runRuleTable('cancellation requests and opt-outs, round 2', (f) => f.category === 'cancellation-request' || f.category === 'opt-out', {
  valid: ['You can withdraw your return request in Your Orders if you decide to keep the chair.'],
  invalid: [
    { text: 'The blue mug is out of stock. The easiest fix is for you to withdraw the order from your account page.', errors: [{}] },
    { text: "If you'd rather not hear from us about this order again, just say so.", errors: [{}] },
  ],
});

runRuleTable('thanking for feedback is not pressure', 'review-manipulation', {
  valid: ['Thank you for your kind feedback, it means the world to us.'],
});
