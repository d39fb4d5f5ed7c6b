/** Simplified Chinese templates (polite 您). Plain text; {tokens} are placeholders (see ../placeholders.ts). */
import type { LocaleLibrary } from '../types.ts';
import { lines } from './text.ts';

const GREETING = ['{buyerName}，您好：', ''];
const THANKS = '感谢您订购“{productName}”（订单编号：{orderId}）。';
const SIGN_OFF = ['祝好！', '', '{sellerName}'];

export const zh: LocaleLibrary = {
  'address-problem': {
    title: '请确认收货地址',
    body: lines(
      ...GREETING,
      THANKS,
      '我们在准备发货时，承运商告知无法核实您的收货地址，可能缺少门牌号或公寓号。',
      '',
      '为确保包裹顺利送达，请直接回复此消息告知正确的地址，或确认您下单时填写的地址无误。',
      '',
      '在收到您的回复之前，我们会暂缓发货。',
      '',
      ...SIGN_OFF,
    ),
  },
  'information-needed': {
    title: '完成订单所需的信息',
    body: lines(
      ...GREETING,
      THANKS,
      '为了给您发货，我们还需要您提供以下信息：',
      '',
      '{requestedInformation}',
      '',
      '请直接回复此消息。收到您的答复后，我们会立即安排发货。',
      '',
      ...SIGN_OFF,
    ),
  },
  'customization-confirmation': {
    title: '请确认定制内容',
    body: lines(
      ...GREETING,
      THANKS,
      '在开始制作之前，我们想与您确认一下定制内容。目前记录的内容如下：',
      '',
      '{customizationDetails}',
      '',
      '请检查拼写、空格和日期是否正确，并回复此消息确认无误，或告诉我们需要修改的地方。收到您的确认后，我们会立即开始制作。',
      '',
      ...SIGN_OFF,
    ),
  },
  'delivery-scheduling': {
    title: '预约送货时间',
    body: lines(
      ...GREETING,
      THANKS,
      '该商品体积较大，将由专门的承运商送货上门，因此需要与您预约送货时间。最早可于{deliveryDate}送达。',
      '',
      '请告诉我们您方便的日期和时间段。如果送货时需要注意楼梯、狭窄通道或停车等情况，也请一并告知，我们会转达给承运商。',
      '',
      ...SIGN_OFF,
    ),
  },
  'delay-or-problem': {
    title: '订单发货延迟',
    body: lines(
      ...GREETING,
      THANKS,
      '非常抱歉，由于出现了意外情况，我们无法按原计划发货。目前预计可于{deliveryDate}送达。',
      '',
      '如果您无法等待，请回复此消息，我们会为您取消订单并全额退款。如果您愿意等待，则无需进行任何操作。',
      '',
      '给您带来不便，我们深表歉意。',
      '',
      ...SIGN_OFF,
    ),
  },
  'return-question': {
    title: '关于您的退货',
    body: lines(
      ...GREETING,
      '我们已收到您对“{productName}”（订单编号：{orderId}）的退货申请。为了尽快为您处理，能否请您具体说明一下退货原因？',
      '',
      '如果商品有破损或故障，请简单描述一下情况，并附上照片。视情况而定，我们也许可以直接为您寄送替换件，您无需寄回商品。',
      '',
      ...SIGN_OFF,
    ),
  },
  invoice: {
    title: '您的发票',
    body: lines(
      ...GREETING,
      THANKS,
      '您订单的发票已附在此消息中，请查收。',
      '',
      '如果发票需要修改，例如抬头或公司名称，请回复此消息告诉我们，我们会重新开具并发送给您。',
      '',
      ...SIGN_OFF,
    ),
  },
  'warranty-instructions': {
    title: '保修信息和使用说明',
    body: lines(
      ...GREETING,
      THANKS,
      '本商品享有保修服务。保修条款和使用说明书已附在此消息中，请妥善保存，以便日后查阅。',
      '',
      '如果在保修期内出现故障，请通过亚马逊“我的订单”页面给我们发消息，简单描述故障情况，如有可能请附上照片。我们会为您维修或更换。',
      '',
      ...SIGN_OFF,
    ),
  },
  'review-request': {
    title: '邀请您撰写评论',
    body: lines(
      ...GREETING,
      THANKS,
      '如果您有时间，欢迎通过亚马逊“我的订单”页面为这件商品撰写评论。您的真实体验可以帮助其他买家做出选择。',
      '',
      ...SIGN_OFF,
    ),
  },
};
