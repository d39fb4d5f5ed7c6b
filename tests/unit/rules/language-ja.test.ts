/**
 * Japanese phrase data (lib/rules/phrases/ja.ts) for the checker-v2 rules: for each rule, messages
 * that break it in the wordings Japanese sellers use (keigo, plain style, non-native Japanese) and
 * near-misses that must stay quiet. Japanese has no word boundaries: phrases match anywhere, and
 * sentences end at 。！？ or a line break.
 */
import { runRuleTable } from './tester.ts';

runRuleTable('ja: review-conditional', 'review-conditional', {
  valid: [
    // A wish ("〜たら嬉しいです"), not a condition on the review.
    '商品を気に入っていただけたら嬉しいです。お時間のあるときにレビューをいただけますと幸いです。',
    'ご満足いただけましたら幸いです。よろしければ商品レビューでご感想をお聞かせください。',
    'もしよろしければ、商品の使い心地をレビューで教えていただけると助かります。',
    'ご満足いただけない場合は、返品・交換を承りますのでお知らせください。',
  ],
  invalid: [
    { text: 'もし気に入っていただけたら、レビューを書いていただけると嬉しいです。', errors: [{ ruleId: 'review-conditional' }] },
    { text: '「これは良い」と思っていただけたなら、そのお声を商品ページに残していただけませんか。', errors: [{ ruleId: 'review-conditional' }] },
    { text: '評価する前に、まずは当店にご相談ください。', errors: [{ ruleId: 'review-conditional' }] },
    { text: '悪い評価を付けないでください。何かあればご連絡ください。', errors: [{ ruleId: 'review-conditional' }] },
    { text: '商品に問題がなければ、ぜひレビューをお願いします。', errors: [{ ruleId: 'review-conditional' }] },
  ],
});

runRuleTable('ja: review-incentive', 'review-incentive', {
  valid: [
    // A gift or refund that settles a problem is no incentive.
    'このたびはご迷惑をおかけし申し訳ございませんでした。新しい商品を無料でお送りいたします。よろしければ、届いた後にレビューをお寄せください。',
    '返金処理が完了しましたので、よろしければ評価をお願いします。',
    'ご注文メモに「母へのプレゼント用」とございましたので、ギフト包装を承ります。',
    'サンプル画像をお送りしますので、デザインのご感想をお聞かせください。',
  ],
  invalid: [
    { text: 'カスタマーレビューを投稿してくださった方全員に、次回使える300円分の割引をお贈りしています。', errors: [{ ruleId: 'review-incentive' }] },
    { text: 'レビューを書いたら、全額返金します。', errors: [{ ruleId: 'review-incentive' }] },
    { text: 'レビューのお礼に、ささやかなプレゼントをお送りします。', errors: [{ ruleId: 'review-incentive' }] },
  ],
});

runRuleTable('ja: review-pressure', 'review-pressure', {
  valid: [
    // "励みになります" is ordinary politeness in a neutral request.
    'レビューをいただけますと、今後の励みになります。',
    '配送にお時間がかかっております。お手元に届きましたら、ぜひレビューをお願いします。',
    '小さなお店ですが、心を込めて梱包いたしました。',
  ],
  invalid: [
    {
      text: '当店は夫婦二人で営む工房です。評価が集まらなければ、来年は工房をたたむことになるかもしれません。どうか星の評価をお願いいたします。',
      errors: [{ ruleId: 'review-pressure' }],
    },
    { text: 'レビューが少ないと、お店がつぶれてしまいます。どうかレビューをお願いします。', errors: [{ ruleId: 'review-pressure' }] },
    { text: 'レビューがないと、商品が売れなくなってしまいます。ぜひレビューをお願いします。', errors: [{ ruleId: 'review-pressure' }] },
  ],
});

runRuleTable('ja: review-instruction', 'review-instruction', {
  valid: [
    'いただいたご感想は今後の商品づくりの参考にさせていただきます。',
    '刻印の文字は「ゆいな」と書いて、ご返信ください。',
    '以下の文章は取扱説明書からの抜粋です。',
  ],
  invalid: [
    { text: '以下の文章をそのままレビューに貼り付けてください。', errors: [{ ruleId: 'review-instruction' }] },
    { text: '発送の早さについて、ぜひレビューで触れていただけると嬉しいです。', errors: [{ ruleId: 'review-instruction' }] },
    { text: 'メッセージでいただいたお言葉をそのままレビューに書いていただけませんか。', errors: [{ ruleId: 'review-instruction' }] },
  ],
});

