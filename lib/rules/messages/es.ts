/** Spanish, in the words of Seller Central (amazon.es): mensajería entre compradores y vendedores, motivo de contacto. */
import type { MessageCatalog } from './types.ts';

const KEEP_IN_MESSAGING = 'mantenga la conversación en la mensajería entre compradores y vendedores.';

export const es: MessageCatalog = {
  rules: {
    'important-tag': {
      title: 'Etiqueta «[Important]»',
      why: 'Amazon eliminó la opción de añadir «[Important]» para saltarse la exclusión voluntaria de mensajes del comprador; los mensajes cuyo motivo de contacto es imprescindible para completar el pedido se entregan de todos modos.',
      messages: {
        tag:
          '«{actual}»: Amazon eliminó la opción «[Important]». La etiqueta ya no anula la exclusión voluntaria del comprador y puede hacer que se bloquee el mensaje. ' +
          'Si el mensaje es imprescindible para completar el pedido, elija en su lugar el motivo de contacto correspondiente (personalización del producto, programación de la entrega ' +
          'o un problema con la dirección de envío): esos mensajes se entregan incluso a los compradores que han optado por no recibir mensajes.',
      },
    },
    promotion: {
      title: 'Marketing y promoción',
      why: 'La mensajería entre compradores y vendedores no puede usarse para marketing: ni cupones, ni descuentos, ni otros productos, ni boletines, ni recomendaciones, ni enlaces a redes sociales.',
      messages: {
        phrase: '«{actual}» es promocional: la mensajería entre compradores y vendedores no puede usarse para marketing, cupones ni otros productos.',
      },
    },
    'review-positive': {
      title: 'Solicitud de una reseña positiva',
      why: 'Una solicitud de reseña debe ser neutral: no está permitido pedir una reseña positiva o de cinco estrellas, ni decirle al comprador qué debe escribir.',
      messages: {
        phrase: '«{actual}» orienta al comprador hacia una reseña positiva: pida la reseña de forma neutral («deje una reseña») o no la pida.',
      },
    },
    'review-conditional': {
      title: 'Solicitud de reseña condicionada',
      why: 'No está permitido pedir una reseña solo a los compradores satisfechos («si no, contáctenos primero»).',
      messages: {
        phrase: '«{actual}» pide una reseña solo si el comprador está satisfecho: a todos los compradores se les debe pedir de la misma manera.',
      },
    },
    'review-incentive': {
      title: 'Incentivo a cambio de una reseña',
      why: 'No está permitido ofrecer dinero, reembolsos, tarjetas regalo, productos gratuitos o con descuento ni ningún beneficio futuro a cambio de una reseña.',
      messages: {
        phrase: '«{actual}» ofrece algo a cambio de una reseña, algo que Amazon no permite.',
      },
    },
    'review-change': {
      title: 'Solicitud de modificar o eliminar una reseña',
      why: 'No está permitido pedir a un comprador que actualice, modifique o elimine una reseña o una valoración.',
      messages: {
        phrase: '«{actual}» pide al comprador que modifique o elimine una reseña o una valoración, algo que Amazon no permite.',
      },
    },
    'review-pressure': {
      title: 'Presión o culpa en torno a una reseña',
      why: 'Una solicitud de reseña debe ser neutral: no están permitidas las súplicas, la culpa ni la presión («puede que nuestra pequeña tienda no sobreviva sin su puntuación»).',
      messages: {
        phrase: '«{actual}» presiona al comprador en relación con una reseña: pídala una sola vez, de forma neutral, o no la pida.',
      },
    },
    'review-instruction': {
      title: 'Decirle al comprador qué escribir',
      why: 'Los vendedores no pueden decirles a los compradores qué escribir en una reseña ni pedirles que copien un texto en ella.',
      messages: {
        phrase: '«{actual}» le dice al comprador qué escribir en una reseña, algo que Amazon no permite.',
      },
    },
    'feedback-notice': {
      title: 'Aviso para actualizar la valoración',
      why: 'Una vez resuelto un problema, Amazon solo acepta un aviso neutral de que el comprador puede actualizar o eliminar su valoración del vendedor; cualquier cosa más insistente es una infracción.',
      messages: {
        phrase:
          '«{actual}» menciona un cambio en la valoración del comprador. Amazon solo acepta un aviso neutral una vez resuelto el problema, con sus propias palabras: «If you are satisfied that we have resolved your concerns, it is possible to update or remove the feedback you originally provided here.»',
      },
    },
    'review-repeat': {
      title: 'Segunda solicitud de reseña para un pedido',
      why: 'Amazon permite una sola solicitud de reseña o valoración por pedido, sea cual sea el canal.',
      messages: {
        repeat: '«{actual}» vuelve a pedir una reseña: ya se envió una solicitud de reseña para este pedido el {date}, y Amazon solo permite una por pedido.',
      },
    },
    'amazon-product-link': {
      title: 'Enlace a un producto, una tienda o una búsqueda en Amazon',
      why: 'Los enlaces a páginas de producto, escaparates, páginas de vendedor y resultados de búsqueda promocionan productos; solo se pueden enlazar las páginas del pedido, de devoluciones y de reseñas.',
      messages: {
        link: '«{actual}» enlaza a una página de producto, de tienda o de búsqueda de Amazon, lo que promociona productos: solo se permiten enlaces al pedido, a las devoluciones o a la página de reseñas.',
      },
    },
    'external-link': {
      title: 'Enlace fuera de Amazon',
      why: 'Solo se permiten enlaces a Amazon, enlaces de seguimiento del transportista y enlaces seguros necesarios para completar el pedido.',
      messages: {
        link: '«{actual}» enlaza fuera de Amazon: solo se permiten páginas de Amazon, enlaces de seguimiento del transportista y enlaces seguros necesarios para completar el pedido.',
        insecureLink:
          '«{actual}» enlaza fuera de Amazon: solo se permiten páginas de Amazon, enlaces de seguimiento del transportista y enlaces seguros necesarios para completar el pedido. Además, no es seguro (http).',
      },
    },
    'insecure-link': {
      title: 'Enlace no seguro (http)',
      why: 'Los enlaces deben ser seguros (https): las directrices solo permiten enlaces seguros y ningún contenido no seguro.',
      messages: {
        link: '«{actual}» no es seguro: utilice https. Los enlaces a Amazon y de seguimiento del transportista están permitidos, pero solo si son seguros.',
      },
    },
    'link-shortener': {
      title: 'Enlace acortado',
      why: 'Un enlace acortado oculta adónde lleva; solo se permiten enlaces a Amazon y de seguimiento del transportista.',
      messages: {
        link: '«{actual}» es un enlace acortado que oculta adónde lleva: solo se permiten enlaces a Amazon y de seguimiento del transportista.',
      },
    },
    'email-address': {
      title: 'Dirección de correo electrónico',
      why: 'Los mensajes no pueden contener direcciones de correo electrónico; la conversación se mantiene en la mensajería entre compradores y vendedores.',
      messages: {
        address: `«{actual}» es una dirección de correo electrónico: los mensajes no pueden contener direcciones de correo electrónico; ${KEEP_IN_MESSAGING}`,
        anonymised:
          '«{actual}» es la dirección anonimizada de Amazon del comprador: los mensajes no pueden incluir direcciones de correo electrónico, y la respuesta llega a través de Amazon de todos modos.',
      },
    },
    'phone-number': {
      title: 'Número de teléfono',
      why: 'Los mensajes no pueden contener números de teléfono; la conversación se mantiene en la mensajería entre compradores y vendedores.',
      messages: {
        number: `«{actual}» parece un número de teléfono: los mensajes no pueden contener números de teléfono; ${KEEP_IN_MESSAGING}`,
      },
    },
    'messenger-contact': {
      title: 'Mensajería instantánea o contacto directo',
      why: 'No está permitido llevar la conversación a WhatsApp, a una llamada telefónica ni a ningún otro canal fuera de Amazon.',
      messages: {
        phrase: '«{actual}» lleva la conversación fuera de Amazon: manténgala en la mensajería entre compradores y vendedores.',
      },
    },
    'contact-request': {
      title: 'Solicitud de los datos de contacto del comprador',
      why: 'Los vendedores no pueden pedir la dirección de correo electrónico ni el número de teléfono de un comprador; solo pueden confirmarse los datos de contacto para una entrega.',
      messages: {
        phrase: `«{actual}» pide los datos de contacto del comprador: los mensajes no pueden hacerlo, salvo para confirmar los datos de contacto para una entrega; ${KEEP_IN_MESSAGING}`,
      },
    },
    'messenger-app': {
      title: 'Paso a una aplicación de mensajería',
      why: 'Desviar a los compradores a WhatsApp, WeChat, Telegram, LINE o cualquier otro canal fuera de Amazon elude el proceso de venta de Amazon.',
      messages: {
        phrase: `«{actual}» lleva la conversación a una aplicación de mensajería fuera de Amazon, lo que no está permitido: ${KEEP_IN_MESSAGING}`,
      },
    },
    'off-amazon-sale': {
      title: 'Venta fuera de Amazon',
      why: 'Está prohibido cualquier intento de desviar a los compradores de Amazon a otro sitio web o a otro proceso de venta.',
      messages: {
        phrase: '«{actual}» incita al comprador a comprar fuera de Amazon (directamente, en su propio sitio web, más barato en otro sitio), algo que Amazon prohíbe.',
      },
    },
    'off-amazon-payment': {
      title: 'Pago fuera de Amazon',
      why: 'Los pagos de los pedidos de Amazon se realizan a través de Amazon; pedir un pago por PayPal, por transferencia bancaria o en efectivo elude el proceso de venta de Amazon.',
      messages: {
        phrase: '«{actual}» pide un pago fuera de Amazon, algo que está prohibido: todos los pagos se realizan a través de Amazon.',
      },
    },
    'cancellation-request': {
      title: 'Pedir al comprador que cancele',
      why: 'Las directrices de Amazon dicen: no se ponga en contacto con el comprador para pedirle que envíe una solicitud de cancelación. Cancele usted mismo el pedido y explique al comprador el motivo.',
      messages: {
        phrase:
          '«{actual}» pide al comprador que cancele o que solicite una cancelación, algo que Amazon no permite: si no puede enviar el pedido, cancélelo usted mismo y explique al comprador el motivo.',
      },
    },
    'opt-out': {
      title: 'Texto para darse de baja',
      why: 'No se permiten enlaces ni instrucciones para darse de baja: los compradores gestionan sus preferencias de mensajes en su cuenta de Amazon.',
      messages: {
        phrase:
          '«{actual}» es un texto para darse de baja: los compradores gestionan sus preferencias de mensajes en su cuenta de Amazon, y las instrucciones para darse de baja hacen que se bloquee el mensaje.',
      },
    },
    'html-markup': {
      title: 'Código HTML',
      why: 'El formulario de mensajes solo admite texto sin formato; los mensajes con código HTML o hipervínculos se bloquean (píxeles de seguimiento incluidos).',
      messages: {
        tag: '«{actual}» es HTML: el formulario de mensajes solo admite texto sin formato, y los mensajes con código HTML se bloquean.',
        image: '«{actual}» es una imagen HTML: el formulario de mensajes solo admite texto sin formato, y las imágenes o los píxeles de seguimiento hacen que se bloquee el mensaje.',
      },
    },
    image: {
      title: 'Imagen insertada',
      why: 'No se permiten imágenes del producto, imágenes no relacionadas, logotipos con enlaces ni píxeles de seguimiento.',
      messages: {
        markdown: '«{actual}» inserta una imagen: no se permiten imágenes del producto, logotipos con enlaces ni píxeles de seguimiento.',
      },
    },
    emoji: {
      title: 'Emoji',
      why: 'Las normas de estilo de Amazon lo dicen claramente: nada de emojis.',
      messages: {
        emoji: 'Emoji «{actual}»: las normas de estilo de Amazon no permiten emojis.',
      },
    },
    'line-breaks': {
      title: 'Más de dos saltos de línea',
      why: 'Las normas de estilo de Amazon no permiten más de dos saltos de línea seguidos.',
      messages: {
        count: '{count} saltos de línea seguidos: las normas de estilo de Amazon no permiten más de dos.',
        many: 'Muchos saltos de línea seguidos: las normas de estilo de Amazon no permiten más de dos.',
      },
    },
    shouting: {
      title: 'Todo en mayúsculas',
      why: 'Los fragmentos largos en mayúsculas se leen como gritos y como un intento de saltarse el estilo del mensaje.',
      messages: {
        capitals: '«{actual}» está escrito en mayúsculas, lo que se lee como un grito.',
      },
    },
    'repeated-punctuation': {
      title: '«!» o «?» repetidos',
      why: 'Varios signos de exclamación o de interrogación seguidos transmiten presión o publicidad; las normas de estilo de Amazon piden texto sencillo.',
      messages: {
        marks: '«{actual}»: varios signos de exclamación o de interrogación seguidos transmiten presión; basta con uno.',
      },
    },
    'thank-you-only': {
      title: 'Mensaje solo de agradecimiento',
      why: 'No se permiten los mensajes que solo dan las gracias o que solo ofrecen ayuda.',
      messages: {
        thanks:
          'Este mensaje solo da las gracias: no se permiten los mensajes que solo agradecen al comprador (o que solo ofrecen ayuda). Incluya el agradecimiento en un mensaje con un propósito concreto, o no lo envíe.',
      },
    },
    'confirmation-only': {
      title: 'Confirmación de pedido o de envío',
      why: 'Amazon envía las confirmaciones de pedido y de envío; los vendedores no pueden hacerlo.',
      messages: {
        confirmation:
          'Este mensaje es solo una confirmación de pedido o de envío: Amazon ya las envía, y los vendedores no pueden hacerlo. Envíe un mensaje solo cuando algo requiera la atención del comprador para completar el pedido.',
      },
    },
    'help-only': {
      title: 'Mensaje que solo ofrece ayuda',
      why: 'No se permiten los mensajes que solo dicen que está disponible para ayudar, sin un propósito propio.',
      messages: {
        help: 'Este mensaje solo ofrece ayuda («{actual}»): no se permiten los mensajes que solo dicen que está disponible para ayudar. Escriba cuando algo requiera la atención del comprador para completar el pedido.',
      },
    },
    'delivery-check-in': {
      title: 'Consulta sobre la entrega',
      why: 'Preguntar si un paquete ha llegado, sin ningún problema que resolver, no es un mensaje permitido; Amazon ya informa a los compradores sobre las entregas.',
      messages: {
        checkIn: '«{actual}» solo pregunta por la entrega: Amazon no permite mensajes sin un propósito propio. Escriba cuando algo requiera la atención del comprador.',
      },
    },
    placeholder: {
      title: 'Marcador de posición sin rellenar',
      why: 'Un marcador de posición que queda en el texto llega al comprador tal cual; rellénelo antes de enviar el mensaje.',
      messages: {
        placeholder: '«{actual}» es un marcador de posición que no se ha rellenado: el comprador lo vería tal cual.',
      },
    },
    'critical-reason-misuse': {
      title: 'Motivo de contacto imprescindible para un mensaje que no lo es',
      why: 'Los mensajes cuyo motivo de contacto es imprescindible para completar el pedido llegan a los compradores que han optado por no recibir mensajes; Amazon restringe a los vendedores que usan esos motivos para mensajes que no son imprescindibles.',
      messages: {
        review:
          'El motivo de contacto es «{reason}», pero «{actual}» pide una reseña: las solicitudes de reseña no son imprescindibles para completar el pedido, y usar indebidamente un motivo imprescindible puede hacer que Amazon restrinja su acceso a la mensajería. Elija el motivo «Solicitar una reseña» u «Otros».',
        thanks:
          'El motivo de contacto es «{reason}», pero el mensaje solo da las gracias al comprador u ofrece ayuda: usar indebidamente un motivo imprescindible puede hacer que Amazon restrinja su acceso a la mensajería.',
        promotion:
          'El motivo de contacto es «{reason}», pero «{actual}» promociona productos: usar indebidamente un motivo imprescindible puede hacer que Amazon restrinja su acceso a la mensajería.',
        notCritical:
          'El motivo de contacto es «{reason}», pero nada en el mensaje trata de «{reason}»: usar indebidamente un motivo imprescindible puede hacer que Amazon restrinja su acceso a la mensajería. Elija el motivo del que trata el mensaje.',
      },
    },
    'message-length': {
      title: 'Mensaje demasiado largo',
      why: 'Los mensajes tienen un límite de 2000 caracteres, y de 800 cuando se confirman los detalles de personalización.',
      messages: {
        tooLong: 'El mensaje tiene {count} caracteres; el límite es {limit}. Acórtelo en {excess} caracteres.',
        tooLongCustomization:
          'El mensaje tiene {count} caracteres; el límite para los mensajes de personalización es {limit}. Acórtelo en {excess} caracteres.',
      },
    },
    'missing-order-id': {
      title: 'Sin número de pedido',
      why: 'Todo mensaje que envíe por iniciativa propia debería incluir el número de pedido (por ejemplo, 112-1234567-1234567), como hacen las plantillas de Amazon.',
      messages: {
        missing:
          'No se ha encontrado ningún número de pedido: añádalo (por ejemplo, 112-1234567-1234567) para que el comprador sepa a qué pedido se refiere, como hacen las plantillas de Amazon.',
      },
    },
    'language-mismatch': {
      title: 'No está en el idioma del comprador',
      why: 'Los mensajes deben redactarse en el idioma preferido del comprador, que puede ser distinto del idioma de la tienda.',
      messages: {
        mismatch:
          'Este mensaje parece estar en {language}, pero el idioma preferido del comprador es el {buyerLanguage}: los mensajes deben redactarse en el idioma del comprador.',
      },
    },
    'contact-reason-mismatch': {
      title: 'El motivo de contacto no encaja',
      why: 'Solo los motivos de contacto imprescindibles para completar el pedido (personalización, programación de la entrega, problemas con la dirección) llegan a los compradores que han optado por no recibir mensajes.',
      messages: {
        reviewReasonForCritical:
          'El motivo de contacto es «Solicitar una reseña», pero el mensaje trata de «{reason}»: elija ese motivo, que se entrega incluso a los compradores que han optado por no recibir mensajes.',
        genericReasonForCritical:
          'Este mensaje parece tratar de «{reason}»: si elige el motivo de contacto «{reason}», se entregará incluso a los compradores que han optado por no recibir mensajes.',
      },
    },
    'review-request': {
      title: 'Solicitud de reseña',
      why: 'Amazon permite una sola solicitud de reseña o valoración por pedido; Clearsend recuerda las solicitudes que usted envía.',
      messages: {
        noted: '«{actual}» pide una reseña: Amazon permite una sola solicitud por pedido. Clearsend la recordará para este pedido cuando envíe el mensaje.',
      },
    },
  },
  labels: {
    removeTag: 'Quitar la etiqueta',
    removeLink: 'Quitar el enlace',
    useHttps: 'Usar https',
    removeEmail: 'Quitar la dirección de correo electrónico',
    removePhone: 'Quitar el número de teléfono',
    removeHtml: 'Quitar el HTML',
    removeImage: 'Quitar la imagen',
    removeEmoji: 'Quitar el emoji',
    keepOneEmptyLine: 'Dejar una sola línea en blanco',
    normalCase: 'Escribir en minúsculas normales',
    useOneMark: 'Usar un solo «{mark}»',
    neutralWording: 'Usar una formulación neutral',
    reviewWithoutKind: 'Pedir una reseña sin decir de qué tipo',
    reviewWithoutRating: 'Pedir una reseña sin mencionar estrellas',
    removeSentence: 'Quitar esta frase',
    useAmazonWording: 'Usar la formulación de Amazon',
    removeWords: 'Eliminar estas palabras',
    removePlaceholder: 'Eliminar la variable',
    fillOrderId: 'Insertar el número de pedido: {value}',
    fillBuyerName: 'Insertar el nombre del comprador: {value}',
    fillSellerName: 'Insertar su nombre: {value}',
    chooseTemplate: 'Elegir una plantilla',
    selectOverLimit: 'Seleccionar el texto que supera el límite',
  },
  languages: {
    en: 'inglés',
    de: 'alemán',
    fr: 'francés',
    es: 'español',
    it: 'italiano',
    ja: 'japonés',
    nl: 'neerlandés',
    sv: 'sueco',
    pl: 'polaco',
    tr: 'turco',
    pt: 'portugués',
    ar: 'árabe',
    zh: 'chino',
  },
  reasons: {
    customization: 'personalización del producto',
    deliveryScheduling: 'programación de la entrega',
    address: 'problema con la dirección de envío',
  },
  criticalReasons: {
    customization: 'personalización del producto',
    'delivery-scheduling': 'programación de la entrega',
    'address-issue': 'problema con la dirección de envío',
    'unexpected-problem': 'problema inesperado',
  },
};
