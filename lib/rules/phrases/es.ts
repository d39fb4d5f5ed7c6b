/** Spanish phrases. Syntax: see ./types.ts. */
import type { PhraseBook } from './types.ts';

const REVIEW = '(?:reseñas?|opinión|opiniones|valoraci(?:ón|ones)|comentarios?|calificaci(?:ón|ones)|evaluaci(?:ón|ones)|feedback)';
const INCENTIVE_WORDS =
  '(?:gratis|gratuit\\p{L}{0,2}|regalo\\p{L}{0,1}|descuento\\p{L}{0,1}|cupón|cupones|vale\\p{L}{0,1}|tarjeta regalo|reembols\\p{L}{0,6}|dinero|recompensa)';
/** Money and percentages: "10 €", "20 %". */
const AMOUNT = '(?:\\d{1,3} ?%|\\d{1,4} ?(?:€|euros?))';
const INCENTIVE = `(?:${INCENTIVE_WORDS}|${AMOUNT})`;

export const es: PhraseBook = {
  language: 'es',
  name: 'Spanish',
  wordBoundaries: true,
  stopWords: [
    'el', 'la', 'los', 'las', 'y', 'es', 'usted', 'su', 'sus', 'nosotros', 'nuestro', 'nuestra', 'para',
    'con', 'una', 'un', 'del', 'en', 'por', 'gracias', 'hola', 'pedido', 'saludos', 'que', 'muy', 'le',
    'lo', 'se', 'ha', 'está', 'estimado', 'estimada', 'no',
  ],
  importantTagWords: ['importante', 'urgente', 'atención', 'aviso importante'],

  promotion: {
    patterns: [
      '\\d{1,3} ?% (?:de descuento|dto|menos|de rebaja)',
      'códigos? (?:de descuento|promocional|promo)',
      '(?:un|nuestro) (?:cupón|vale) (?:de descuento|promocional)?',
      '(?:en|para) (?:su|tu) (?:próxim[oa]) (?:pedido|compra)',
      '(?:nuestras |las )?(?:rebajas|ofertas (?:especiales|exclusivas)|ventas? flash)',
      'oferta (?:exclusiva|limitada|especial)',
      '(?:nuestras|nuestra|una) (?:promoción|promociones)',
      '(?:vuelva|vuelve) a comprar',
      '(?:nuestr[oa]s?) (?:nuev[oa]s?|otr[oa]s?) (?:colección|productos|artículos|gama|modelos)',
      'nueva colección',
      '(?:visite|visita|descubra|descubre|eche un vistazo a) (?:nuestra|nuestro|nuestros|nuestras) (?:\\p{L}+ )?(?:tienda|productos|catálogo|gama)',
      '(?:boletín|newsletter)',
      '(?:suscríbase|suscríbete|regístrese) a (?:nuestro|nuestra)',
      '(?:recomiende|recomienda) a (?:un|sus|tus) amigos?',
      '(?:síganos|síguenos)',
      '(?:en|nuestra página de) (?:instagram|facebook|tiktok|pinterest|youtube)',
      '(?:sorteo|concurso)s?',
      'sorteamos',
      '(?:recomiéndenos|recomiéndanos)(?: a (?:un|sus|tus) amigos?)?',
      'programa de fidelidad',
    ],
    exceptions: ['condiciones de venta', 'servicio posventa', 'posventa'],
  },

  reviewPositive: {
    patterns: [
      {
        pattern: `(${REVIEW}) (?:positivas?|positivos?|favorables?|excelentes?|de (?:5|cinco) estrellas)`,
        replacement: '$1',
        label: 'reviewWithoutKind',
      },
      {
        pattern: `(?:buena|buenas|excelente|gran|mejor) (${REVIEW})`,
        replacement: '$1',
        label: 'reviewWithoutKind',
      },
      {
        pattern: '(?:5|cinco) estrellas',
        replacement: 'una reseña',
        label: 'reviewWithoutRating',
      },
      `(?:mencionar|mencione|decir|diga|escribir|escriba|destacar|destaque)[^.!?\\n]{0,40} en (?:su|tu|la) ${REVIEW}`,
    ],
    exceptions: [`gracias por (?:su|tu) (?:\\p{L}+ )?${REVIEW} (?:positiva|favorable)`],
  },

  reviewConditional: {
    patterns: [
      `si (?:está|estás|ha quedado|has quedado|queda|quedó) (?:\\p{L}+ )?(?:satisfech[oa]s?|content[oa]s?|feliz)[^.!?\\n]{0,80}${REVIEW}`,
      `si le (?:ha )?gust(?:a|ó|ado)[^.!?\\n]{0,80}${REVIEW}`,
      `${REVIEW}[^.!?\\n]{0,60}si (?:está|estás|ha quedado|queda) (?:satisfech[oa]s?|content[oa]s?)`,
      `(?:contáctenos|contáctanos|escríbanos|escríbenos) (?:primero |directamente )?(?:antes de|en lugar de)[^.!?\\n]{0,40}${REVIEW}`,
      `(?:antes de|en lugar de) (?:dejar|publicar|escribir|poner) (?:una |un )?${REVIEW} (?:negativ[oa]|mala?)`,
      '(?:si no|de lo contrario|en caso contrario)[^.!?\\n]{0,40}(?:contáctenos|contáctanos|escríbanos) (?:primero|antes)',
    ],
  },

  reviewIncentive: {
    patterns: [
      `a cambio de (?:una |un |su |tu )?${REVIEW}`,
      `${INCENTIVE_WORDS}[^.!?\\n]{0,60}(?:por|tras|después de|si|cuando)[^.!?\\n]{0,30}${REVIEW}`,
      `${AMOUNT}[^.!?\\n]{0,60}(?:por|tras|después de|si|cuando)[^.!?\\n]{0,30}${REVIEW}`,
      `${REVIEW}[^.!?\\n]{0,60}(?:y|para) (?:recibir|obtener|conseguir)[^.!?\\n]{0,40}${INCENTIVE}`,
      `(?:captura de pantalla|enlace) de (?:su|tu) ${REVIEW}`,
      `si (?:escribe|deja|publica|escribes|dejas) (?:una|su|tu) ${REVIEW}[^.!?\\n]{0,80}${INCENTIVE}`,
    ],
  },

  reviewChange: {
    patterns: [
      `(?:modificar|cambiar|eliminar|borrar|retirar|actualizar|reconsiderar|corregir|quitar)(?: su| tu| la| el| esta| este)? (?:\\p{L}+ )?${REVIEW}`,
      `(?:modifique|cambie|elimine|borre|retire|actualice|reconsidere|quite) (?:su|la|esta) (?:\\p{L}+ )?${REVIEW}`,
    ],
  },

  messenger: {
    patterns: [
      '(?:por|vía|via) sms',
      '(?:mi|nuestro) (?:número de (?:teléfono|móvil|whatsapp)|móvil)',
      '(?:llámenos|llámame|llámeme|llámanos)',
    ],
    exceptions: ['llame al transportista'],
  },

  optOut: {
    patterns: [
      'dar(?:se|te)? de baja',
      'darse de baja',
      'cancelar (?:la|su) suscripción',
      'dejar de recibir',
      'no (?:desea|deseas|quiere|quieres) (?:seguir )?recibir',
      'no recibir más (?:mensajes|correos|emails|notificaciones)',
    ],
  },

  messengerApps: {
    patterns: [
      '(?:por|vía|via|en) (?:whatsapp|telegram|signal|skype|wechat|line)',
    ],
  },

  offAmazonSale: { patterns: [] },

  offAmazonPayment: { patterns: [] },

  cancellationRequest: { patterns: [] },

  placeholderWords: [],

  concepts: {
    satisfied: [],
    reviewRef: [],
    reviewAsk: [],
    incentive: [],
    pressure: [],
    writeWhat: [],
    contactAsk: [],
    deliveryContext: [],
    feedbackNotice: [],
    settlement: [],
  },

  amazonFeedbackNotice: '',

  courtesy: {
    thanks: [
      '(?:muchas |mil )?gracias(?: de nuevo)?(?: (?:por|de) (?:su|tu|la|el|sus) (?:\\p{L}+ )?(?:pedido|compra|confianza|paciencia))?',
      'le agradecemos (?:su|la) (?:\\p{L}+ )?(?:pedido|compra|confianza)',
      'agradecemos (?:su|tu) (?:pedido|compra|confianza)',
    ],
    padding: [
      '(?:hola|buenos días|buenas tardes|buenas noches|estimad[oa]|querid[oa])(?: (?:sr\\.?|sra\\.?|señor|señora|don|doña))?(?: [\\p{L}\'-]{1,20}){0,2}',
      '(?:un )?(?:cordial |atento )?saludos?(?: cordiales)?',
      '(?:atentamente|cordialmente|un saludo|saludos cordiales)',
      '(?:el )?equipo(?: de)?(?: [\\p{L}\'-]{1,20}){0,2}',
      '(?:esperamos|le deseamos) que[^.!?\\n]{0,50}',
      '(?:si tiene|para|ante) (?:cualquier|alguna) (?:pregunta|duda|problema|consulta)s?,?(?: (?:no dude en )?(?:contactarnos|contáctenos|escríbanos))?',
      'no dude en (?:contactarnos|escribirnos)',
      'estamos a su (?:entera )?disposición',
      'estamos aquí para (?:ayudarle|ayudarte)',
    ],
    confirmation: [
      'su (?:pedido|paquete|artículo|envío)(?: \\d{3}-\\d{7}-\\d{7})? (?:ha sido|fue|está) (?:enviado|confirmado|despachado|en camino|en tránsito|entregado al transportista)',
      'hemos (?:enviado|despachado|confirmado) su (?:pedido|paquete|artículo)',
      '(?:llegará|debería llegar|será entregado|se entregará)[^.!?\\n]{0,40}',
      'su número de seguimiento es[^.!?\\n]{0,60}',
      'confirmación de(?:l| su)? pedido',
      'su (?:pedido|paquete|artículo|envío)(?: \\d{3}-\\d{7}-\\d{7})? (?:ha salido|ha sido enviado|fue enviado|ha sido despachado|sale hoy)',
      'entrega prevista',
    ],
    signOffs: ['(?:un )?(?:cordial )?saludo', 'saludos(?: cordiales)?', 'atentamente', 'cordialmente'],
    checkIns: [],
    helpOffers: [
      'estamos a su (?:entera )?disposición',
      'estamos aquí para (?:ayudarle|ayudarte)',
      'no dude en (?:contactarnos|escribirnos)',
      '(?:para|ante) cualquier (?:duda|pregunta|consulta)',
    ],
    purpose: [
      'lamentablemente', 'desafortunadamente', 'sentimos', 'disculp\\p{L}{0,4}', 'dañad[oa]s?', 'rot[oa]s?', 'defectuos[oa]s?',
      'falta', 'incorrect[oa]s?', 'problemas?', 'retraso', 'agotad[oa]s?', 'sin stock', 'devolución', 'reembols\\p{L}{0,4}',
      'sustitución', 'reemplazo', 'cambio', 'cancel\\p{L}{0,6}', 'dirección', 'grabado', 'personaliza\\p{L}{0,6}', 'cita',
      'franja', 'por favor,? (?:confirme|envíe|indique|elija|compruebe|responda)', 'podría', 'desea', 'adjunt\\p{L}{0,3}',
      'factura', 'manual', 'garantía',
      'reseñas?', 'opinión', 'valor\\p{L}{1,6}', 'firma', 'alguien en casa', 'nadie en casa', 'asegúrese',
      'fotos?',
      'medidas?',
      'mandarnos',
      'enviarnos',
      'necesitamos',
    ],
  },

  topics: {
    address: ['dirección(?: de (?:envío|entrega))?', 'código postal', 'número de (?:casa|portal|piso)'],
    deliveryScheduling: ['cita(?: de entrega)?', 'franja horaria', 'fecha de entrega', 'programar la entrega'],
    customization: ['grabado', 'personaliza\\p{L}{0,6}', 'texto personalizado', 'diseño'],
    review: [REVIEW],
    problem: [],
  },
};