runRuleTable('ja: review-change', 'review-change', {
  valid: [
    'ご注文番号 503-1234567-1234567 について、出品者評価をいただけますと幸いです。',
    '本製品は第三者機関による安全性評価の基準を満たしております。',
    '高評価のレビューをいただき、ありがとうございました。',
  ],
  invalid: [
    { text: '返金いたしますので、レビューを削除していただけますか。', errors: [{ ruleId: 'review-change', actual: 'レビューを削除' }] },
    { text: 'マイナスの評価を削除していただけませんか。', errors: [{ ruleId: 'review-change' }] },
    { text: '交換品が届いたとのことですので、星の数を上げていただけないでしょうか。', errors: [{ ruleId: 'review-change' }] },
  ],
});

runRuleTable('ja: feedback-notice', 'feedback-notice', {
  valid: [
    // Amazon's own wording (amazonFeedbackNotice) is not flagged.
    'お客様のご懸念を解決できたとご満足いただけましたら、最初にご投稿いただいた評価をこちらから更新または削除していただくことが可能です。',
    '交換品を本日発送いたしました。ご不便をおかけし申し訳ございません。',
  ],
  invalid: [
    {
      text: '問題が解決したとお感じでしたら、評価を更新または削除していただくことも可能です。',
      errors: [{ ruleId: 'feedback-notice' }],
      output: 'お客様のご懸念を解決できたとご満足いただけましたら、最初にご投稿いただいた評価をこちらから更新または削除していただくことが可能です。',
    },
    { text: 'ご満足いただけましたら、出品者評価は変更または削除することができます。', errors: [{ ruleId: 'feedback-notice' }] },
  ],
});

runRuleTable('ja: contact-request', 'contact-request', {
  valid: [
    // Delivery contact details may be confirmed.
    '配達時に必要なため、お電話番号をお知らせください。',
    'ご登録のメールアドレスに確認メールが届きますので、ご確認ください。',
    'メーカーの連絡先をお知らせいたします。保証の手続きはメーカーで承ります。',
  ],
  invalid: [
    { text: 'PDFの説明書をお送りしたいので、メアドを教えてもらえますか。', errors: [{ ruleId: 'contact-request' }] },
    { text: '会員登録のため、ご連絡先（携帯番号）をご記入いただけますでしょうか。', errors: [{ ruleId: 'contact-request' }] },
    { text: '日中つながりやすいお電話番号をお知らせいただけますでしょうか。', errors: [{ ruleId: 'contact-request' }] },
  ],
});

runRuleTable('ja: messenger-app', 'messenger-app', {
  valid: [
    '申し訳ございませんが、LINEでのご連絡は承っておりません。Amazonのメッセージでお問い合わせください。',
    '製造ラインで不具合が見つかったため、出荷が遅れております。',
    'オンラインで追跡状況をご確認いただけます。',
  ],
  invalid: [
    { text: '詳しいサイズは、LINEのトークでご説明いたします。', errors: [{ ruleId: 'messenger-app' }] },
    { text: 'WeChatを追加してください。すぐに写真を送ります。', errors: [{ ruleId: 'messenger-app', actual: 'WeChat' }] },
    { text: 'インスタのDMでご連絡ください。', errors: [{ ruleId: 'messenger-app' }] },
  ],
});

runRuleTable('ja: off-amazon-sale', 'off-amazon-sale', {
  valid: [
    '当店ではAmazon以外でのお取引はお受けしておりません。',
    '鉄フライパンのお手入れ方法は、商品に同梱の説明書に記載しております。',
    'Amazonの注文履歴からご注文内容をご確認いただけます。',
  ],
  invalid: [
    { text: '同じ商品は当店の公式オンラインショップからもご購入いただけます。', errors: [{ ruleId: 'off-amazon-sale' }] },
    { text: '今後は直接当店にご注文いただければ、送料無料でお送りします。', errors: [{ ruleId: 'off-amazon-sale' }] },
    { text: 'Amazonを通さずにお取引いただくと、手数料がかからない分お安くできます。', errors: [{ ruleId: 'off-amazon-sale' }, { ruleId: 'off-amazon-sale' }] },
  ],
});

runRuleTable('ja: off-amazon-payment', 'off-amazon-payment', {
  valid: [
    // Amazon itself refunds cash-on-delivery orders by bank transfer; PayPay can pay for an Amazon order.
    '代金引換でのご注文のため、返金はご登録の銀行口座へのお振込みとなります。',
    'PayPayでお支払いいただいた場合、返金はPayPay残高に戻ります。',
    'お支払い方法はAmazonでお選びいただいたものとなります。PayPalはご利用いただけません。',
  ],
  invalid: [
    { text: '延長保証の代金は、ペイパルでのお支払いをお願いしております。', errors: [{ ruleId: 'off-amazon-payment', actual: 'ペイパル' }] },
    { text: '離島料金につきましては、振込先の口座番号を別途ご案内いたします。', errors: [{ ruleId: 'off-amazon-payment' }] },
    { text: '差額はPayPayで送金してください。', errors: [{ ruleId: 'off-amazon-payment' }] },
  ],
});

