/** English: the engine's original texts. */
import type { MessageCatalog } from './types.ts';

const KEEP_IN_MESSAGING = 'keep the conversation in Buyer-Seller Messaging.';

export const en: MessageCatalog = {
  rules: {
    'important-tag': {
      title: '"[Important]" tag',
      why: 'Amazon removed the option to add "[Important]" to override a buyer\'s opt-out; messages whose contact reason is critical to complete the order are delivered anyway.',
      messages: {
        tag:
          '"{actual}": Amazon removed the "[Important]" option: the tag no longer overrides the buyer\'s opt-out and may get the message blocked. ' +
          'If the message is critical to complete the order, choose that contact reason instead (product customization, delivery scheduling, ' +
          'or a problem with the shipping address): those messages are delivered even to buyers who opted out.',
      },
    },
    promotion: {
      title: 'Marketing and promotion',
      why: 'Buyer-Seller Messaging may not be used for marketing: no coupons, discounts, other products, newsletters, referrals or social-media links.',
      messages: {
        phrase: '"{actual}" is promotional: Buyer-Seller Messaging may not be used for marketing, coupons or other products.',
      },
    },
    'review-positive': {
      title: 'Asking for a positive review',
      why: 'A review request must be neutral: asking for a positive or five-star review, or telling the buyer what to write, is not allowed.',
      messages: {
        phrase: '"{actual}" steers the buyer towards a positive review: ask neutrally ("leave a review") or not at all.',
      },
    },
    'review-conditional': {
      title: 'Conditional review request',
      why: 'Asking only satisfied buyers for a review ("if not, contact us first") is not allowed.',
      messages: {
        phrase: '"{actual}" asks for a review only if the buyer is happy: every buyer must be asked the same way.',
      },
    },
    'review-incentive': {
      title: 'Incentive for a review',
      why: 'Offering money, refunds, gift cards, free or discounted products or any future benefit for a review is not allowed.',
      messages: {
        phrase: '"{actual}" offers something in return for a review, which Amazon does not allow.',
      },
    },
    'review-change': {
      title: 'Asking to change or remove a review',
      why: 'Asking a buyer to update, change or remove a review or feedback is not allowed.',
      messages: {
        phrase: '"{actual}" asks the buyer to change or remove a review or feedback, which Amazon does not allow.',
      },
    },
    'review-pressure': {
      title: 'Pressure or guilt about a review',
      why: 'A review request must be neutral: pleading, guilt or pressure ("our small shop may not survive without your rating") is not allowed.',
      messages: {
        phrase: '"{actual}" puts pressure on the buyer about a review: ask once, neutrally, or not at all.',
      },
    },
    'review-instruction': {
      title: 'Telling the buyer what to write',
      why: 'Sellers may not tell buyers what to write in a review or copy words into it.',
      messages: {
        phrase: '"{actual}" tells the buyer what to write in a review, which Amazon does not allow.',
      },
    },
    'feedback-notice': {
      title: 'Feedback update notice',
      why: 'After a problem is resolved, Amazon accepts only a neutral notice that the buyer may update or remove their seller feedback; anything stronger is a violation.',
      messages: {
        phrase:
          '"{actual}" mentions changing the buyer\'s feedback. Amazon accepts only a neutral notice after the problem is resolved, in its own words: "If you are satisfied that we have resolved your concerns, it is possible to update or remove the feedback you originally provided here."',
      },
    },
    'review-repeat': {
      title: 'Second review request for an order',
      why: 'Amazon allows one review or feedback request per order, across all channels.',
      messages: {
        repeat: '"{actual}" asks for a review again: a review request for this order already left on {date}, and Amazon allows one per order.',
      },
    },
    'amazon-product-link': {
      title: 'Link to a product, store or search on Amazon',
      why: 'Links to product pages, storefronts, seller pages and search results promote products; only order, returns and review pages may be linked.',
      messages: {
        link: '"{actual}" links to an Amazon product, store or search page, which promotes products: only links to the order, returns or the review page are allowed.',
      },
    },
    'external-link': {
      title: 'Link outside Amazon',
      why: 'Only links to Amazon, carrier tracking links and secure links needed to complete the order are allowed.',
      messages: {
        link: '"{actual}" links outside Amazon: only Amazon pages, carrier tracking links and secure links needed to complete the order are allowed.',
        insecureLink:
          '"{actual}" links outside Amazon: only Amazon pages, carrier tracking links and secure links needed to complete the order are allowed. It is also insecure (http).',
      },
    },
    'insecure-link': {
      title: 'Insecure (http) link',
      why: 'Links must be secure (https): the guidelines allow only secure links and no insecure content.',
      messages: {
        link: '"{actual}" is not secure: use https. Amazon and carrier tracking links are allowed, but only secure links are.',
      },
    },
    'link-shortener': {
      title: 'Shortened link',
      why: 'A shortened link hides where it leads; only Amazon and carrier tracking links are allowed.',
      messages: {
        link: '"{actual}" is a shortened link that hides where it leads: only Amazon and carrier tracking links are allowed.',
      },
    },
    'email-address': {
      title: 'Email address',
      why: 'Messages may not contain email addresses; the conversation stays in Buyer-Seller Messaging.',
      messages: {
        address: `"{actual}" is an email address: messages may not contain email addresses; ${KEEP_IN_MESSAGING}`,
        anonymised:
          '"{actual}" is the buyer\'s anonymised Amazon address: email addresses may not appear in messages, and the reply goes through Amazon anyway.',
      },
    },
    'phone-number': {
      title: 'Phone number',
      why: 'Messages may not contain phone numbers; the conversation stays in Buyer-Seller Messaging.',
      messages: {
        number: `"{actual}" looks like a phone number: messages may not contain phone numbers; ${KEEP_IN_MESSAGING}`,
      },
    },
    'messenger-contact': {
      title: 'Messenger or direct contact',
      why: 'Moving the conversation to WhatsApp, a phone call or another channel outside Amazon is not allowed.',
      messages: {
        phrase: '"{actual}" moves the conversation outside Amazon: keep it in Buyer-Seller Messaging.',
      },
    },
    'contact-request': {
      title: 'Asking for the buyer\'s contact details',
      why: 'Sellers may not ask for a buyer\'s e-mail address or phone number; only delivery contact details for a delivery may be confirmed.',
      messages: {
        phrase: `"{actual}" asks for the buyer's contact details: messages may not, except to confirm delivery details for a delivery; ${KEEP_IN_MESSAGING}`,
      },
    },
    'messenger-app': {
      title: 'Moving to a messenger app',
      why: 'Diverting buyers to WhatsApp, WeChat, Telegram, LINE or any channel outside Amazon circumvents Amazon\'s sales process.',
      messages: {
        phrase: `"{actual}" moves the conversation to a messenger outside Amazon, which is not allowed: ${KEEP_IN_MESSAGING}`,
      },
    },
    'off-amazon-sale': {
      title: 'Selling outside Amazon',
      why: 'Any attempt to divert Amazon buyers to another website or sales process is prohibited.',
      messages: {
        phrase: '"{actual}" steers the buyer to buy outside Amazon (directly, on your own site, cheaper elsewhere), which Amazon prohibits.',
      },
    },
    'off-amazon-payment': {
      title: 'Payment outside Amazon',
      why: 'Payments for Amazon orders go through Amazon; asking for PayPal, a bank transfer or cash circumvents Amazon\'s sales process.',
      messages: {
        phrase: '"{actual}" asks for payment outside Amazon, which is prohibited: every payment goes through Amazon.',
      },
    },
    'cancellation-request': {
      title: 'Asking the buyer to cancel',
      why: 'Amazon\'s guidelines say: do not contact the buyer to request that they submit a cancellation request. Cancel the order yourself and tell the buyer why.',
      messages: {
        phrase:
          '"{actual}" asks the buyer to cancel or to request a cancellation, which Amazon does not allow: if you cannot ship, cancel the order yourself and tell the buyer why.',
      },
    },
    'opt-out': {
      title: 'Unsubscribe wording',
      why: 'Opt-out links and unsubscribe instructions are not allowed: buyers manage message preferences in their Amazon account.',
      messages: {
        phrase:
          '"{actual}" is unsubscribe wording: buyers manage message preferences in their Amazon account, and opt-out instructions get the message blocked.',
      },
    },
    'html-markup': {
      title: 'HTML markup',
      why: 'The message form is plain text; messages with HTML code or hyperlinks are blocked (tracking pixels included).',
      messages: {
        tag: '"{actual}" is HTML: the message form is plain text, and messages with HTML code are blocked.',
        image: '"{actual}" is an HTML image: the message form is plain text, and images or tracking pixels get the message blocked.',
      },
    },
    image: {
      title: 'Embedded image',
      why: 'Images of the product, unrelated images, logos with links and tracking pixels are not allowed.',
      messages: {
        markdown: '"{actual}" embeds an image: images of the product, logos with links and tracking pixels are not allowed.',
      },
    },
    emoji: {
      title: 'Emoji',
      why: 'Amazon\'s styling rules say: no emojis.',
      messages: {
        emoji: 'Emoji "{actual}": Amazon\'s styling rules allow no emojis.',
      },
    },
    'line-breaks': {
      title: 'More than two line breaks',
      why: 'Amazon\'s styling rules allow no more than two line breaks in a row.',
      messages: {
        count: '{count} line breaks in a row: Amazon\'s styling rules allow no more than two.',
        many: 'Many line breaks in a row: Amazon\'s styling rules allow no more than two.',
      },
    },
    shouting: {
      title: 'All capitals',
      why: 'Long runs of capitals read as shouting and as an attempt to override the message\'s styling.',
      messages: {
        capitals: '"{actual}" is written in capitals, which reads as shouting.',
      },
    },
    'repeated-punctuation': {
      title: 'Repeated "!" or "?"',
      why: 'Runs of exclamation or question marks read as pressure or marketing; Amazon\'s styling rules ask for plain text.',
      messages: {
        marks: '"{actual}": runs of exclamation or question marks read as pressure; one is enough.',
      },
    },
    'thank-you-only': {
      title: 'Thank-you-only message',
      why: 'Messages that only say thank you, or only say you are there to help, are not permitted.',
      messages: {
        thanks:
          'This message only says thank you: messages that only thank the buyer (or only offer help) are not permitted. Add it to a message that has a purpose, or do not send it.',
      },
    },
    'confirmation-only': {
      title: 'Order or shipping confirmation',
      why: 'Amazon sends order and shipping confirmations itself; sellers may not.',
      messages: {
        confirmation:
          'This message is only an order or shipping confirmation: Amazon sends those itself, and sellers may not. Send a message only when something needs the buyer\'s attention to complete the order.',
      },
    },
    'help-only': {
      title: 'Help-only message',
      why: 'Messages that only say you are there to help, with no purpose of their own, are not permitted.',
      messages: {
        help: 'This message only offers help ("{actual}"): messages that only say you are there to help are not permitted. Write when something needs the buyer\'s attention to complete the order.',
      },
    },
    'delivery-check-in': {
      title: 'Delivery check-in',
      why: 'Asking whether a parcel arrived, with no problem to solve, is not a permitted message; Amazon tells buyers about deliveries itself.',
      messages: {
        checkIn: '"{actual}" only checks in on the delivery: Amazon does not permit messages without a purpose of their own. Write when something needs the buyer\'s attention.',
      },
    },
    placeholder: {
      title: 'Unfilled template variable',
      why: 'A template variable left in the text reaches the buyer literally; fill it in before sending.',
      messages: {
        placeholder: '"{actual}" is a template variable that has not been filled in: the buyer would see it as it is.',
      },
    },
    'critical-reason-misuse': {
      title: 'Critical contact reason for a message that is not critical',
      why: 'Critical contact reasons reach buyers who opted out; Amazon restricts sellers who use them for messages that are not critical.',
      messages: {
        review: 'The contact reason is "{reason}", but "{actual}" asks for a review: review requests are not critical, and misusing a critical reason can get your messaging restricted. Choose the review request reason or "Other".',
        thanks: 'The contact reason is "{reason}", but the message only thanks the buyer or offers help: misusing a critical reason can get your messaging restricted.',
        promotion: 'The contact reason is "{reason}", but "{actual}" promotes products: misusing a critical reason can get your messaging restricted.',
        notCritical: 'The contact reason is "{reason}", but nothing in the message is about {reason}: misusing a critical reason can get your messaging restricted. Choose the reason the message is about.',
      },
    },
    'message-length': {
      title: 'Message too long',
      why: 'Messages are limited to 2,000 characters, and to 800 when confirming customization details.',
      messages: {
        tooLong: 'The message is {count} characters long; the limit is {limit}. Shorten it by {excess} characters.',
        tooLongCustomization:
          'The message is {count} characters long; the limit for customization messages is {limit}. Shorten it by {excess} characters.',
      },
    },
    'missing-order-id': {
      title: 'No order ID',
      why: 'Every proactive message should carry the order ID (like 112-1234567-1234567), as Amazon\'s own templates do.',
      messages: {
        missing:
          'No order ID found: add it (like 112-1234567-1234567) so the buyer knows which order you mean, as Amazon\'s own templates do.',
      },
    },
    'language-mismatch': {
      title: 'Not in the buyer\'s language',
      why: 'Messages must be written in the buyer\'s language of preference, which may differ from the marketplace\'s.',
      messages: {
        mismatch:
          'This message looks {language}, but the buyer\'s language of preference is {buyerLanguage}: messages must be written in the buyer\'s language.',
      },
    },
    'contact-reason-mismatch': {
      title: 'Contact reason does not fit',
      why: 'Only contact reasons critical to complete the order (customization, delivery scheduling, address problems) reach buyers who opted out.',
      messages: {
        reviewReasonForCritical:
          'The contact reason is "review request", but the message is about {reason}: choose that reason, which is delivered even to buyers who opted out.',
        genericReasonForCritical:
          'This message seems to be about {reason}: choosing the contact reason "{reason}" gets it delivered even to buyers who opted out.',
      },
    },
    'review-request': {
      title: 'Review request',
      why: 'Amazon allows one review or feedback request per order; Clearsend remembers the requests you send.',
      messages: {
        noted: '"{actual}" asks for a review: Amazon allows one request per order. Clearsend remembers it for this order when you send it.',
      },
    },
  },
  labels: {
    removeTag: 'Remove the tag',
    removeLink: 'Remove the link',
    useHttps: 'Use https',
    removeEmail: 'Remove the email address',
    removePhone: 'Remove the phone number',
    removeHtml: 'Remove the HTML',
    removeImage: 'Remove the image',
    removeEmoji: 'Remove the emoji',
    keepOneEmptyLine: 'Keep one empty line',
    normalCase: 'Write it in normal case',
    useOneMark: 'Use one "{mark}"',
    neutralWording: 'Use neutral wording',
    reviewWithoutKind: 'Ask for a review without saying what kind',
    reviewWithoutRating: 'Ask for a review without naming a rating',
    removeSentence: 'Remove this sentence',
    useAmazonWording: 'Use Amazon\'s wording',
    removeWords: 'Remove these words',
    removePlaceholder: 'Remove the placeholder',
    fillOrderId: 'Fill in the order ID: {value}',
    fillBuyerName: 'Fill in the buyer\'s name: {value}',
    fillSellerName: 'Fill in your name: {value}',
    chooseTemplate: 'Choose a template',
    selectOverLimit: 'Select what is over the limit',
  },
  languages: {
    en: 'English',
    de: 'German',
    fr: 'French',
    es: 'Spanish',
    it: 'Italian',
    ja: 'Japanese',
    nl: 'Dutch',
    sv: 'Swedish',
    pl: 'Polish',
    tr: 'Turkish',
    pt: 'Portuguese',
    ar: 'Arabic',
    zh: 'Chinese',
  },
  reasons: {
    customization: 'product customization',
    deliveryScheduling: 'delivery scheduling',
    address: 'shipping address problem',
  },
  criticalReasons: {
    customization: 'product customization',
    'delivery-scheduling': 'delivery scheduling',
    'address-issue': 'shipping address problem',
    'unexpected-problem': 'unexpected problem',
  },
};
