/** Spanish templates (usted). Plain text; {tokens} are placeholders (see ../placeholders.ts). */
import type { LocaleLibrary } from '../types.ts';
import { lines } from './text.ts';

const SIGN_OFF = ['Saludos cordiales,', '{sellerName}'];

export const es: LocaleLibrary = {
  'address-problem': {
    title: 'Problema con la dirección de envío',
    body: lines(
      'Hola, {buyerName}:',
      '',
      'Estamos preparando el envío de su pedido {orderId}, pero la empresa de transporte no puede validar la dirección de entrega: parece estar incompleta (por ejemplo, falta el número de la calle, el piso o la puerta).',
      '',
      'Para que su {productName} le llegue sin problemas, le rogamos que responda a este mensaje con su dirección completa o que nos confirme que la dirección del pedido es correcta.',
      '',
      'Esperaremos su respuesta antes de enviar el paquete.',
      '',
      ...SIGN_OFF,
    ),
  },
  'information-needed': {
    title: 'Información necesaria para su pedido',
    body: lines(
      'Hola, {buyerName}:',
      '',
      'Gracias por su pedido {orderId}. Antes de poder enviarle su {productName}, necesitamos que nos facilite un dato más:',
      '',
      '{requestedInformation}',
      '',
      'Basta con que responda a este mensaje. En cuanto tengamos esta información, prepararemos su pedido para el envío.',
      '',
      ...SIGN_OFF,
    ),
  },
  'customization-confirmation': {
    title: 'Confirmación de la personalización',
    body: lines(
      'Hola, {buyerName}:',
      '',
      'Gracias por su pedido {orderId}. Antes de fabricar su {productName}, queremos confirmar con usted la personalización. Estos son los datos que hemos recibido:',
      '',
      '{customizationDetails}',
      '',
      'Le rogamos que revise con atención la ortografía, los espacios y las fechas, y que nos confirme que todo es correcto o nos envíe los datos corregidos. Empezaremos la fabricación en cuanto recibamos su respuesta.',
      '',
      ...SIGN_OFF,
    ),
  },
  'delivery-scheduling': {
    title: 'Cita para la entrega',
    body: lines(
      'Hola, {buyerName}:',
      '',
      'Su {productName} (pedido {orderId}) es un artículo voluminoso, por lo que lo entregará una empresa de transporte especializada, que necesita acordar con usted una cita de entrega. La primera fecha de entrega posible es el {deliveryDate}.',
      '',
      'Le rogamos que nos indique qué días y franjas horarias le vienen bien, así como cualquier detalle útil para el repartidor (escaleras, un acceso estrecho, dificultades para aparcar). Después trasladaremos su preferencia a la empresa de transporte.',
      '',
      ...SIGN_OFF,
    ),
  },
  'delay-or-problem': {
    title: 'Retraso en su pedido',
    body: lines(
      'Hola, {buyerName}:',
      '',
      'Lamentamos comunicarle que un problema imprevisto ha retrasado su pedido {orderId}: no podremos enviar su {productName} en la fecha prevista. Según nuestras previsiones actuales, podremos entregárselo como muy tarde el {deliveryDate}.',
      '',
      'Si prefiere no esperar, responda a este mensaje y cancelaremos el pedido. Si no le importa esperar, no tiene que hacer nada.',
      '',
      'Disculpe las molestias.',
      '',
      ...SIGN_OFF,
    ),
  },
  'return-question': {
    title: 'Consulta sobre su devolución',
    body: lines(
      'Hola, {buyerName}:',
      '',
      'Hemos recibido su solicitud de devolución de su {productName} (pedido {orderId}). Para tramitarla lo antes posible, ¿podría contarnos un poco más sobre el motivo de la devolución?',
      '',
      'Si el artículo llegó dañado o no funciona, una breve descripción y una foto del problema nos serían de gran ayuda. Quizá podamos ofrecerle un artículo de sustitución o resolver el problema sin que tenga que devolvernos el artículo.',
      '',
      ...SIGN_OFF,
    ),
  },
  invoice: {
    title: 'Factura de su pedido',
    body: lines(
      'Hola, {buyerName}:',
      '',
      'Le adjuntamos la factura de su pedido {orderId} ({productName}).',
      '',
      'Si necesita algún cambio, por ejemplo el nombre de una empresa o un número de identificación fiscal, responda a este mensaje indicándonos los datos que deben figurar y le enviaremos una factura corregida.',
      '',
      ...SIGN_OFF,
    ),
  },
  'warranty-instructions': {
    title: 'Información sobre la garantía',
    body: lines(
      'Hola, {buyerName}:',
      '',
      'Su {productName} (pedido {orderId}) cuenta con garantía. Adjuntamos a este mensaje las condiciones de la garantía y las instrucciones de uso para que las tenga a mano si algún día las necesita.',
      '',
      'Si aparece algún defecto durante el periodo de garantía, envíenos un mensaje desde «Mis pedidos» en Amazon con una breve descripción del problema y, si es posible, una foto. Nos encargaremos de la reparación o de la sustitución.',
      '',
      ...SIGN_OFF,
    ),
  },
  'review-request': {
    title: 'Solicitud de reseña',
    body: lines(
      'Hola, {buyerName}:',
      '',
      'Esperamos que su {productName} (pedido {orderId}) le haya llegado bien.',
      '',
      'Si dispone de un momento, le agradeceríamos que compartiera su experiencia con el producto escribiendo una reseña en Amazon. Puede hacerlo desde «Mis pedidos». Las reseñas ayudan a otros clientes a tomar su decisión de compra.',
      '',
      ...SIGN_OFF,
    ),
  },
};
