/** English templates. Plain text; {tokens} are placeholders (see ../placeholders.ts). */
import type { LocaleLibrary } from '../types.ts';
import { lines } from './text.ts';

const SIGN_OFF = ['Kind regards,', '{sellerName}'];

export const en: LocaleLibrary = {
  'address-problem': {
    title: 'Problem with the shipping address',
    body: lines(
      'Hello {buyerName},',
      '',
      'We are getting your order {orderId} ready to ship, but the carrier cannot verify the shipping address. It seems to be incomplete, for example a missing house or apartment number.',
      '',
      'So that your {productName} reaches you safely, please reply to this message with your complete address, or let us know if the address on the order is correct as it is.',
      '',
      'We will hold the shipment until we hear from you.',
      '',
      ...SIGN_OFF,
    ),
  },
  'information-needed': {
    title: 'Information needed for your order',
    body: lines(
      'Hello {buyerName},',
      '',
      'Thank you for your order {orderId}. Before we can send your {productName}, we need one more detail from you:',
      '',
      '{requestedInformation}',
      '',
      'Please reply to this message with this information. As soon as we have it, we will prepare your order for shipping.',
      '',
      ...SIGN_OFF,
    ),
  },
  'customization-confirmation': {
    title: 'Please confirm your personalization',
    body: lines(
      'Hello {buyerName},',
      '',
      'Thank you for your order {orderId}. Before we make your {productName}, we would like to confirm the personalization with you. These are the details we have:',
      '',
      '{customizationDetails}',
      '',
      'Please check the spelling, spacing and any dates carefully, then reply to confirm that everything is correct or send us the corrected details. We will start production as soon as we hear from you.',
      '',
      ...SIGN_OFF,
    ),
  },
  'delivery-scheduling': {
    title: 'Scheduling your delivery',
    body: lines(
      'Hello {buyerName},',
      '',
      'Your {productName} from order {orderId} is a large item, so a freight carrier will bring it and needs to book a delivery appointment with you. The earliest possible delivery date is {deliveryDate}.',
      '',
      'Please reply with the days and times that suit you, and tell us about anything the driver should know, such as stairs, a narrow entrance or limited parking. We will pass your preferred appointment on to the carrier.',
      '',
      ...SIGN_OFF,
    ),
  },
  'delay-or-problem': {
    title: 'Delay with your order',
    body: lines(
      'Hello {buyerName},',
      '',
      'We are sorry to tell you that an unexpected problem has delayed your order {orderId}: we cannot ship your {productName} as planned. We now expect to deliver it by {deliveryDate}.',
      '',
      'If you would rather not wait, reply to this message and we will cancel the order for you. If you are happy to wait, there is nothing you need to do.',
      '',
      'We apologize for the inconvenience.',
      '',
      ...SIGN_OFF,
    ),
  },
  'return-question': {
    title: 'Question about your return',
    body: lines(
      'Hello {buyerName},',
      '',
      'We have received your return request for your {productName} from order {orderId}. So that we can handle it as quickly as possible, could you tell us a little more about the reason for the return?',
      '',
      'If the item arrived damaged or does not work, a short description and a photo of the problem would help us a lot. We may then be able to send a replacement or solve the problem without you having to send the item back.',
      '',
      ...SIGN_OFF,
    ),
  },
  invoice: {
    title: 'Invoice for your order',
    body: lines(
      'Hello {buyerName},',
      '',
      'Please find attached the invoice for your order {orderId} ({productName}).',
      '',
      'If anything on the invoice needs to change, for example a company name or a tax ID, please reply to this message with the details and we will send you a corrected invoice.',
      '',
      ...SIGN_OFF,
    ),
  },
  'warranty-instructions': {
    title: 'Warranty information',
    body: lines(
      'Hello {buyerName},',
      '',
      'Your {productName} from order {orderId} comes with a warranty. We have attached the warranty terms and the instructions for use to this message, so that you have them to hand if you ever need them.',
      '',
      'If a fault appears during the warranty period, please send us a message from Your Orders on Amazon with a short description of the problem and, if possible, a photo. We will then arrange a repair or a replacement.',
      '',
      ...SIGN_OFF,
    ),
  },
  'review-request': {
    title: 'Review request',
    body: lines(
      'Hello {buyerName},',
      '',
      'We hope your {productName} from order {orderId} arrived safely.',
      '',
      'When you have a moment, we would appreciate it if you could share your experience with the product by writing a review on Amazon. You can do this from Your Orders. Reviews help other customers choose the product that is right for them.',
      '',
      ...SIGN_OFF,
    ),
  },
};
