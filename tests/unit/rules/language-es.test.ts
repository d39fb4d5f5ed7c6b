/**
 * Spanish phrase data (lib/rules/phrases/es.ts): each rule with violations as sellers from Spain
 * and Mexico write them (usted and tú, "pedido" and "orden", native and non-native) and with
 * near-misses that must stay silent.
 */
import { runRuleTable } from './tester.ts';

const ORDER = '402-7719302-3350618';

runRuleTable('es review-conditional', 'review-conditional', {
  valid: [
    'Si tiene un momento, ¿le importaría compartir su experiencia en una reseña? Su opinión sincera ayuda a otros compradores.',
    'Si le gustaría recibir las instrucciones en papel, díganos y se las enviamos con el pedido.',
    'Si no está satisfecho con la talla, puede devolver las zapatillas desde «Mis pedidos».',
    'Si cambia de opinión sobre el color, avísenos antes del lunes.',
  ],
  invalid: [
    { text: 'Si está contenta con la lámpara, déjenos una valoración en Amazon.', errors: [{ ruleId: 'review-conditional' }] },
    { text: 'Si la mochila te ha convencido, ¿nos regalas unas estrellitas en Amazon?', errors: [{ ruleId: 'review-conditional' }] },
    {
      text: 'Si el cojín cumplió con lo que esperaba, nos ayudaría muchísimo que lo contara en Amazon.',
      errors: [{ ruleId: 'review-conditional' }],
    },
    { text: 'Por favor, antes de dejar una opinión negativa, escríbanos y lo solucionamos.', errors: [{ ruleId: 'review-conditional', actual: 'antes de dejar una opinión negativa' }] },
    { text: 'Si el producto no le gustó, no deje una mala reseña: escríbanos primero.', errors: [{ ruleId: 'review-conditional' }] },
  ],
});

runRuleTable('es review-incentive', 'review-incentive', {
  valid: [
    'Sentimos que la taza llegara rota: le enviamos una nueva sin coste y, cuando la reciba, nos encantaría que compartiera su experiencia.',
    'Le hemos hecho el reembolso completo por las molestias. Su opinión nos importa mucho.',
    'Le enviamos gratis los tornillos que faltaban; deberían llegar en dos días.',
  ],
  invalid: [
    { text: 'A todos los clientes que publiquen su opinión sobre el producto les enviamos una funda de regalo.', errors: [{ ruleId: 'review-incentive' }] },
    { text: 'Si publica una reseña con foto, le enviamos gratis el recambio del filtro.', errors: [{ ruleId: 'review-incentive' }] },
    { text: 'Tras dejar su valoración, envíenos una captura y le haremos un reembolso parcial del 30 %.', errors: [{ ruleId: 'review-incentive' }] },
    { text: 'Este mes tenemos un pequeño detalle para quien nos cuente en Amazon qué le ha parecido su compra.', errors: [{ ruleId: 'review-incentive' }] },
  ],
});

runRuleTable('es review-pressure', 'review-pressure', {
  valid: [
    'Su opinión nos ayuda a mejorar nuestro trabajo. Si tiene un momento, puede dejarla en «Mis pedidos».',
    'La silla aguanta hasta 120 kg. Si lo desea, puede dejar una reseña en Amazon.',
    'El plazo de entrega depende de su código postal. Le enviaremos el número de seguimiento mañana.',
  ],
  invalid: [
    { text: 'Nuestro negocio depende de sus valoraciones: sin ellas no sé cuánto tiempo más podremos aguantar.', errors: [{ ruleId: 'review-pressure' }] },
    { text: 'Somos un taller familiar y sin más reseñas tendremos que cerrar. Por favor, déjenos su opinión.', errors: [{ ruleId: 'review-pressure' }] },
    { text: 'Para una tienda pequeña como la nuestra, cada reseña es vital.', errors: [{ ruleId: 'review-pressure' }] },
  ],
});

runRuleTable('es review-instruction', 'review-instruction', {
  valid: [
    'Vemos que la valoración que nos dejó menciona que el paquete llegó abierto; lo sentimos mucho.',
    'Tenga en cuenta que la reseña aparece en Amazon unos días después de escribirla.',
    'Gracias por sus palabras tan amables sobre la manta.',
  ],
  invalid: [
    { text: 'Le agradeceríamos mucho que en su reseña destacara la calidad de los materiales.', errors: [{ ruleId: 'review-instruction' }] },
    { text: '¿Podría copiar las mismas palabras de su mensaje en la reseña de Amazon?', errors: [{ ruleId: 'review-instruction' }] },
    { text: 'Cuando escriba su valoración, diga que el envío fue rapidísimo.', errors: [{ ruleId: 'review-instruction' }] },
  ],
});