runRuleTable('ja: cancellation-request', 'cancellation-request', {
  valid: [
    // The seller offering to cancel, or reporting a cancellation, is fine.
    'お待ちいただくのが難しい場合は、当店でご注文をキャンセルし全額返金いたします。「キャンセル希望」とご返信ください。',
    'お客様側でキャンセルしていただく必要はございません。当店で処理いたします。',
    'お客様からキャンセルのご依頼をいただきましたので、本日キャンセル処理をいたしました。',
    'キャンセルしてほしいとのご連絡を承りました。全額返金いたします。',
  ],
  invalid: [
    { text: '大変恐縮ですが、そちらでキャンセルしていただけませんか？', errors: [{ ruleId: 'cancellation-request' }] },
    { text: 'アカウントサービスの画面から、キャンセルの申請をしていただけますでしょうか。', errors: [{ ruleId: 'cancellation-request' }] },
    { text: '「商品のキャンセル」ボタンを押して、キャンセル依頼を送信してください。', errors: [{ ruleId: 'cancellation-request' }, { ruleId: 'cancellation-request' }] },
    { text: 'お手数ですが、ご注文を取り消してください。', errors: [{ ruleId: 'cancellation-request' }] },
  ],
});

runRuleTable('ja: help-only', 'help-only', {
  valid: [
    '山田様\n\nご注文の色は在庫切れとなっております。申し訳ございませんが、青と緑のどちらかをお選びいただけますでしょうか。\n\nショップ花',
    '山田様\n\nお問い合わせありがとうございます。ご質問の件ですが、本商品は食洗機に対応しております。\n\nショップ花',
  ],
  invalid: [
    {
      text: '小野様\n\n初めまして。お客様サポート係の佐藤です。ご不明な点がございましたら、なんなりとお申し付けください。\n\n文具のひかり 佐藤',
      errors: [{ ruleId: 'help-only' }],
    },
    { text: '山田様\n\n今日から私が山田様の専属担当となります。何なりとお申し付けください。\n\nショップ花 佐藤', errors: [{ ruleId: 'help-only' }] },
  ],
});

runRuleTable('ja: delivery-check-in', 'delivery-check-in', {
  valid: [
    // The neutral review request starts with the same question but has a purpose.
    '山田様\n\n商品は無事にお手元に届きましたでしょうか。お時間のあるときに商品レビューをお寄せいただけますと幸いです。\n\nショップ花',
    '山田様\n\n商品はお手元に届きましたか？使い方で分からないことがあれば、説明書の3ページをご覧ください。\n\nショップ花',
    '山田様\n\nお届け日ですが、来週月曜日の午前はいかがでしょうか。\n\nショップ花',
  ],
  invalid: [
    { text: '大西様\n\nご注文のマグカップは、もう届いておりますでしょうか。\n\n陶器の店 つち', errors: [{ ruleId: 'delivery-check-in' }] },
    { text: '山田様\n\n商品は届きましたか？何か問題があればご連絡ください。\n\nショップ花', errors: [{ ruleId: 'delivery-check-in' }] },
    { text: '山田様\n\nその後、商品の使い心地はいかがでしょうか。\n\nショップ花', errors: [{ ruleId: 'delivery-check-in' }] },
  ],
});

runRuleTable('ja: placeholder', 'placeholder', {
  valid: [
    { text: '【重要なお知らせ】\n山田様、お届け日が変更となりました。', options: { asSent: true } },
    { text: '刻印は {Forever with you} のとおり、括弧も含めて承ります。', options: { asSent: true } },
    { text: '【お届け日変更のお知らせ】台風のため、お届けが1日遅れます。', options: { asSent: true } },
  ],
  invalid: [
    { text: '［顧客名］様\n\n交換品を本日お送りしました。', options: { asSent: true }, errors: [{ ruleId: 'placeholder', actual: '［顧客名］' }] },
    { text: '{お客様名}様、ご注文の［商品名］を発送いたしました。', options: { asSent: true }, errors: [{ ruleId: 'placeholder' }, { ruleId: 'placeholder' }] },
    { text: '〇〇様\n\n【ショップ名】の山田です。', options: { asSent: true }, errors: [{ ruleId: 'placeholder', actual: '【ショップ名】' }] },
  ],
});

