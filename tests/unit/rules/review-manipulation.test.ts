import { runRuleTable } from './tester.ts';

runRuleTable('review-manipulation', 'review-manipulation', {
  valid: [
    'Would you mind sharing your experience in a review?',
    'We would appreciate it if you left a review.',
    'We reviewed your return and issued the refund.',
    'Please review the attached invoice.',
    'Thank you for your positive feedback!',
    'We can offer a refund or a replacement.',
    'We will send a free replacement.',
    'Würden Sie Ihre Erfahrung in einer Bewertung teilen?',
    'Wir senden Ihnen kostenlosen Ersatz.',
    'Pourriez-vous partager votre expérience dans un avis ?',
    '¿Le importaría compartir su experiencia en una reseña?',
    'Le dispiacerebbe condividere la sua esperienza in una recensione?',
    'よろしければ、商品レビューでご感想をお聞かせください。',
  ],
  invalid: [
    { text: 'Please leave a positive review.', errors: [{ ruleId: 'review-positive', start: 15, end: 30, actual: 'positive review' }], output: 'Please leave a review.' },
    { text: 'Positive feedback helps us a lot.', errors: [{ ruleId: 'review-positive', actual: 'Positive feedback' }], output: 'Feedback helps us a lot.' },
    { text: 'We would love a 5-star review!', errors: [{ ruleId: 'review-positive', actual: '5-star review' }], output: 'We would love a review!' },
    { text: 'Please rate us 5 stars.', errors: [{ ruleId: 'review-positive', actual: 'rate us 5 stars' }] },
    { text: 'If you are happy with the product, please leave a review; if not, contact us first.', errors: [{ ruleId: 'review-conditional' }, { ruleId: 'review-conditional' }] },
    { text: 'Please contact us before leaving negative feedback.', errors: [{ ruleId: 'review-conditional', actual: 'contact us before leaving' }] },
    { text: 'Leave a review and get a $10 gift card.', errors: [{ ruleId: 'review-incentive' }] },
    { text: 'We will send you a free gift after you leave a review.', errors: [{ ruleId: 'review-incentive' }] },
    { text: 'We offer a full refund in exchange for an honest review.', errors: [{ ruleId: 'review-incentive', actual: 'in exchange for an honest review' }] },
    { text: 'Could you please update your review now that the issue is solved?', errors: [{ ruleId: 'review-change', actual: 'update your review' }] },
    { text: 'Would you consider removing the negative feedback?', errors: [{ ruleId: 'review-change' }] },
    { text: 'Please mention the fast shipping in your review.', errors: [{ ruleId: 'review-positive' }] },
    // German
    { text: 'Bitte hinterlassen Sie eine positive Bewertung.', errors: [{ ruleId: 'review-positive', actual: 'positive Bewertung' }], output: 'Bitte hinterlassen Sie eine Bewertung.' },
    { text: 'Wenn Sie zufrieden sind, freuen wir uns über eine Bewertung.', errors: [{ ruleId: 'review-conditional' }] },
    { text: 'Für Ihre Bewertung erhalten Sie einen Gutschein über 10 €.', errors: [{ ruleId: 'review-incentive' }] },
    { text: 'Könnten Sie Ihre Bewertung bitte ändern?', errors: [{ ruleId: 'review-change' }] },
    // French
    { text: 'Merci de laisser un avis positif.', errors: [{ ruleId: 'review-positive', actual: 'avis positif' }], output: 'Merci de laisser un avis.' },
    { text: 'Si vous êtes satisfait, laissez-nous un avis.', errors: [{ ruleId: 'review-conditional' }] },
    { text: 'Pourriez-vous modifier votre avis ?', errors: [{ ruleId: 'review-change', actual: 'modifier votre avis' }] },
    // Spanish
    { text: 'Por favor, deje una reseña positiva.', errors: [{ ruleId: 'review-positive', actual: 'reseña positiva' }], output: 'Por favor, deje una reseña.' },
    { text: 'Si está satisfecho, déjenos una reseña.', errors: [{ ruleId: 'review-conditional' }] },
    { text: 'Le enviaremos un regalo a cambio de una reseña.', errors: [{ ruleId: 'review-incentive' }] },
    // Italian
    { text: 'Lasci una recensione positiva, per favore.', errors: [{ ruleId: 'review-positive', actual: 'recensione positiva' }], output: 'Lasci una recensione, per favore.' },
    { text: 'Se è soddisfatto, ci lasci una recensione.', errors: [{ ruleId: 'review-conditional' }] },
    { text: 'Potrebbe modificare la sua recensione?', errors: [{ ruleId: 'review-change' }] },
    // Japanese
    { text: '高評価をお願いします。', errors: [{ ruleId: 'review-positive', actual: '高評価' }], output: '評価をお願いします。' },
    { text: 'ご満足いただけましたら、レビューをお願いします。', errors: [{ ruleId: 'review-conditional' }] },
    { text: 'レビューを書いていただいた方にギフト券をプレゼント。', errors: [{ ruleId: 'review-incentive' }] },
    { text: '評価の変更をお願いできますか。', errors: [{ ruleId: 'review-change' }] },
  ],
});

// Indirect review manipulation in the wordings sellers use: a review traded for faster help, a
// tester club, the top rating without the word "stars", a few words on Amazon under a condition.
runRuleTable('review-manipulation: indirect wordings', 'review-manipulation', {
  valid: [
    'Hello, your order 112-4839201-5583920 was delivered. If you have a moment, please share your experience with the lamp in a review on Amazon. Best regards',
    'Hallo, Ihre Bestellung 302-4471829-6653012 wurde zugestellt. Wenn Sie möchten, teilen Sie Ihre Erfahrung gern in einer Rezension auf Amazon. Viele Grüße',
    'Hi Tom, the spare hinge for order 113-4471098-2036615 ships today and arrives Thursday. Sorry for the trouble.',
  ],
  invalid: [
    { text: 'Normally spare parts for order 113-4471098-2036615 ship in 7-10 days, but once your review is up on the product page we can send it the same day.', errors: [{ ruleId: 'review-incentive' }] },
    { text: 'Sobald Ihre Bewertung auf der Produktseite online ist, schicken wir die Schrauben für Bestellung 302-9917345-2208361 noch am selben Tag per Express los.', errors: [{ ruleId: 'review-incentive' }] },
    { text: 'Uw bestelling 111-5038826-9920147 is bezorgd. Voor ons VIP-testpanel ontvangt u gratis producten, en in ruil daarvoor schrijft u er een beoordeling over op Amazon.', errors: [{ actual: 'VIP-testpanel' }, { actual: 'in ruil daarvoor schrijft u er een beoordeling' }] },
    { text: 'Your order 114-2290573-8841206 was delivered. If you could give us full marks when you rate the product, it will help our small team very much.', errors: [{ ruleId: 'review-positive' }] },
    { text: 'Thank you for order 112-4839201-5583920. If the lamp has made your evenings a bit cozier, a few words on Amazon would mean the world to us. If anything is not right, reply here first.', errors: [{ category: 'review-manipulation' }] },
    { text: 'Tack för order 402-5517093-8826140! Har filten gjort kvällarna i soffan lite mysigare? Då skulle några rader på Amazon betyda jättemycket för oss.', errors: [{ category: 'review-manipulation' }] },
    { text: '只要您在亚马逊上的评论发布出来，我们当天就用加急快递给您寄出订单 113-2247693-5581024 缺少的螺丝。', errors: [{ ruleId: 'review-incentive' }] },
  ],
});