runRuleTable('es review-change', 'review-change', {
  valid: [
    'Si cambia de opinión sobre la talla, le enviamos la L sin coste.',
    'Hemos leído con atención su valoración y ya hemos cambiado de proveedor de cajas.',
    'Puede modificar la dirección de entrega desde «Mis pedidos».',
  ],
  invalid: [
    { text: 'Ya que hemos resuelto el problema, le pedimos que elimine su comentario negativo.', errors: [{ ruleId: 'review-change', actual: 'elimine su comentario' }] },
    { text: '¿Podría cambiar su calificación de una estrella? Le haríamos un reembolso del 20 %.', errors: [{ ruleId: 'review-change' }] },
    { text: 'Le rogamos que retire la reseña del producto ahora que la pieza funciona.', errors: [{ ruleId: 'review-change', actual: 'retire la reseña' }] },
  ],
});

runRuleTable('es feedback-notice', 'feedback-notice', {
  valid: [
    // Amazon's own notice, in Spanish and in English: acceptable as it is.
    'Si considera que hemos resuelto satisfactoriamente su problema, es posible actualizar o eliminar aquí la valoración que dejó en su momento.',
    'Nos alegra que la bomba funcione. If you are satisfied that we have resolved your concerns, it is possible to update or remove the feedback you originally provided here.',
    // A request is not the neutral notice: it is an error (review-change), not this warning.
    '¿Podría eliminar su valoración ahora que todo funciona?',
  ],
  invalid: [
    {
      text: 'Nos alegra que el problema de la batería esté resuelto. Si lo desea, puede actualizar o eliminar la valoración que nos dejó.',
      errors: [{ ruleId: 'feedback-notice', actual: 'Si lo desea, puede actualizar o eliminar la valoración que nos dejó.' }],
      output: 'Nos alegra que el problema de la batería esté resuelto. Si considera que hemos resuelto satisfactoriamente su problema, es posible actualizar o eliminar aquí la valoración que dejó en su momento.',
    },
    { text: 'Puede actualizar su valoración de vendedor desde «Mis pedidos» si considera que hemos resuelto su problema.', errors: [{ ruleId: 'feedback-notice' }] },
  ],
});

runRuleTable('es contact-request', 'contact-request', {
  valid: [
    'Para que el repartidor pueda avisarle, ¿nos confirma que el teléfono que figura en el pedido es correcto?',
    'Le enviaremos un correo de confirmación de Amazon cuando salga el paquete.',
    'No necesitamos su correo: le adjuntamos la factura aquí mismo.',
    'La batería de su móvil y el cargador son compatibles.',
  ],
  invalid: [
    { text: 'Para enviarle la factura en PDF, ¿podría facilitarnos su dirección de correo electrónico?', errors: [{ ruleId: 'contact-request' }] },
    { text: 'Compártanos su número de celular y le mandamos el video de armado.', errors: [{ ruleId: 'contact-request' }] },
    { text: '¿Cuál es su correo electrónico? Así le mandamos el catálogo.', errors: [{ ruleId: 'contact-request' }] },
  ],
});

runRuleTable('es messenger-app', 'messenger-app', {
  valid: [
    'Puede enviarnos las fotos por la mensajería de Amazon, respondiendo a este mensaje.',
    'El ventilador tiene un modo online que se activa desde la aplicación del fabricante.',
    'Responda en línea desde la app de Amazon, en la sección de mensajes.',
    'Nos cuenta que le ha llegado un mensaje de WhatsApp que dice ser de nuestra tienda: no es nuestro, no lo responda.',
    'El vigilabebés permite videollamadas desde el móvil con la aplicación del fabricante.',
  ],
  invalid: [
    { text: 'Agréguenos en WeChat para una atención más rápida.', errors: [{ ruleId: 'messenger-app', actual: 'Agréguenos en WeChat' }] },
    { text: 'Mándeme las fotos por wasap y se lo miro.', errors: [{ ruleId: 'messenger-app' }] },
    { text: 'Si le parece, hacemos una videollamada mañana y se lo enseño.', errors: [{ ruleId: 'messenger-app', actual: 'una videollamada' }] },
  ],
});