runRuleTable('ja: critical-reason-misuse', 'critical-reason-misuse', {
  valid: [
    {
      text: '木村様\n\nご注文のリングの刻印についてご確認させてください。内側の文字は「K & M 2026」でよろしいでしょうか。\n\nジュエリー工房',
      options: { contactReason: 'customization' },
    },
    {
      text: '井上様\n\n大型家具のため、お届け日時の調整が必要です。ご都合のよい日を三つほどお知らせください。\n\n家具の店',
      options: { contactReason: 'delivery-scheduling' },
    },
    {
      text: '熊谷様\n\nご注文の電気毛布は、配送業者の遅延により、お届けが11月10日になる見込みです。ご迷惑をおかけし申し訳ございません。\n\nぬくもり堂',
      options: { contactReason: 'unexpected-problem' },
    },
    {
      text: '吉田様\n\n配送業者より「建物名と部屋番号が分からない」と連絡がありました。正しいご住所をお知らせいただけますでしょうか。\n\nシューズ森田',
      options: { contactReason: 'address-issue' },
    },
  ],
  invalid: [
    {
      text: '石田様\n\n先月お求めいただいた加湿器のご使用感を、よろしければカスタマーレビューでお寄せください。ほかのお客様の参考になります。\n\n家電の石田',
      options: { contactReason: 'unexpected-problem' },
      errors: [{ ruleId: 'critical-reason-misuse' }],
    },
    {
      text: '三上様\n\nいつもありがとうございます。この春、新色のレザー小物が入荷しました。当店のストアページもぜひのぞいてみてください。\n\n革工房 みかみ',
      options: { contactReason: 'customization' },
      errors: [{ ruleId: 'critical-reason-misuse' }],
    },
    {
      text: '西川様\n\nお求めいただいた土鍋は、初めてお使いになる前に、おかゆを炊いて目止めをしてください。急な温度変化はひび割れの原因になりますのでご注意ください。\n\n土鍋の西川',
      options: { contactReason: 'address-issue' },
      errors: [{ ruleId: 'critical-reason-misuse' }],
    },
  ],
});

// Round 2: wordings without the textbook words, and their near-misses.
runRuleTable('ja: review-conditional (round 2)', 'review-conditional', {
  valid: [
    '刻印の文字について、イメージ通りでしたらこのままお作りします。違う場合はご返信ください。',
    '期待通りにお使いいただけない場合は、遠慮なくご連絡ください。',
  ],
  invalid: [
    { text: '実際に使ってみて満足された方は、ぜひ感想を書き込んでいただけると嬉しいです。', errors: [{ ruleId: 'review-conditional' }] },
    { text: 'イメージ通りの仕上がりでしたら、星をつけていただけると励みになります。', errors: [{ ruleId: 'review-conditional' }] },
  ],
});

runRuleTable('ja: review-pressure (round 2)', 'review-pressure', {
  valid: ['開店してまだ間もないため、発送までお時間をいただいております。'],
  invalid: [
    { text: '当店はオープンしてまだ間もないため、評価がまだひとつもありません。どうかレビューで応援してください。', errors: [{ ruleId: 'review-pressure' }] },
  ],
});

runRuleTable('ja: review-change (round 2)', 'review-change', {
  valid: [],
  invalid: [
    { text: '返金は完了しました。つきましては、先日の低評価を削除していただけないでしょうか。', errors: [{ ruleId: 'review-change' }] },
  ],
});

runRuleTable('ja: contact-request (round 2)', 'contact-request', {
  valid: [
    '配送業者が設置日を調整するため、日中つながる携帯番号をご登録いただけますか。',
    '新しい説明書を添付しました。今後このようなメールを希望されない場合はお知らせください。',
  ],
  invalid: [
    { text: '説明書をお送りするため、お使いのメールアドレスを教えていただけますか。', errors: [{ ruleId: 'contact-request' }] },
  ],
});

runRuleTable('ja: cancellation-request (round 2)', 'cancellation-request', {
  valid: ['ご注文は出荷前でしたので、こちらで取り消しいたしました。返金は3〜5日で反映されます。'],
  invalid: [
    { text: '在庫切れのため、お手数ですがお客様側で注文の取り消しを申請していただけますか。', errors: [{ ruleId: 'cancellation-request' }] },
  ],
});

runRuleTable('ja: delivery-check-in (round 2)', 'delivery-check-in', {
  valid: [],
  invalid: [
    { text: '様\n\n先日お送りした商品、無事受け取れたか気になりご連絡しました。\n\n店', errors: [{ ruleId: 'delivery-check-in' }] },
  ],
});
