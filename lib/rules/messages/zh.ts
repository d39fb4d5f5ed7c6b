/** Simplified Chinese, in the words of Seller Central's Chinese interface: 买家与卖家消息服务, 联系原因. */
import type { MessageCatalog } from './types.ts';

const KEEP_IN_MESSAGING = '请通过买家与卖家消息服务沟通。';

export const zh: MessageCatalog = {
  rules: {
    'important-tag': {
      title: '“[Important]”标签',
      why: '亚马逊已取消通过添加“[Important]”来绕过买家退订设置的选项；联系原因对完成订单至关重要的消息无论如何都会送达。',
      messages: {
        tag:
          '“{actual}”：亚马逊已取消“[Important]”选项，此标签不再能绕过买家的退订设置，还可能导致消息被拦截。' +
          '如果消息对完成订单至关重要，请改为选择相应的联系原因（商品定制、预约配送或收货地址问题）：' +
          '这些消息即使买家已退订也会送达。',
      },
    },
    promotion: {
      title: '营销和推广',
      why: '买家与卖家消息服务不得用于营销：禁止优惠券、折扣、其他商品、新闻简报、推荐计划或社交媒体链接。',
      messages: {
        phrase: '“{actual}”属于推广内容：买家与卖家消息服务不得用于营销、优惠券或其他商品。',
      },
    },
    'review-positive': {
      title: '索要好评',
      why: '评论请求必须保持中立：不得索要好评或五星评论，也不得告诉买家写什么。',
      messages: {
        phrase: '“{actual}”引导买家给出好评：请以中立的方式请求评论（“欢迎留下评论”），或者不要请求。',
      },
    },
    'review-conditional': {
      title: '有条件的评论请求',
      why: '只请满意的买家留评（“如不满意，请先联系我们”）是不允许的。',
      messages: {
        phrase: '“{actual}”只在买家满意时才请求评论：必须以同样的方式请求每一位买家。',
      },
    },
    'review-incentive': {
      title: '以利益换取评论',
      why: '不得以金钱、退款、礼品卡、免费或打折商品或任何日后的好处换取评论。',
      messages: {
        phrase: '“{actual}”以某种回报换取评论，这是亚马逊所不允许的。',
      },
    },
    'review-change': {
      title: '要求修改或删除评论',
      why: '不得要求买家更新、修改或删除评论或反馈。',
      messages: {
        phrase: '“{actual}”要求买家修改或删除评论或反馈，这是亚马逊所不允许的。',
      },
    },
    'review-pressure': {
      title: '在评论上施压或博取同情',
      why: '评论请求必须保持中立：恳求、博取同情或施加压力（“没有您的评分，我们的小店可能撑不下去”）是不允许的。',
      messages: {
        phrase: '“{actual}”在评论上向买家施压：请只以中立的方式请求一次，或者不要请求。',
      },
    },
    'review-instruction': {
      title: '告诉买家写什么',
      why: '卖家不得告诉买家在评论中写什么，也不得让买家把某些文字复制到评论中。',
      messages: {
        phrase: '“{actual}”告诉买家在评论中写什么，这是亚马逊所不允许的。',
      },
    },
    'feedback-notice': {
      title: '更新反馈的提示',
      why: '问题解决后，亚马逊只接受一条中立的提示，告知买家可以更新或删除其卖家反馈；任何更进一步的措辞都属于违规。',
      messages: {
        phrase:
          '“{actual}”提到修改买家的反馈。亚马逊只接受问题解决后使用其原话的中立提示：“如果您认为我们已经圆满解决了您的问题，您可以在此处更新或删除您最初提供的反馈。”',
      },
    },
    'review-repeat': {
      title: '同一订单的第二次评论请求',
      why: '亚马逊规定每个订单在所有渠道中只能请求一次评论或反馈。',
      messages: {
        repeat: '“{actual}”再次请求评论：此订单的评论请求已于 {date} 发出，亚马逊规定每个订单只能请求一次。',
      },
    },
    'amazon-product-link': {
      title: '指向亚马逊商品、店铺或搜索的链接',
      why: '指向商品详情页、店铺、卖家页面和搜索结果的链接属于商品推广；只允许链接到订单、退货和评论页面。',
      messages: {
        link: '“{actual}”链接到亚马逊的商品、店铺或搜索页面，属于商品推广：只允许链接到订单、退货或评论页面。',
      },
    },
    'external-link': {
      title: '亚马逊以外的链接',
      why: '只允许亚马逊链接、承运商的物流追踪链接以及完成订单所需的安全链接。',
      messages: {
        link: '“{actual}”链接到亚马逊以外的网站：只允许亚马逊页面、承运商的物流追踪链接以及完成订单所需的安全链接。',
        insecureLink:
          '“{actual}”链接到亚马逊以外的网站：只允许亚马逊页面、承运商的物流追踪链接以及完成订单所需的安全链接。而且该链接不安全（http）。',
      },
    },
    'insecure-link': {
      title: '不安全的（http）链接',
      why: '链接必须安全（https）：指南只允许安全链接，不允许不安全的内容。',
      messages: {
        link: '“{actual}”不安全：请使用 https。亚马逊链接和承运商的物流追踪链接是允许的，但必须是安全链接。',
      },
    },
    'link-shortener': {
      title: '短链接',
      why: '短链接会隐藏真实的目标地址；只允许亚马逊链接和承运商的物流追踪链接。',
      messages: {
        link: '“{actual}”是隐藏了目标地址的短链接：只允许亚马逊链接和承运商的物流追踪链接。',
      },
    },
    'email-address': {
      title: '电子邮件地址',
      why: '消息中不得包含电子邮件地址；沟通须在买家与卖家消息服务中进行。',
      messages: {
        address: `“{actual}”是电子邮件地址：消息中不得包含电子邮件地址；${KEEP_IN_MESSAGING}`,
        anonymised: '“{actual}”是买家的亚马逊匿名邮箱地址：消息中不得出现电子邮件地址，而且回复本来就会经由亚马逊送达。',
      },
    },
    'phone-number': {
      title: '电话号码',
      why: '消息中不得包含电话号码；沟通须在买家与卖家消息服务中进行。',
      messages: {
        number: `“{actual}”看起来是电话号码：消息中不得包含电话号码；${KEEP_IN_MESSAGING}`,
      },
    },
    'messenger-contact': {
      title: '即时通讯或直接联系',
      why: '不得把沟通转移到 WhatsApp、电话或亚马逊以外的其他渠道。',
      messages: {
        phrase: '“{actual}”把沟通转移到亚马逊以外：请在买家与卖家消息服务中沟通。',
      },
    },
    'contact-request': {
      title: '索要买家的联系方式',
      why: '卖家不得索要买家的电子邮件地址或电话号码；只可为配送确认配送联系信息。',
      messages: {
        phrase: `“{actual}”索要买家的联系方式：消息中不得这样做，为配送确认配送信息除外；${KEEP_IN_MESSAGING}`,
      },
    },
    'messenger-app': {
      title: '转到即时通讯应用',
      why: '把买家引导到 WhatsApp、微信、Telegram、LINE 或任何亚马逊以外的渠道，属于规避亚马逊的销售流程。',
      messages: {
        phrase: `“{actual}”把沟通转移到亚马逊以外的即时通讯应用，这是不允许的：${KEEP_IN_MESSAGING}`,
      },
    },
    'off-amazon-sale': {
      title: '在亚马逊以外销售',
      why: '禁止以任何方式将亚马逊买家引导至其他网站或销售流程。',
      messages: {
        phrase: '“{actual}”引导买家在亚马逊以外购买（直接购买、在您自己的网站购买、别处更便宜），这是亚马逊所禁止的。',
      },
    },
    'off-amazon-payment': {
      title: '在亚马逊以外付款',
      why: '亚马逊订单的付款须通过亚马逊进行；要求使用 PayPal、银行转账或现金付款属于规避亚马逊的销售流程。',
      messages: {
        phrase: '“{actual}”要求在亚马逊以外付款，这是被禁止的：所有付款都须通过亚马逊进行。',
      },
    },
    'cancellation-request': {
      title: '要求买家取消订单',
      why: '亚马逊的指南规定：不得联系买家要求其提交取消请求。请您自己取消订单，并告知买家原因。',
      messages: {
        phrase: '“{actual}”要求买家取消订单或提交取消请求，这是亚马逊所不允许的：如果无法发货，请您自己取消订单并告知买家原因。',
      },
    },
    'opt-out': {
      title: '退订措辞',
      why: '不允许退订链接和退订说明：买家在其亚马逊账户中管理消息偏好。',
      messages: {
        phrase: '“{actual}”是退订措辞：买家在其亚马逊账户中管理消息偏好，退订说明会导致消息被拦截。',
      },
    },
    'html-markup': {
      title: 'HTML 标记',
      why: '消息表单为纯文本；含有 HTML 代码或超链接的消息会被拦截（包括跟踪像素）。',
      messages: {
        tag: '“{actual}”是 HTML：消息表单为纯文本，含有 HTML 代码的消息会被拦截。',
        image: '“{actual}”是 HTML 图片：消息表单为纯文本，图片或跟踪像素会导致消息被拦截。',
      },
    },
    image: {
      title: '嵌入的图片',
      why: '不允许商品图片、无关图片、带链接的标志和跟踪像素。',
      messages: {
        markdown: '“{actual}”嵌入了图片：不允许商品图片、带链接的标志和跟踪像素。',
      },
    },
    emoji: {
      title: '表情符号',
      why: '亚马逊的格式规则规定：不得使用表情符号。',
      messages: {
        emoji: '表情符号“{actual}”：亚马逊的格式规则不允许使用表情符号。',
      },
    },
    'line-breaks': {
      title: '超过两个换行',
      why: '亚马逊的格式规则规定连续换行不得超过两个。',
      messages: {
        count: '连续 {count} 个换行：亚马逊的格式规则规定不得超过两个。',
        many: '连续换行过多：亚马逊的格式规则规定不得超过两个。',
      },
    },
    shouting: {
      title: '全部大写',
      why: '大段的大写字母读起来像在喊叫，也像是试图突破消息的格式。',
      messages: {
        capitals: '“{actual}”全部使用大写字母，读起来像在喊叫。',
      },
    },
    'repeated-punctuation': {
      title: '重复的“!”或“?”',
      why: '连串的感叹号或问号读起来像施压或营销；亚马逊的格式规则要求使用纯文本。',
      messages: {
        marks: '“{actual}”：连串的感叹号或问号读起来像在施压；一个就够了。',
      },
    },
    'thank-you-only': {
      title: '仅表示感谢的消息',
      why: '仅表示感谢或仅表示愿意提供帮助的消息是不允许的。',
      messages: {
        thanks: '此消息仅表示感谢：仅感谢买家（或仅表示愿意提供帮助）的消息是不允许的。请将感谢写进有实际目的的消息中，或者不要发送。',
      },
    },
    'confirmation-only': {
      title: '订单或发货确认',
      why: '亚马逊会自行发送订单和发货确认；卖家不得发送。',
      messages: {
        confirmation: '此消息仅是订单或发货确认：亚马逊会自行发送这类确认，卖家不得发送。只有在需要买家关注以完成订单时才发送消息。',
      },
    },
    'help-only': {
      title: '仅表示愿意帮助的消息',
      why: '仅表示愿意提供帮助、没有实际目的的消息是不允许的。',
      messages: {
        help: '此消息仅表示愿意提供帮助（“{actual}”）：仅表示愿意提供帮助的消息是不允许的。请在需要买家关注以完成订单时再写信。',
      },
    },
    'delivery-check-in': {
      title: '询问是否收到包裹',
      why: '在没有需要解决的问题时询问包裹是否送达，不属于允许的消息；亚马逊会自行告知买家配送情况。',
      messages: {
        checkIn: '“{actual}”仅是询问配送情况：亚马逊不允许没有实际目的的消息。请在需要买家关注时再写信。',
      },
    },
    placeholder: {
      title: '未填写的模板变量',
      why: '留在文本中的模板变量会原样显示给买家；请在发送前填写。',
      messages: {
        placeholder: '“{actual}”是未填写的模板变量：买家会原样看到它。',
      },
    },
    'critical-reason-misuse': {
      title: '不重要的消息使用了关键联系原因',
      why: '使用关键联系原因的消息会送达已退订的买家；亚马逊会限制将其用于非关键消息的卖家。',
      messages: {
        review: '联系原因是“{reason}”，但“{actual}”是在请求评论：评论请求不属于关键消息，滥用关键联系原因可能导致您的消息功能受限。请选择“请求评论”或“其他”。',
        thanks: '联系原因是“{reason}”，但此消息仅感谢买家或表示愿意提供帮助：滥用关键联系原因可能导致您的消息功能受限。',
        promotion: '联系原因是“{reason}”，但“{actual}”在推广商品：滥用关键联系原因可能导致您的消息功能受限。',
        notCritical: '联系原因是“{reason}”，但消息中没有任何与{reason}相关的内容：滥用关键联系原因可能导致您的消息功能受限。请选择与消息内容相符的原因。',
      },
    },
    'message-length': {
      title: '消息过长',
      why: '消息不得超过 2,000 个字符；确认定制详情时不得超过 800 个字符。',
      messages: {
        tooLong: '此消息长 {count} 个字符，上限为 {limit} 个。请删减 {excess} 个字符。',
        tooLongCustomization: '此消息长 {count} 个字符，定制消息的上限为 {limit} 个。请删减 {excess} 个字符。',
      },
    },
    'missing-order-id': {
      title: '没有订单编号',
      why: '每条主动发送的消息都应包含订单编号（如 112-1234567-1234567），亚马逊自己的模板也是如此。',
      messages: {
        missing: '未找到订单编号：请添加订单编号（如 112-1234567-1234567），让买家知道您指的是哪个订单，亚马逊自己的模板也是这样做的。',
      },
    },
    'language-mismatch': {
      title: '未使用买家的语言',
      why: '消息必须使用买家的首选语言撰写，该语言可能与商城的语言不同。',
      messages: {
        mismatch: '此消息看起来是{language}，但买家的首选语言是{buyerLanguage}：消息必须使用买家的语言撰写。',
      },
    },
    'contact-reason-mismatch': {
      title: '联系原因不符',
      why: '只有对完成订单至关重要的联系原因（定制、预约配送、地址问题）的消息才会送达已退订的买家。',
      messages: {
        reviewReasonForCritical: '联系原因是“请求评论”，但消息内容是关于{reason}的：请选择该原因，这样即使买家已退订也会送达。',
        genericReasonForCritical: '此消息似乎与{reason}有关：选择联系原因“{reason}”后，即使买家已退订也会送达。',
      },
    },
    'review-request': {
      title: '评论请求',
      why: '亚马逊规定每个订单只能请求一次评论或反馈；Clearsend 会记住您发出的请求。',
      messages: {
        noted: '“{actual}”在请求评论：亚马逊规定每个订单只能请求一次。您发送后，Clearsend 会为此订单记住这次请求。',
      },
    },
  },
  labels: {
    removeTag: '删除标签',
    removeLink: '删除链接',
    useHttps: '使用 https',
    removeEmail: '删除电子邮件地址',
    removePhone: '删除电话号码',
    removeHtml: '删除 HTML',
    removeImage: '删除图片',
    removeEmoji: '删除表情符号',
    keepOneEmptyLine: '只保留一个空行',
    normalCase: '改为正常大小写',
    useOneMark: '只用一个“{mark}”',
    neutralWording: '使用中立的措辞',
    reviewWithoutKind: '请求评论时不指定评价好坏',
    reviewWithoutRating: '请求评论时不指定星级',
    removeSentence: '删除这句话',
    useAmazonWording: '使用亚马逊的措辞',
    removeWords: '删除这些字词',
    removePlaceholder: '删除占位符',
    fillOrderId: '填入订单编号：{value}',
    fillBuyerName: '填入买家姓名：{value}',
    fillSellerName: '填入您的名字：{value}',
    chooseTemplate: '选择模板',
    selectOverLimit: '选中超出上限的部分',
  },
  languages: {
    en: '英语',
    de: '德语',
    fr: '法语',
    es: '西班牙语',
    it: '意大利语',
    ja: '日语',
    nl: '荷兰语',
    sv: '瑞典语',
    pl: '波兰语',
    tr: '土耳其语',
    pt: '葡萄牙语',
    ar: '阿拉伯语',
    zh: '中文',
  },
  reasons: {
    customization: '商品定制',
    deliveryScheduling: '预约配送',
    address: '收货地址问题',
  },
  criticalReasons: {
    customization: '商品定制',
    'delivery-scheduling': '预约配送',
    'address-issue': '收货地址问题',
    'unexpected-problem': '意外问题',
  },
};