runRuleTable('es off-amazon-sale', 'off-amazon-sale', {
  valid: [
    'Puede ver el estado del envío en la web del transportista con el número de seguimiento.',
    'Compruebe en nuestra página de instrucciones de Amazon cómo montar la mesa.',
    'Nunca le pediremos que compre fuera de Amazon.',
  ],
  invalid: [
    { text: 'Si prefiere, puede comprar el recambio directamente en nuestra web, donde le sale más barato.', errors: [{ ruleId: 'off-amazon-sale' }] },
    { text: 'Para evitar las comisiones de Amazon, en su próximo pedido contáctenos directamente.', errors: [{ ruleId: 'off-amazon-sale' }, { ruleId: 'off-amazon-sale' }] },
    { text: 'Para próximas compras, pídanos por Mercado Libre y le sale mejor.', errors: [{ ruleId: 'off-amazon-sale', actual: 'por Mercado Libre' }] },
  ],
});

runRuleTable('es off-amazon-payment', 'off-amazon-payment', {
  valid: [
    'Todos los reembolsos se hacen a través de Amazon al método de pago original; no necesitamos sus datos bancarios.',
    'Nos pregunta si puede pagar la diferencia por transferencia: lo sentimos, no es posible.',
    'No aceptamos pagos por transferencia ni por Bizum: todo se paga en Amazon.',
    'Nos pregunta si puede pagar la diferencia por PayPal: lo sentimos, todos los pagos se hacen en Amazon.',
  ],
  invalid: [
    { text: 'Puede abonar el suplemento mediante transferencia bancaria a nuestra cuenta.', errors: [{ ruleId: 'off-amazon-payment' }] },
    { text: 'Mándenos los 25 € por Bizum y el paquete sale hoy.', errors: [{ ruleId: 'off-amazon-payment', actual: 'Bizum' }] },
    { text: 'Para el envío extra, haga un depósito en OXXO a la cuenta que le indicamos.', errors: [{ ruleId: 'off-amazon-payment' }] },
  ],
});

runRuleTable('es cancellation-request', 'cancellation-request', {
  valid: [
    'Si prefiere no esperar, responda a este mensaje y cancelaremos nosotros el pedido.',
    'No se preocupe: no tiene que cancelar nada desde su cuenta, ya hemos cambiado la talla.',
    'Amazon puede cancelar automáticamente el pedido si no sale antes del jueves; por eso lo enviamos hoy.',
    '¿Quiere que le cancele el pedido y le devuelva el importe?',
  ],
  invalid: [
    { text: '¿Podría cancelarlo usted desde Mis pedidos? Así no nos afecta a la cuenta.', errors: [{ ruleId: 'cancellation-request' }] },
    { text: 'Favor de cancelar su orden, ya que el producto se agotó.', errors: [{ ruleId: 'cancellation-request', actual: 'Favor de cancelar' }] },
    { text: 'Lo mejor es que anule usted el pedido duplicado antes de que salga.', errors: [{ ruleId: 'cancellation-request', actual: 'anule' }] },
    { text: 'Entre en «Mis pedidos» y pulse «Solicitar cancelación».', errors: [{ ruleId: 'cancellation-request' }] },
  ],
});

runRuleTable('es help-only', 'help-only', {
  valid: [
    // A real purpose beside the offer of help.
    `Hola, Sr. Soler:\n\nSu pedido ${ORDER} lleva un retraso de dos días por la huelga de transportistas. Quedo a su entera disposición.\n\nSaludos,\nMarta`,
    // A thank-you-only message is reported as such, not as help-only.
    '¡Muchas gracias por su compra! Si tiene cualquier duda, estamos a su disposición.\n\nSaludos,\nCasa Olivo',
    `Hola:\n\nPara montar la estantería del pedido ${ORDER} necesitará un destornillador de estrella. Si necesita ayuda, escríbanos por aquí.\n\nSaludos`,
  ],
  invalid: [
    {
      text: 'Hola, Sr. Soler:\n\nA partir de hoy seré su asesora personal para cualquier consulta. Quedo a su entera disposición.\n\nSaludos cordiales,\nMarta\nAtención al cliente',
      errors: [{ ruleId: 'help-only' }],
    },
    {
      text: 'Hola, Daniel:\n\nTe escribo para presentarme: soy Carlos y me encargaré de atenderte en todo lo que necesites con tu pedido. Estoy a tus órdenes.\n\nSaludos,\nCarlos',
      errors: [{ ruleId: 'help-only' }],
    },
  ],
});

