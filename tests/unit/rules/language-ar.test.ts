/**
 * Arabic phrase data (lib/rules/phrases/ar.ts): for every rule that Arabic phrases feed, cases
 * that must be found and near-misses that must not, in the registers sellers on amazon.ae,
 * amazon.sa and amazon.eg write (Modern Standard Arabic, Gulf and Egyptian colloquial), with the
 * attached prefixes (و ف ب ل ال) and the spelling variants (أ/ا، ة/ه، ى/ي) they type.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../lib/rules/index.ts';
import { runRuleTable } from './tester.ts';

const order = '408-1234567-1234567';

runRuleTable('ar: promotion', 'promotion', {
  valid: [
    'تم السحب على بطاقتك مرتين بالخطأ، وسنرد المبلغ الزائد اليوم.',
    'تم سحب المنتج من السوق بسبب عيب، وسنرد لك المبلغ.',
    'الكوبون الذي فعّلته في صفحة المنتج خصمناه من المبلغ المسترد.',
    'تأخر الشحن بسبب ضغط الطلبات خلال تخفيضات الجمعة البيضاء، وسيصلك طلبك يوم الأحد.',
    'الشاحن يعمل مع أجهزة أخرى أيضًا، لكن نوصي بالكابل الأصلي.',
    'سنرسل لك مجموعة جديدة من البراغي مجانًا.',
    'أرسلنا لك تصاميم أخرى للاختيار قبل الطباعة: أيها تفضل؟',
    'لدينا قطع غيار أخرى في المستودع وسنرسلها لك اليوم.',
    'خدمة ما بعد البيع متاحة عبر رسائل أمازون.',
    'سنرسل لك منتجًا جديدًا بدل التالف خلال يومين.',
    'جميع منتجاتنا مشمولة بضمان لمدة سنة.',
    'شكرًا لطلبك من متجرنا على أمازون. نحتاج تأكيد المقاس قبل الشحن.',
    'قد تحتاج إلى مفك صغير لتركيب الرف.',
    'تم سحب المنتج من الدفعة 24B لأسباب تتعلق بالسلامة، وسنرسل بديلًا.',
    'بخصوص الطلب التالي: 408-1234567-1234567، نحتاج العنوان كاملًا.',
    `مرفقة فاتورة البيع الخاصة بطلبك ${order}.`,
    'نعتذر عن الخطأ، وسنرد لك خصم 20% من قيمة الطلب كتعويض.',
    'هل تفضّل اللون الأسود أم الذهبي للإطار؟',
    'سنرسل لك المنتج البديل مجانًا خلال يومين.',
  ],
  invalid: [
    { text: 'سجل في نادي عملائنا واحصل على نقاط مع كل طلب.', errors: [{ ruleId: 'promotion' }, { ruleId: 'promotion' }] },
    { text: 'تقدر تلاقي منتجات تانية حلوة في صفحتنا على أمازون.', errors: [{ ruleId: 'promotion' }] },
    { text: 'اشترِ قطعتين واحصل على الثالثة مجانًا.', errors: [{ ruleId: 'promotion' }] },
    { text: 'استخدم كود الخصم SAVE10 في طلبك القادم.', errors: [{ ruleId: 'promotion' }, { ruleId: 'promotion' }] },
    { text: 'تابعونا على انستقرام لتصلكم أحدث العروض.', errors: [{ ruleId: 'promotion' }] },
    { text: 'وصلت تشكيلة جديدة في متجرنا على أمازون، شوفيها!', errors: [{ ruleId: 'promotion' }] },
    { text: 'لا تفوّت تخفيضات الجمعة البيضاء على كل منتجاتنا.', errors: [{ ruleId: 'promotion' }, { ruleId: 'promotion' }] },
    { text: 'احصل على خصم 15% عند الشراء مرة أخرى.', errors: [{ ruleId: 'promotion' }, { ruleId: 'promotion' }] },
  ],
});

runRuleTable('ar: review-positive', 'review-positive', {
  valid: [
    'مرحبًا، سعدنا بتقييمك الإيجابي، ونتمنى أن نكون عند حسن ظنك دائمًا.',
    'شكرًا لك على تقييمك الإيجابي، سعدنا به كثيرًا.',
    'يسعدنا أن تشاركنا رأيك في تقييم على أمازون.',
    'الطاولة متوفرة بخمس درجات من اللون البني.',
  ],
  invalid: [
    {
      text: 'نرجو أن تترك لنا تقييمًا إيجابيًا.',
      errors: [{ ruleId: 'review-positive', actual: 'تقييمًا إيجابيًا' }],
      output: 'نرجو أن تترك لنا تقييمًا.',
    },
    { text: 'ياريت تقيمنا خمس نجوم.', errors: [{ ruleId: 'review-positive' }] },
    { text: 'ممكن تكتب لنا تقييم حلو على أمازون؟', errors: [{ ruleId: 'review-positive' }] },
    { text: 'نتمنى منك تقييم ممتاز للمنتج.', errors: [{ ruleId: 'review-positive' }] },
    { text: 'اذكر في تقييمك سرعة التوصيل.', errors: [{ ruleId: 'review-positive' }] },
    { text: 'في تقييمك اذكر من فضلك جودة التغليف.', errors: [{ ruleId: 'review-positive' }] },
  ],
});

runRuleTable('ar: review-conditional', 'review-conditional', {
  valid: [
    'نرجو ان تكون راضيًا عن المنتج، ونتمنى أن تشاركنا رأيك في تقييم على أمازون.',
    'إن شاء الله تكون مبسوط بالمنتج، ويسعدنا تقييمك.',
    'لو عندك وقت نكون سعداء بتقييمك على أمازون.',
    'يسعدنا أن تشارك تجربتك مع المنتج في تقييم على أمازون.',
    'إذا لم يعجبك اللون، نستبدله لك مجانًا. ونرحب بتقييمك الصادق في أي وقت.',
    'إذا كنت راضيًا عن حلّنا لما واجهته من مشكلة، فبإمكانك تحديث الملاحظات التي قدّمتها في الأصل أو إزالتها من هنا.',
  ],
  invalid: [
    { text: 'لو فيه أي مشكلة كلمنا قبل ما تقيم.', errors: [{ ruleId: 'review-conditional' }] },
    { text: 'إذا حبيت المنتج قيّمنا.', errors: [{ ruleId: 'review-conditional' }] },
    { text: 'إذا كنت راضيًا عن المنتج، نرجو أن تترك لنا تقييمًا.', errors: [{ ruleId: 'review-conditional' }] },
    { text: 'لو عجبك الطقم ياريت تكتب لنا رأيك على أمازون.', errors: [{ ruleId: 'review-conditional' }] },
    { text: 'في حال نال المنتج إعجابك، شاركنا تقييمك.', errors: [{ ruleId: 'review-conditional' }] },
    { text: 'إذا واجهت أي مشكلة تواصل معنا أولًا قبل كتابة أي تقييم.', errors: [{ ruleId: 'review-conditional' }] },
    { text: 'هل أنت سعيد بالمنتج؟ اترك لنا تقييمك على أمازون.', errors: [{ ruleId: 'review-conditional' }] },
  ],
});

runRuleTable('ar: review-incentive', 'review-incentive', {
  valid: [
    'بعد مراجعة المنتج المرتجع في المستودع سيتم استرداد المبلغ كاملًا.',
    'بعد تقييم حالة الجهاز سنرسل لك تعويضًا عن العطل.',
    'نعتذر عن الكسر وسنرسل بديلًا مجانيًا، ونرحب بتقييمك بعد ذلك.',
    'رددنا لك مبلغ الشحن كاملًا تعويضًا عن التأخير.',
  ],
  invalid: [
    { text: 'سنرسل لك منتجًا مجانيًا إذا تركت تقييمًا.', errors: [{ ruleId: 'review-incentive' }] },
    { text: 'بعد كتابة تقييمك أرسل لنا صورة منه وسنرسل لك هدية مجانية.', errors: [{ ruleId: 'review-incentive' }] },
    { text: 'نقدم بطاقة هدايا بقيمة 50 درهم لكل من يترك تقييمًا.', errors: [{ ruleId: 'review-incentive' }] },
    { text: 'كل من يكتب رأيه على صفحة المنتج يحصل على خصم خاص.', errors: [{ ruleId: 'review-incentive' }] },
  ],
});

runRuleTable('ar: review-pressure', 'review-pressure', {
  valid: [
    'رأيك يهمنا، ونرحب بتقييمك على أمازون.',
    'ساعدنا بإرسال صورة للعيب. ونرحب بتقييمك بعد ذلك.',
    'لا تنسَ إرفاق صورة الفاتورة. ونرحب بتقييمك على أمازون.',
    'التصميم عملي جدًا للمساحات الصغيرة. ويسعدنا رأيك في تقييم.',
    'نحن ورشة عائلية نصنع كل قطعة يدويًا. ويسعدنا رأيك في تقييم على أمازون.',
    'يساعد تقييمك المشترين الآخرين على الاختيار.',
  ],
  invalid: [
    { text: 'إحنا محل صغير والتقييم السلبي بيقفل المحل.', errors: [{ ruleId: 'review-pressure' }] },
    { text: 'كل تقييم بيساعدنا نكمل، متجرنا صغير جدا.', errors: [{ ruleId: 'review-pressure' }] },
    { text: 'نحن متجر صغير ونعتمد على تقييماتكم لنستمر.', errors: [{ ruleId: 'review-pressure' }] },
    { text: 'مشروعنا الصغير يعتمد على تقييمك، فلا تنسانا.', errors: [{ ruleId: 'review-pressure' }] },
    { text: 'ما زلنا ننتظر تقييمك للمنتج.', errors: [{ ruleId: 'review-pressure' }] },
  ],
});

runRuleTable('ar: review-instruction', 'review-instruction', {
  valid: ['شكرًا على كلماتك اللطيفة! يسعدنا تقييمك على أمازون.', 'اكتب لنا عدد الكراسي التي تحتاجها.'],
  invalid: [
    { text: 'انسخ كلماتك اللطيفة في تقييم على أمازون.', errors: [{ ruleId: 'review-instruction' }] },
  ],
});

runRuleTable('ar: review-change', 'review-change', {
  valid: [
    { text: 'مرحبًا، إذا كنت راضيًا عن الطريقة التي حللنا بها مشكلتك، يمكنك تحديث التقييم الذي تركته للبائع أو إزالته من هنا.' },
    'قرأنا تقييمك وحسّنّا التغليف بناءً عليه.',
    'يرجى تعديل عنوان التوصيل من حسابك على أمازون.',
    'إذا كنت راضيًا عن حلّنا لما واجهته من مشكلة، فبإمكانك تحديث الملاحظات التي قدّمتها في الأصل أو إزالتها من هنا.',
  ],
  invalid: [
    { text: 'ممكن تشيل النجمة الواحدة وتحط خمسة؟', errors: [{ ruleId: 'review-change' }] },
    { text: 'هل من الممكن حذف التعليق السلبي الذي كتبته؟', errors: [{ ruleId: 'review-change' }] },
    { text: 'هل يمكنك تعديل تقييمك الآن بعد حل المشكلة؟', errors: [{ ruleId: 'review-change' }] },
    { text: 'نرجو حذف التقييم السلبي.', errors: [{ ruleId: 'review-change' }] },
    { text: 'ممكن تشيل التقييم بعد ما رجعنالك الفلوس؟', errors: [{ ruleId: 'review-change' }] },
    { text: 'ياريت ترفع عدد النجوم.', errors: [{ ruleId: 'review-change' }] },
  ],
});

runRuleTable('ar: feedback-notice', 'feedback-notice', {
  valid: [
    // Amazon's notice in Arabic and in English is acceptable as it stands.
    'إذا كنت راضيًا عن حلّنا لما واجهته من مشكلة، فبإمكانك تحديث الملاحظات التي قدّمتها في الأصل أو إزالتها من هنا.',
    'وصلك البديل. If you are satisfied that we have resolved your concerns, it is possible to update or remove the feedback you originally provided here.',
    // A plea is not a neutral notice: it stays a review-change error.
    'بعد حل المشكلة، ممكن تحدث تقييمك للبائع؟',
  ],
  invalid: [
    {
      text: 'إذا كنت راضيًا عن الطريقة التي حللنا بها مشكلتك، يمكنك تحديث التقييم الذي تركته للبائع أو إزالته من هنا.',
      errors: [{ ruleId: 'feedback-notice' }],
      output: 'إذا كنت راضيًا عن حلّنا لما واجهته من مشكلة، فبإمكانك تحديث الملاحظات التي قدّمتها في الأصل أو إزالتها من هنا.',
    },
  ],
});

runRuleTable('ar: contact-request', 'contact-request', {
  valid: [
    'سيتصل بك مندوب التوصيل على رقم الجوال المسجل في الطلب.',
    'هل رقم جوالك المسجل للتوصيل ما زال صحيحًا؟ يحتاجه المندوب لتسليم الكنبة.',
  ],
  invalid: [
    { text: 'أرسلي لنا بريدك الإلكتروني حتى نرسل لك الدليل.', errors: [{ ruleId: 'contact-request' }] },
    { text: 'ما هو رقم جوالك لنتواصل معك؟', errors: [{ ruleId: 'contact-request' }] },
    { text: 'نحتاج رقمك عشان نكلمك بخصوص القطعة.', errors: [{ ruleId: 'contact-request' }] },
  ],
});

runRuleTable('ar: messenger-contact', 'messenger-contact', {
  valid: [
    `رقم الطلب ${order} ورقم الفاتورة INV-2026-0412، ورقمنا الضريبي 300123456700003.`,'يرجى التواصل مع مندوب أرامكس لتحديد وقت التسليم.'],
  invalid: [
    { text: 'اتصل بنا على الرقم المذكور في الفاتورة.', errors: [{ ruleId: 'messenger-contact' }] },
    { text: 'تواصل معنا مباشرة على الجوال.', errors: [{ ruleId: 'messenger-contact' }] },
  ],
});

runRuleTable('ar: messenger-app', 'messenger-app', {
  valid: ['لا نتواصل عبر الواتساب، كل المراسلات تتم هنا على أمازون.'],
  invalid: [
    { text: 'راسلنا على الواتساب لنرسل لك الفيديو.', errors: [{ ruleId: 'messenger-app' }] },
    { text: 'كلمني على الخاص في انستقرام.', errors: [{ ruleId: 'messenger-app' }] },
    { text: 'أضفنا على تيليجرام لمتابعة طلبك.', errors: [{ ruleId: 'messenger-app' }] },
  ],
});

runRuleTable('ar: off-amazon-sale', 'off-amazon-sale', {
  valid: [
    'نعتذر عن التأخير، فقد تم شحن طلبك من عندنا مباشرة اليوم بدل المستودع.',
    'سنشحن لك البديل مباشرة من عندنا خلال يومين.',
    'حمّل تطبيقنا للتحكم بالمصباح من هاتفك.',
    'لا نبيع خارج أمازون، ويمكنك طلب القطعة الإضافية من صفحة المنتج.',
    'موقعنا في دبي، والشحن يتم من مستودع أمازون.',
  ],
  invalid: [
    { text: 'نبيع نفس المنتج على موقعنا بسعر أقل.', errors: [{ ruleId: 'off-amazon-sale' }] },
    { text: 'اطلب مباشرة منا بسعر أقل في المرة القادمة.', errors: [{ ruleId: 'off-amazon-sale' }] },
    { text: 'المنتج متوفر على موقعنا بسعر أرخص.', errors: [{ ruleId: 'off-amazon-sale' }] },
    { text: 'نبيع أرخص من أمازون في متجرنا الإلكتروني.', errors: [{ ruleId: 'off-amazon-sale' }] },
  ],
});

runRuleTable('ar: off-amazon-payment', 'off-amazon-payment', {
  valid: [
    'لا تدفع أي مبلغ عبر باي بال أو تحويل بنكي، فكل المدفوعات تتم عبر أمازون.',
    'سيتم استرداد المبلغ بشكل فوري بعد استلام المرتجع.',
    'لا نقبل التحويل البنكي، فكل المدفوعات تتم عبر أمازون.',
    'اخترت الدفع عند الاستلام، فيرجى تجهيز المبلغ للمندوب.',
    'ادفع للمندوب نقدًا عند الاستلام كما اخترت في طلبك.',
  ],
  invalid: [
    { text: 'حوّل المبلغ على الآيبان SA0380000000608010167519.', errors: [{ ruleId: 'off-amazon-payment' }] },
    { text: 'يمكنك الدفع عن طريق تحويل بنكي إلى حسابنا.', errors: [{ ruleId: 'off-amazon-payment' }] },
    { text: 'حول لنا المبلغ على فودافون كاش ونشحن فورًا.', errors: [{ ruleId: 'off-amazon-payment' }, { ruleId: 'off-amazon-payment' }] },
    { text: 'ادفع للفني نقدًا عند التركيب.', errors: [{ ruleId: 'off-amazon-payment' }] },
  ],
});

runRuleTable('ar: cancellation-request', 'cancellation-request', {
  valid: [
    'سنقوم بإلغاء الطلب ورد المبلغ كاملًا اليوم.',
    'لا داعي لإلغاء الطلب، فالقطعة وصلت إلى المستودع.',
    'لو حابة تلغي الطلب بلغينا واحنا نلغيه.',
  ],
  invalid: [
    { text: 'نأمل منك إلغاء الطلب لأننا لن نتمكن من الشحن.', errors: [{ ruleId: 'cancellation-request' }] },
    { text: 'إلغي الطلب من عندك لو سمحت.', errors: [{ ruleId: 'cancellation-request' }] },
    { text: 'أرجو التكرم بإلغاء طلبكم من خلال حسابكم.', errors: [{ ruleId: 'cancellation-request' }] },
    { text: 'يرجى إلغاء الطلب من حسابك.', errors: [{ ruleId: 'cancellation-request' }] },
    { text: 'نرجو منك إلغاء الطلب لأن المنتج غير متوفر.', errors: [{ ruleId: 'cancellation-request' }] },
    { text: 'ممكن حضرتك تلغي الأوردر من عندك؟', errors: [{ ruleId: 'cancellation-request' }] },
    { text: 'قم بطلب إلغاء من صفحة طلباتك.', errors: [{ ruleId: 'cancellation-request' }] },
  ],
});

runRuleTable('ar: opt-out', 'opt-out', {
  valid: ['توقف عن استخدام الجهاز فورًا، وسنرسل لك بديلًا.'],
  invalid: [
    { text: 'عشان تبطل توصلك رسايلنا اضغط على الرابط.', errors: [{ ruleId: 'opt-out' }] },
    { text: 'إذا كنت لا ترغب في تلقي رسائل منا، رد بكلمة توقف.', errors: [{ ruleId: 'opt-out' }, { ruleId: 'opt-out' }] },
    { text: 'لإلغاء الاشتراك اضغط هنا.', errors: [{ ruleId: 'opt-out' }] },
  ],
});

runRuleTable('ar: important-tag', 'important-tag', {
  valid: ['ملاحظة هامة: الشحنة تصل يوم الأحد.'],
  invalid: [
    { text: 'طلبك جاهز', subject: '[هام] بخصوص طلبك', errors: [{ ruleId: 'important-tag', field: 'subject' }] },
    { text: '[عاجل] نحتاج تأكيد المقاس قبل التصنيع.', errors: [{ ruleId: 'important-tag' }] },
  ],
});

runRuleTable('ar: thank-you-only', 'thank-you-only', {
  valid: [`شكرًا لطلبك ${order}. نحتاج تأكيد مقاس الخاتم قبل التصنيع: 16 أم 17؟`],
  invalid: [
    { text: 'أهلا يا محمد، ألف شكر على طلبك، ربنا يخليك. تحياتي، محل السعادة', errors: [{ ruleId: 'thank-you-only' }] },
    { text: 'مرحبًا لمى،\n\nشكرًا جزيلًا لطلبك من متجرنا، ونتمنى أن تنال الشموع إعجابك.\n\nمع أطيب التحيات\nشموع ليلى', errors: [{ ruleId: 'thank-you-only' }] },
    { text: 'هلا أبو محمد، مشكور على ثقتك فينا. تحياتي', errors: [{ ruleId: 'thank-you-only' }] },
  ],
});

runRuleTable('ar: confirmation-only', 'confirmation-only', {
  valid: [`نعتذر، تأخر شحن طلبك ${order} بسبب الأحوال الجوية، ورقم التتبع 4455667788.`],
  invalid: [
    { text: 'عزيزتي، خرج طلبك للتوصيل اليوم ويمكنك تتبعه عبر https://www.aramex.com/track/results?ShipmentNumber=123456 . تحياتنا', errors: [{ ruleId: 'confirmation-only' }] },
    { text: 'مرحبًا، طلبك رقم 408-1234567-1234567 تم تجهيزه وسيتم تسليمه لشركة الشحن غدًا. شكرًا لك', errors: [{ ruleId: 'confirmation-only' }] },
    { text: `عزيزي عبدالله،\n\nتم شحن طلبك رقم ${order} اليوم مع أرامكس، ورقم التتبع هو 4455667788.\n\nتحياتنا`, errors: [{ ruleId: 'confirmation-only' }] },
    { text: 'طلبك في الطريق إليك وسيصلك خلال يومين.\n\nفريق المتجر', errors: [{ ruleId: 'confirmation-only' }] },
  ],
});

runRuleTable('ar: help-only', 'help-only', {
  valid: ['يرجى تأكيد العنوان. وإذا احتجت أي مساعدة فنحن في خدمتك.'],
  invalid: [
    { text: 'أهلًا، نحن هنا لمساعدتك في أي وقت. لا تتردد في التواصل معنا.\n\nفريق الأناقة', errors: [{ ruleId: 'help-only' }] },
  ],
});

runRuleTable('ar: delivery-check-in', 'delivery-check-in', {
  valid: ['هل وصلك الطلب؟ المندوب يقول إنه سلّمه لجارك، فيرجى التأكد.'],
  invalid: [
    { text: 'هلا، إن شاء الله وصلك الطلب سليم؟ تحياتي', errors: [{ ruleId: 'delivery-check-in' }] },
    { text: 'مرحبًا، كيف وجدت المنتج؟ نتمنى أن يكون عند حسن ظنك. متجر الأمل', errors: [{ ruleId: 'delivery-check-in' }] },
    { text: 'مرحبا سارة، هل وصلك الطلب بسلام؟ تحياتنا', errors: [{ ruleId: 'delivery-check-in' }] },
    { text: 'هلا وغلا أبو سعود،\n\nبس حبينا نتطمن هل وصلك الطلب بالسلامة؟\n\nتحياتي', errors: [{ ruleId: 'delivery-check-in' }] },
  ],
});

runRuleTable('ar: placeholder', 'placeholder', {
  valid: [
    { text: 'النقش المطلوب هو {أحمد وليلى} - يرجى تأكيده.', options: { asSent: true } },
    { text: 'مرحبًا [اسم العميل]، طلبك {رقم الطلب} جاهز.', options: { asSent: false } },
  ],
  invalid: [
    {
      text: 'مرحبًا [اسم العميل]، طلبك {رقم الطلب} جاهز للشحن.',
      options: { asSent: true },
      errors: [{ ruleId: 'placeholder', actual: '[اسم العميل]' }, { ruleId: 'placeholder', actual: '{رقم الطلب}' }],
    },
    { text: 'مع التحية\n[اسم البائع]', options: { asSent: true }, errors: [{ ruleId: 'placeholder', actual: '[اسم البائع]' }] },
  ],
});

runRuleTable('ar: critical-reason-misuse', 'critical-reason-misuse', {
  valid: [
    {
      text: `مرحبًا، شركة الشحن أعادت الطرد ${order} لأنها لم تجد المنزل. هل يمكنك إرسال وصف أقرب معلم؟`,
      options: { contactReason: 'address-issue' },
    },
    {
      text: `مرحبًا، اكتشفنا أن اللون المرسل في الطلب ${order} يختلف عن الصورة، وسنرسل اللون الصحيح غدًا.`,
      options: { contactReason: 'unexpected-problem' },
    },
    {
      text: `مرحبًا سارة،\n\nنعتذر لوصول الإبريق مكسورًا في الطلب ${order}. سنرسل بديلًا خلال يومين.\n\nفخار الشرق`,
      options: { contactReason: 'unexpected-problem' },
    },
    {
      text: `مرحبًا أبو خالد،\n\nالكنبة في طلبك ${order} جاهزة للتوصيل. أي يوم يناسبك الأسبوع القادم، صباحًا أم مساءً؟\n\nأثاث الديار`,
      options: { contactReason: 'delivery-scheduling' },
    },
    {
      text: `مرحبًا مريم،\n\nنود تأكيد الاسم المطلوب نقشه على السوار في الطلب ${order}: «مريم» بالخط الديواني.\n\nورشة الفضة`,
      options: { contactReason: 'customization' },
    },
    {
      text: `أهلًا هند،\n\nالعنوان في الطلب ${order} ينقصه رقم المبنى واسم الحي. نرجو الرد بالعنوان الوطني كاملًا.\n\nمتجر العطور`,
      options: { contactReason: 'address-issue' },
    },
  ],
  invalid: [
    {
      text: `مرحبًا فيصل،\n\nنرجو أن تكون مستمتعًا بالمكتب الجديد من الطلب ${order}. نرحب بتقييمك للمنتج على أمازون متى سمح وقتك.\n\nأثاث الخليج`,
      options: { contactReason: 'delivery-scheduling' },
      errors: [{ ruleId: 'critical-reason-misuse' }],
    },
    {
      text: 'مرحبًا لمى،\n\nشكرًا جزيلًا لطلبك من متجرنا، ونتمنى أن تنال الشموع إعجابك.\n\nمع أطيب التحيات',
      options: { contactReason: 'address-issue' },
      errors: [{ ruleId: 'critical-reason-misuse' }],
    },
  ],
});

describe('detectLanguage tells Arabic by its script', () => {
  const cases: [string, string][] = [
    ['شكرًا لطلبك، سيصلك غدًا.', 'ar'],
    ['طلبك جاهز للشحن.', 'ar'],
    ['هل وصلك الطلب؟', 'ar'],
    ['ممكن تأكد العنوان؟', 'ar'],
    [`Order ${order}: شكرًا لك، الطلب في الطريق.`, 'ar'],
    ['Your order ships tomorrow. Thank you for your patience.', 'en'],
    ['Ihre Bestellung wird morgen versendet. Vielen Dank für Ihre Geduld.', 'de'],
    ['ご注文ありがとうございます。明日発送します。', 'ja'],
  ];
  it.each(cases)('%s -> %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('does not take a message with a short Arabic name in Latin text for Arabic', () => {
    expect(detectLanguage('Dear customer, your parcel for علي ships tomorrow. Thank you for your order.')).toBe('en');
  });
});

// A removed number takes the space before it along (the finding's range includes it).
runRuleTable('ar: phone-number (Arabic-Indic digits)', 'phone-number', {
  valid: [
    `رقم الطلب ٤٠٨-١٢٣٤٥٦٧-١٢٣٤٥٦٧، ورقم التتبع ٤٤٥٥٦٦٧٧٨٨٩٩.`,
    'السعر ١٢٣٤٥٦٧ ريال شاملًا الشحن.',
  ],
  invalid: [
    { text: 'للاستفسار اتصل على ٠٥٥١٢٣٤٥٦٧ في أي وقت.', errors: [{ ruleId: 'phone-number', actual: ' ٠٥٥١٢٣٤٥٦٧' }] },
    { text: 'جوالي ۰۵۰۱۲۳۴۵۶۷ إذا احتجت شيئًا.', errors: [{ ruleId: 'phone-number', actual: ' ۰۵۰۱۲۳۴۵۶۷' }] },
    { text: 'رقمنا +971 50 123 4567', errors: [{ ruleId: 'phone-number', actual: ' +971 50 123 4567' }] },
  ],
});
