/**
 * Chinese phrase data (lib/rules/phrases/zh.ts): for every rule that Chinese phrases feed, cases
 * that must be found and near-misses that must not, in the registers sellers write (formal 您,
 * the casual 亲 and 你 of Chinese e-commerce, Traditional characters). Chinese has no word
 * boundaries: phrases match anywhere, and sentences end at 。！？ or a line break.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../lib/rules/index.ts';
import { runRuleTable } from './tester.ts';

runRuleTable('zh: review-positive', 'review-positive', {
  valid: [
    '感谢您的好评！您问到的滤芯型号是 F-200。',
    '这款枕头一直深受买家好评，但您收到的这个确实有异味，我们马上补发。',
    '您订购的五星级酒店同款浴巾，第一次使用前请先冷水洗一遍。',
    '这款收纳盒采用高分子材料，耐摔耐用。',
    '欢迎您在订单页面为商品撰写评论。',
  ],
  invalid: [
    { text: '亲，收到货满意的话给个五星好评哦！', errors: [{ ruleId: 'review-positive' }] },
    { text: '麻烦您给我们留一个5星评价，谢谢。', errors: [{ ruleId: 'review-positive' }] },
    { text: '希望您能给我们一个正面的评价。', errors: [{ ruleId: 'review-positive' }] },
    { text: '請給我們五星好評，非常感謝！', errors: [{ ruleId: 'review-positive' }] },
  ],
});

runRuleTable('zh: review-conditional', 'review-conditional', {
  valid: [
    '如果您对更换的商品不满意，请直接回复，我们为您退款。',
    '如果您有时间，欢迎在订单页面留下评论。',
    '如果颜色不合适，我们可以免费为您更换。您的评价我们都会认真阅读。',
    '如果尺寸合适，请回复“确认”，我们就开始裁剪。',
  ],
  invalid: [
    { text: '如果您对我们的台灯满意，欢迎在亚马逊上留下评论。', errors: [{ ruleId: 'review-conditional' }] },
    { text: '满意的话，麻烦帮我们写几句评价。', errors: [{ ruleId: 'review-conditional' }] },
    { text: '如有任何问题，请先联系我们，不要直接给差评。', errors: [{ ruleId: 'review-conditional' }] },
    { text: '在给差评之前，请先和我们沟通，我们一定会解决。', errors: [{ ruleId: 'review-conditional' }] },
    { text: '若您喜歡這款杯子，歡迎分享您的使用心得。', errors: [{ ruleId: 'review-conditional' }] },
  ],
});

runRuleTable('zh: review-incentive', 'review-incentive', {
  valid: [
    '非常抱歉给您带来不便，我们已为您全额退款。如方便，欢迎留下您的真实评价。',
    '作为补偿，我们将退还您20%的货款。',
    '我们会免费为您补发一个新的杯子。',
  ],
  invalid: [
    { text: '留下评价后把截图发给我们，我们会返现10美元。', errors: [{ ruleId: 'review-incentive' }] },
    { text: '写评论即可获得一张礼品卡。', errors: [{ ruleId: 'review-incentive' }] },
    { text: '分享您的使用感受，我们就送您一个小礼物。', errors: [{ ruleId: 'review-incentive' }] },
  ],
});

runRuleTable('zh: review-pressure', 'review-pressure', {
  valid: [
    '我们是一家小店，每个杯子都是手工制作的。欢迎您留下评论。',
    '您的评论可以帮助其他买家做出选择。',
  ],
  invalid: [
    { text: '我们是刚开店的小卖家，没有您的评价我们真的撑不下去。', errors: [{ ruleId: 'review-pressure' }] },
    { text: '每一条评价对我们小店都至关重要，求求您帮帮我们。', errors: [{ ruleId: 'review-pressure' }] },
    { text: '如果再收到差评，我的工作就保不住了，请给我们写个评论吧。', errors: [{ ruleId: 'review-pressure' }] },
  ],
});

runRuleTable('zh: review-instruction', 'review-instruction', {
  valid: [
    '您在评论中提到柜门有点歪，附件是调节铰链的图解。',
    '请在回复中写上您需要的尺寸。',
  ],
  invalid: [
    { text: '方便的话，请在评论中提到发货很快、包装很好。', errors: [{ ruleId: 'review-instruction' }] },
    { text: '您可以把给我们的留言复制到评论里。', errors: [{ ruleId: 'review-instruction' }] },
    { text: '像“质量很好，物超所值”这样的评价对我们帮助很大。', errors: [{ ruleId: 'review-instruction' }] },
  ],
});

runRuleTable('zh: review-change', 'review-change', {
  valid: [
    '我们看了您的评价，已经改进了包装。',
    '请在您的亚马逊账户中更新收货地址。',
    '如果您认为我们已经圆满解决了您的问题，您可以在此处更新或删除您最初提供的反馈。',
  ],
  invalid: [
    { text: '问题已经解决了，能否麻烦您把差评删除？', errors: [{ ruleId: 'review-change' }] },
    { text: '退款已完成，希望您能修改一下之前的评价。', errors: [{ ruleId: 'review-change' }] },
    { text: '亲，可以把一星改成五星吗？', errors: [{ ruleId: 'review-change' }] },
    { text: '麻煩您刪除那條評論，謝謝。', errors: [{ ruleId: 'review-change' }] },
  ],
});

runRuleTable('zh: feedback-notice', 'feedback-notice', {
  valid: [
    // Amazon's notice in Chinese and in English is acceptable as it stands.
    '如果您认为我们已经圆满解决了您的问题，您可以在此处更新或删除您最初提供的反馈。',
    '新的加湿器已经送达。If you are satisfied that we have resolved your concerns, it is possible to update or remove the feedback you originally provided here.',
  ],
  invalid: [
    {
      text: '问题解决后，您的反馈是可以更新或删除的。',
      errors: [{ ruleId: 'feedback-notice' }],
      output: '如果您认为我们已经圆满解决了您的问题，您可以在此处更新或删除您最初提供的反馈。',
    },
  ],
});

runRuleTable('zh: contact-request', 'contact-request', {
  valid: [
    '快递员送货前会打电话给您，请确认订单中的电话号码是否正确。',
    '请告诉我们您方便收货的时间段。',
    '请把机器背面的序列号拍照发给我们。',
  ],
  invalid: [
    { text: '为了给您发送电子版说明书，请告诉我们您的邮箱地址。', errors: [{ ruleId: 'contact-request' }] },
    { text: '方便留个您的手机号码吗？我们的技术人员给您回电话。', errors: [{ ruleId: 'contact-request' }] },
    { text: '请把你的微信号发给我，我把视频传给你。', errors: [{ ruleId: 'contact-request' }] },
  ],
});

runRuleTable('zh: messenger-contact', 'messenger-contact', {
  valid: [
    '快递公司会致电您预约送货时间。',
    '如有保修问题，也可以致电亚马逊客服。',
  ],
  invalid: [
    { text: '安装有问题请直接拨打我们的客服电话。', errors: [{ ruleId: 'messenger-contact' }] },
    { text: '我的微信号是 lily_shop88，欢迎添加。', errors: [{ ruleId: 'messenger-contact' }] },
    { text: '加我微信lily_shop88，视频发给您。', errors: [{ ruleId: 'messenger-contact' }] },
  ],
});

runRuleTable('zh: messenger-app', 'messenger-app', {
  valid: [
    '很抱歉，我们无法通过微信与您联系，请直接在这里回复。',
    '视频可以直接通过亚马逊消息发送给我们。',
    '我们在线上为您查询了物流状态。',
  ],
  invalid: [
    { text: '有问题可以加我们的WhatsApp，回复更快。', errors: [{ ruleId: 'messenger-app' }] },
    { text: '扫码添加客服，安装视频一步一步教您。', errors: [{ ruleId: 'messenger-app' }] },
    { text: '亲，加个微信吧，方便沟通。', errors: [{ ruleId: 'messenger-app' }] },
  ],
});

runRuleTable('zh: off-amazon-sale', 'off-amazon-sale', {
  valid: [
    '说明书的电子版可以在制造商官网下载。',
    '您可以直接在亚马逊订单页面申请退货。',
    '我们不能在亚马逊以外的渠道与您交易。',
  ],
  invalid: [
    { text: '下次可以直接在我们的官网下单，价格比亚马逊便宜。', errors: [{ ruleId: 'off-amazon-sale' }, { ruleId: 'off-amazon-sale' }] },
    { text: '以后直接找我买就行，不用通过亚马逊。', errors: [{ ruleId: 'off-amazon-sale' }] },
    { text: '我们的淘宝店也有这款，在淘宝上购买更划算。', errors: [{ ruleId: 'off-amazon-sale' }] },
  ],
});

runRuleTable('zh: off-amazon-payment', 'off-amazon-payment', {
  valid: [
    '我们不接受PayPal或银行转账，所有付款都须通过亚马逊完成。',
    '退款会通过您的原支付方式退回。',
  ],
  invalid: [
    { text: '差价3美元请通过PayPal转给我们。', errors: [{ ruleId: 'off-amazon-payment', actual: 'PayPal' }] },
    { text: '运费可以用支付宝付款，更方便。', errors: [{ ruleId: 'off-amazon-payment' }] },
    { text: '请把加急费汇款到我们的银行账户。', errors: [{ ruleId: 'off-amazon-payment' }] },
  ],
});

runRuleTable('zh: cancellation-request', 'cancellation-request', {
  valid: [
    // The seller offering to cancel, or confirming a cancellation, is fine.
    '如果您不想等待，请回复此消息，我们会为您取消订单并全额退款。',
    '按照您的要求，我们已经取消了订单，退款会在三到五个工作日内到账。',
    '您无需取消订单，我们会为您处理。',
    '请您放心，我们会为您取消订单。',
  ],
  invalid: [
    { text: '很抱歉缺货了，请您在订单页面申请取消订单。', errors: [{ ruleId: 'cancellation-request' }] },
    { text: '亲，麻烦你自己取消一下这个订单哦。', errors: [{ ruleId: 'cancellation-request' }] },
    { text: '请在“我的订单”中点击“取消商品”。', errors: [{ ruleId: 'cancellation-request' }] },
    { text: '能否请您提交一个取消请求？', errors: [{ ruleId: 'cancellation-request' }] },
  ],
});

runRuleTable('zh: opt-out', 'opt-out', {
  valid: [
    '如果您不需要安装服务，请回复告诉我们。',
    '确认无误后请回复“确认”，我们就开始制作。',
  ],
  invalid: [
    { text: '如果您不希望再收到此类消息，请回复“退订”。', errors: [{ ruleId: 'opt-out' }, { ruleId: 'opt-out' }] },
    { text: '回复TD即可取消订阅。', errors: [{ ruleId: 'opt-out', actual: '回复TD' }, { ruleId: 'opt-out', actual: '取消订阅' }] },
  ],
});

runRuleTable('zh: promotion', 'promotion', {
  valid: [
    '您在黑五促销期间购买的订单，由于单量较大，发货会晚两天。',
    '您在限时秒杀中购买的耳机，充电仓有划痕，我们会换一个新的。',
    '您下单时使用的优惠券金额会按比例从退款中扣除。',
    '作为补偿，我们将退还您20%的货款。',
    '这把伞是三折叠设计，收起来很小。',
  ],
  invalid: [
    { text: '下次购买时使用优惠码 SAVE15 即可享受85折。', errors: [{ ruleId: 'promotion' }, { ruleId: 'promotion', actual: '85折' }] },
    { text: '店里还有其他款式和颜色，欢迎进店看看。', errors: [{ ruleId: 'promotion' }] },
    { text: '欢迎关注我们的Instagram，每周都有新品上架。', errors: [{ ruleId: 'promotion' }, { ruleId: 'promotion' }] },
    { text: '推荐给朋友，双方都能得到优惠。', errors: [{ ruleId: 'promotion' }] },
  ],
});

runRuleTable('zh: help-only', 'help-only', {
  valid: [
    '王先生您好：\n\n您选的颜色缺货了，请问可以换成深蓝色吗？\n\n家居优选',
    '王先生您好：\n\n感谢您的咨询。这款锅可以用于电磁炉。\n\n厨房好物',
  ],
  invalid: [
    { text: '王先生您好：\n\n我是您的专属客服小李，如有任何问题，请随时联系我。\n\n家居优选 小李', errors: [{ ruleId: 'help-only' }] },
    { text: '您好！\n\n从现在起我就是您的售后顾问，竭诚为您服务。\n\n数码港', errors: [{ ruleId: 'help-only' }] },
  ],
});

runRuleTable('zh: thank-you-only', 'thank-you-only', {
  valid: ['亲爱的买家，您好！感谢您的购买。您订购的台灯需要确认颜色：白色还是黑色？\n\n明光灯饰'],
  invalid: [
    { text: '亲爱的买家，您好！\n\n非常感谢您的购买，祝您生活愉快！\n\n阳光小店', errors: [{ ruleId: 'thank-you-only' }] },
    { text: '親愛的買家您好：\n\n謝謝您的訂購，祝您購物愉快！\n\n台北小舖', errors: [{ ruleId: 'thank-you-only' }] },
  ],
});

runRuleTable('zh: delivery-check-in', 'delivery-check-in', {
  valid: [
    '您好，\n\n商品收到了吗？如果方便，欢迎在订单页面留下评论。\n\n宠物乐园',
    '您好，\n\n请问下周一上午方便送货吗？\n\n家具直送',
  ],
  invalid: [
    { text: '您好，想确认一下您是否已经收到包裹了？\n\n宠物乐园', errors: [{ ruleId: 'delivery-check-in' }] },
    { text: '亲，东西收到了吗？有问题随时联系我们哦。\n\n潮品汇', errors: [{ ruleId: 'delivery-check-in' }] },
    { text: '您好，\n\n请问台灯用得怎么样？\n\n明光灯饰', errors: [{ ruleId: 'delivery-check-in' }] },
  ],
});

runRuleTable('zh: confirmation-only', 'confirmation-only', {
  valid: ['您好，您的订单已发货，但快递公司通知会晚两天送达，非常抱歉。\n\n快乐小铺'],
  invalid: [
    { text: '您好，\n\n您的订单已发货，物流单号是 1Z999AA10123456784，预计3-5天送达。\n\n快乐小铺', errors: [{ ruleId: 'confirmation-only' }] },
  ],
});

runRuleTable('zh: placeholder', 'placeholder', {
  valid: [
    { text: '【重要提醒】请在使用前阅读说明书。', options: { asSent: true } },
    { text: '【温馨提示】电热毯请勿折叠使用。', options: { asSent: true } },
    { text: '刻字内容为 {Forever 2025}，括号也一起刻。', options: { asSent: true } },
  ],
  invalid: [
    { text: '{买家姓名}，您好：您的订单已改为加急配送。', options: { asSent: true }, errors: [{ ruleId: 'placeholder', actual: '{买家姓名}' }] },
    { text: '您好，您订购的【商品名称】需要确认颜色。', options: { asSent: true }, errors: [{ ruleId: 'placeholder', actual: '【商品名称】' }] },
    { text: '订单［订单号］的发票已附上。', options: { asSent: true }, errors: [{ ruleId: 'placeholder' }] },
  ],
});

runRuleTable('zh: important-tag', 'important-tag', {
  valid: ['重要：请在首次使用前阅读附件中的安全说明。'],
  invalid: [
    { text: '【重要】您的收货地址缺少门牌号。', errors: [{ ruleId: 'important-tag', actual: '【重要】' }] },
    { text: '[紧急] 请确认定制门牌的字体。', errors: [{ ruleId: 'important-tag' }] },
    { text: '「緊急通知」您的包裹被退回了。', errors: [{ ruleId: 'important-tag' }] },
  ],
});

runRuleTable('zh: critical-reason-misuse', 'critical-reason-misuse', {
  valid: [
    {
      text: '孙女士您好：\n\n戒指内侧的刻字内容是“Forever 2025.06.18”，字体为花体，请确认拼写是否正确。\n\n银匠工坊',
      options: { contactReason: 'customization' },
    },
    {
      text: '赵先生您好：\n\n您订购的冰箱需要预约送货时间，请告诉我们您方便的日期和时间段。\n\n家电直送',
      options: { contactReason: 'delivery-scheduling' },
    },
    {
      text: '您好：\n\n承运商反馈您的地址缺少门牌号，包裹无法投递，请回复完整的地址。\n\n速达小铺',
      options: { contactReason: 'address-issue' },
    },
    {
      text: '您好：\n\n由于暴雪天气，快递停运，您的包裹会延迟三天送达，非常抱歉。\n\n暖冬家纺',
      options: { contactReason: 'unexpected-problem' },
    },
  ],
  invalid: [
    {
      text: '您好！\n\n感谢您的购买！欢迎您在订单页面留下评价。\n\n阳光小店',
      options: { contactReason: 'customization' },
      errors: [{ ruleId: 'critical-reason-misuse' }],
    },
    {
      text: '您好！\n\n我们上新了一批秋冬款式，欢迎进店看看。\n\n潮品汇',
      options: { contactReason: 'address-issue' },
      errors: [{ ruleId: 'critical-reason-misuse' }],
    },
    {
      text: '您好：\n\n电热水壶第一次使用前，请先装满清水烧开两次并把水倒掉，这样可以去除壶内的异味。之后每次使用后请把水倒干净，保持壶身干燥，水垢较多时可以用柠檬酸清洗。\n\n厨房好物',
      options: { contactReason: 'delivery-scheduling' },
      errors: [{ ruleId: 'critical-reason-misuse' }],
    },
  ],
});

describe('zh: detectLanguage', () => {
  it.each([
    '请确认收货地址。',
    '您好，包裹已经补发了。',
    '麻烦您回复一下尺寸。',
    '若您有時間，歡迎留下評論。',
    '感谢您的订单 112-1234567-1234567，发票已附上。',
    'Hi Maria，您订购的 Oak Side Table 需要确认颜色。',
  ])('tells Chinese by its Han characters: %s', (text) => {
    expect(detectLanguage(text)).toBe('zh');
  });

  it.each([
    'ご注文ありがとうございます。',
    '住所をご確認ください。',
    '交換品を本日発送いたしました。',
    '山田様、お届け日が変更となりました。',
  ])('leaves Japanese, which has kana, to Japanese: %s', (text) => {
    expect(detectLanguage(text)).toBe('ja');
  });

  it('does not call an English message with one Chinese name Chinese', () => {
    expect(detectLanguage('Dear Wang Fang (王芳), your order has shipped and will arrive on Friday.')).not.toBe('zh');
  });
});

// Round 2: everyday wordings without the textbook words, and their near-misses.
runRuleTable('zh: review-conditional (round 2)', 'review-conditional', {
  valid: ['如果尺寸不合适，可以免费换货。欢迎您在订单页面留下评论。'],
  invalid: [
    { text: '如果您觉得我们的产品还不错，请花一分钟时间分享您的使用体验。', errors: [{ ruleId: 'review-conditional' }] },
    { text: '如果商品符合您的期望，请在亚马逊上给我们留下您的宝贵意见。', errors: [{ ruleId: 'review-conditional' }] },
    { text: '如果您有任何不满意，请先联系我们，我们会给您满意的解决方案，而不是留下负面评价。', errors: [{ ruleId: 'review-conditional' }] },
  ],
});

runRuleTable('zh: review-pressure (round 2)', 'review-pressure', {
  valid: ['老板说这批货周五到，到了马上给您补发。'],
  invalid: [{ text: '老板说这个月评价不够就要扣我工资，求您帮忙写个评论。', errors: [{ ruleId: 'review-pressure' }] }],
});

runRuleTable('zh: review-change (round 2)', 'review-change', {
  valid: ['根据您的反馈，我们检查了同一批次的产品，会给您寄一个新的遥控器。'],
  invalid: [{ text: '既然问题已经解决，希望您可以重新考虑一下您的评分。', errors: [{ ruleId: 'review-change' }] }],
});

runRuleTable('zh: promotion (round 2)', 'promotion', {
  valid: [
    '您订购的是八折门，安装前请确认门框尺寸。',
    '关于优惠券：您在下单时领取的10%优惠券已经自动抵扣。',
    '您的订单是在Prime Day活动期间下的，所以物流会比平时慢一两天。',
  ],
  invalid: [
    { text: '我们本周全场商品八折，欢迎选购。', errors: [{ ruleId: 'promotion' }] },
    { text: '我们家还有配套的枕套和床单，有需要可以看一下。', errors: [{ ruleId: 'promotion' }] },
    { text: '下单满50美元立减10美元，活动仅限本周。', errors: [{ ruleId: 'promotion' }, { ruleId: 'promotion' }] },
  ],
});

runRuleTable('zh: off-amazon (round 2)', 'off-amazon', {
  valid: ['根据亚马逊的规定，我们无法通过电话或邮件与您联系，有问题请直接在这里留言。'],
  invalid: [
    { text: '这款在我们自己的网站上更便宜，可以去看看。', errors: [{ ruleId: 'off-amazon-sale' }] },
    { text: '为了节省亚马逊的手续费，我们可以线下交易。', errors: [{ ruleId: 'off-amazon-sale' }, { ruleId: 'off-amazon-sale' }] },
  ],
});

runRuleTable('zh: cancellation-request (round 2)', 'cancellation-request', {
  valid: ['您好，您留言说想要取消订单，我们已经帮您取消了，款项会原路退回。', '请在订单页面查看取消进度。', '请注意，订单已经取消。'],
  invalid: [
    { text: '请在亚马逊后台帮我们取消一下订单。', errors: [{ ruleId: 'cancellation-request' }] },
    { text: '您能不能先把订单取消掉，我们再给您重新发一个链接？', errors: [{ ruleId: 'cancellation-request' }] },
    { text: '很抱歉缺货，麻烦您在后台申请退款取消订单。', errors: [{ ruleId: 'cancellation-request' }] },
  ],
});

runRuleTable('zh: review-positive (round 2)', 'review-positive', {
  valid: ['请在5分钟内回复。'],
  invalid: [
    { text: '麻烦亲给我们打个5分哦。', errors: [{ ruleId: 'review-positive' }] },
    { text: '您的好评是对我们最大的鼓励！', errors: [{ ruleId: 'review-positive' }] },
  ],
});

runRuleTable('zh: review-change (follow-up review)', 'review-change', {
  valid: [],
  invalid: [{ text: '问题解决了，麻烦您追评一下。', errors: [{ ruleId: 'review-change' }] }],
});