runRuleTable('es delivery-check-in', 'delivery-check-in', {
  valid: [
    `Hola, Sra. Gómez:\n\nEsperamos que su pedido ${ORDER} haya llegado bien. El manual en español va adjunto, con los pasos para conectarla al wifi.\n\nSaludos`,
    `Hola:\n\n¿Ha recibido ya el pedido ${ORDER}? La agencia dice que lo dejó en conserjería, pero el portero no lo encuentra. ¿Nos confirma si lo tiene?\n\nSaludos`,
    'Esperamos que el taladro haya llegado bien. ¿Le importaría compartir su experiencia en una reseña?',
  ],
  invalid: [
    { text: '¡Hola, Sofía!\n\nSolo queríamos saber si ya te llegó tu pedido y si todo está bien.\n\nSaludos,\nVelas Sofía', errors: [{ ruleId: 'delivery-check-in' }] },
    { text: `Hola, Sr. Rico:\n\n¿Ha recibido ya su pedido ${ORDER}? Cualquier cosa, aquí estamos.\n\nUn saludo,\nRico Hogar`, errors: [{ ruleId: 'delivery-check-in' }] },
    { text: 'Hola, Sra. Castillo:\n\n¿Qué tal le ha ido con la aspiradora? Esperamos que esté contenta con ella.\n\nUn saludo,\nLimpieza Hogar', errors: [{ ruleId: 'delivery-check-in' }] },
  ],
});

const SENT = { asSent: true };

runRuleTable('es placeholder', 'placeholder', {
  valid: [
    { text: 'En el campo de personalización escribió: {Siempre juntos · 2019}. ¿Lo grabamos así?', options: SENT },
    { text: 'La chaqueta (talla M) sale hoy; la talla L llega el jueves.', options: SENT },
    { text: 'Grabaremos [Para mi madre] en la tapa, tal como nos indicó.', options: SENT },
    // A template still to be filled: its variables are expected.
    { text: 'Hola, {nombre_comprador}: su pedido {numero_pedido} sale hoy.', options: { asSent: false } },
  ],
  invalid: [
    { text: 'Hola, {nombre del cliente}: su pedido llega el [fecha].', options: SENT, errors: [{ actual: '{nombre del cliente}' }, { actual: '[fecha]' }] },
    { text: 'Estimado/a [Nombre del comprador]: le adjuntamos la factura.', options: SENT, errors: [{ actual: '[Nombre del comprador]' }] },
    { text: 'Hola, {nombre}: gracias por esperar, el repuesto sale hoy.', options: SENT, errors: [{ actual: '{nombre}' }] },
  ],
});

runRuleTable('es critical-reason-misuse', 'critical-reason-misuse', {
  valid: [
    {
      text: 'Hola, Sr. Ramos:\n\nLa paquetería nos informa de que su paquete se extravió en el centro de Monterrey. Ya le enviamos uno nuevo.\n\nSaludos',
      options: { contactReason: 'unexpected-problem' },
    },
    {
      text: 'Hola, Iván:\n\nTu anillo va a llevar grabadas las coordenadas que nos diste. ¿Las ponemos con grados y minutos o solo con decimales?\n\nSaludos',
      options: { contactReason: 'customization' },
    },
    {
      text: 'Hola, Sr. Muñoz:\n\nPara subir el sofá necesitamos saber si el edificio tiene ascensor. El transportista lo llevará el lunes por la mañana.\n\nSaludos',
      options: { contactReason: 'delivery-scheduling' },
    },
    {
      text: 'Hola, Sr. Campos:\n\nEl código postal 28999 no corresponde a la calle que indicó. ¿Podría confirmarnos cuál es el correcto?\n\nSaludos',
      options: { contactReason: 'address-issue' },
    },
  ],
  invalid: [
    {
      text: 'Hola, Sr. Díaz:\n\nEsperamos que disfrute de su nueva silla. ¿Le importaría compartir su experiencia en una reseña?\n\nSaludos',
      options: { contactReason: 'unexpected-problem' },
      errors: [{ ruleId: 'critical-reason-misuse' }],
    },
    {
      text: 'Hola, Sra. Cruz:\n\nHemos lanzado una nueva colección de cojines. Échele un vistazo a nuestra tienda de Amazon.\n\nSaludos',
      options: { contactReason: 'delivery-scheduling' },
      errors: [{ ruleId: 'critical-reason-misuse' }],
    },
    {
      text: 'Hola, Sra. Nieto:\n\nPara activar la garantía ampliada de su robot de cocina necesitamos registrarla a su nombre antes de fin de mes.\n\nGracias',
      options: { contactReason: 'address-issue' },
      errors: [{ ruleId: 'critical-reason-misuse' }],
    },
  ],
});

// Round 2: indirect wordings (families, not single sentences).
runRuleTable('es review (indirect, round 2)', 'review-manipulation', {
  valid: [
    'Le hemos enviado el repuesto tal cual nos lo pidió. Si tiene un momento, puede dejar una reseña; su opinión sincera ayuda a otros compradores.',
    '¿Todo bien con la instalación? Si el grifo gotea, le mandamos otra junta sin coste.',
  ],
  invalid: [
    { text: 'A quienes nos cuentan en Amazon cómo les va la freidora les regalamos un recetario en PDF.', errors: [{ ruleId: 'review-incentive' }] },
    { text: 'Si te ha convencido la linterna, ¿nos harías el favor de que otros compradores lo sepan?', errors: [{ ruleId: 'review-conditional' }] },
    { text: '¿Todo a su gusto? Entonces nos encantaría que otros clientes lo supieran por usted.', errors: [{ ruleId: 'review-conditional' }] },
    { text: 'Somos una familia y cada estrella que nos ponen en Amazon decide si seguimos abiertos el año que viene.', errors: [{ ruleId: 'review-pressure' }] },
    { text: 'Lo que nos ha contado es precioso: ¿podría ponerlo tal cual en su opinión del producto?', errors: [{ ruleId: 'review-instruction' }] },
    { text: 'Ya que está resuelto, ¿podría subirle alguna estrella a la valoración que nos dejó?', errors: [{ ruleId: 'review-change' }] },
  ],
});

runRuleTable('es promotion (indirect, round 2)', 'promotion', {
  valid: [`Hemos recibido la sartén que nos devolvió (pedido ${ORDER}) y el reembolso ya está hecho.`],
  invalid: [
    { text: 'Quienes eligen esta almohada suelen comprar también nuestra funda de bambú.', errors: [{ ruleId: 'promotion' }] },
    { text: 'En dos semanas sacamos la colección de otoño de fundas nórdicas.', errors: [{ ruleId: 'promotion' }] },
  ],
});

runRuleTable('es contact-request (round 2)', 'contact-request', {
  valid: ['La agencia nos pide un teléfono donde llamarle antes de la entrega: ¿usamos el del pedido?'],
  invalid: [
    { text: '¿A qué número le podemos mandar el vídeo de instalación?', errors: [{ ruleId: 'contact-request' }] },
    { text: 'Regálame un número donde te pueda mandar las fotos del bordado.', errors: [{ ruleId: 'contact-request' }] },
  ],
});

runRuleTable('es opt-out (round 2)', 'opt-out', {
  valid: ['Ya le hemos dado de baja el pedido duplicado y Amazon le reembolsará el importe.'],
  invalid: [
    { text: 'Si prefiere que dejemos de escribirle, respóndanos con la palabra BAJA.', errors: [{ ruleId: 'opt-out' }, { ruleId: 'opt-out' }] },
    { text: 'Si quiere que dejemos de enviarle consejos de uso, díganoslo y listo.', errors: [{ ruleId: 'opt-out' }] },
  ],
});

runRuleTable('es cancellation-request (round 2)', 'cancellation-request', {
  valid: ['Ya le hemos dado de baja el pedido duplicado y Amazon le reembolsará el importe.'],
  invalid: [
    { text: 'Como no hay stock, le pedimos que dé de baja la orden desde su cuenta.', errors: [{ ruleId: 'cancellation-request' }] },
  ],
});

runRuleTable('es not-permitted-type (round 2)', 'not-permitted-type', {
  valid: [
    'Hola, Sra. Gil:\n\nSu paquete lleva parado dos días en Zaragoza; hemos abierto una reclamación con SEUR y le avisamos en cuanto se mueva.\n\nSaludos,\nCocina Fácil',
  ],
  invalid: [
    { text: 'Hola, Sra. Ruiz:\n\nSu paquete ya va con GLS. Número de expedición: 88120344.\n\nSaludos,\nTienda Ruiz', errors: [{ ruleId: 'confirmation-only' }] },
    { text: 'Hola, Julia:\n\nTe escribo solo para saber si el jarrón te ha llegado bien.\n\nUn beso,\nCerámica Sol', errors: [{ ruleId: 'delivery-check-in' }] },
    { text: '¡Hola, Carmen!\n\nMil gracias por confiar en nuestro taller para tus pendientes.\n\nBesos,\nInés, Plata y Barro', errors: [{ ruleId: 'thank-you-only' }] },
    { text: 'Hola, Sr. Bustos:\n\nCualquier cosa que le surja con el deshumidificador, cuente conmigo aquí en Amazon.\n\nSaludos,\nFrancisco', errors: [{ ruleId: 'help-only' }] },
  ],
});
