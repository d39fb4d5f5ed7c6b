/**
 * Spanish phrases, as sellers from Spain and Mexico write them: usted and tú, "pedido" and
 * "orden", "móvil" and "celular", with or without accents. Syntax: see ./types.ts.
 */
import type { PhraseBook } from './types.ts';
import { spelledPhone } from './numbers.ts';
import { refusedOffers, refusedOutside, refusedWays, type RefusalWords } from './refusals.ts';

/** Words for a product review or seller feedback, as a regex alternation. */
const REVIEW =
  '(?:rese[ñn]as?|opini[oó]n|opiniones|valoraci(?:[oó]n|ones)|comentarios?|calificaci(?:[oó]n|ones)|evaluaci(?:[oó]n|ones)|puntuaci(?:[oó]n|ones)|feedback)';
/** The same without the everyday words "opinión", "comentario", "evaluación". */
const REVIEW_STRICT = '(?:rese[ñn]as?|valoraci(?:[oó]n|ones)|calificaci(?:[oó]n|ones)|puntuaci(?:[oó]n|ones)|feedback)';
/** What a buyer may leave: a review word, an impression, stars. */
const REVIEW_THING =
  '(?:rese[ñn]as?|valoraci(?:[oó]n|ones)|opini(?:[oó]n|ones)|calificaci(?:[oó]n|ones)|puntuaci(?:[oó]n|ones)|comentarios?|impresi(?:[oó]n|ones)|estrellas|estrellitas|feedback)';
/** Seller feedback, which Amazon's notice lets the buyer update (a product review is never asked about). */
const FEEDBACK = '(?:valoraci(?:[oó]n|ones)|comentarios?|opini[oó]n|calificaci(?:[oó]n|ones)|feedback)';
/** Leaving a review: usted and tú imperatives, infinitives with pronouns, gerunds, past forms. */
const LEAVE =
  '(?:dej(?:a|ar|as|e|en|es|ando|ó|ado|ara|aras|ase)|d[ée]j(?:enos|anos|elo|ela|alo|ala)|dejar(?:nos|le|la|lo)' +
  '|escrib(?:a|an|e|es|ir|iendo|ió|iera|ieras)|escribir(?:nos|la|lo)|escr[ií]b(?:ala|alo|ela|elo)|escrit[oa]' +
  '|publi(?:que|quen|ca|cas|car|cando|có|cado|cara|caras)|publicar(?:la|lo)|publ[ií]quel[oa]' +
  '|compart(?:a|an|e|es|ir|iendo|ió|ido|iera|ieras)|compartir(?:nos|la|lo)|comp[aá]rt(?:anos|enos)' +
  '|pon(?:er|ga|gan|iendo)?|ponernos|p[oó]ngan(?:os)?|dar(?:nos)?|d[ée]nos|danos|regal(?:a|e|as|en)(?:nos)?|reg[aá]l(?:enos|anos)|redact(?:ar|e|a))';
/** What sellers offer in return for a review. */
const INCENTIVE_WORDS =
  '(?:gratis|gratuit[oa]s?|regalos?|regal(?:amos|aremos|arle|arte)|obsequios?|descuentos?|cup[oó]n|cupones|vales? (?:de (?:compra|descuento|regalo)|regalo|amazon)|tarjetas? (?:de )?regalo|cheques? regalo|reembols\\p{L}{0,6}|dinero|recompensas?|premios?|bonificaci(?:[oó]n|ones))';
/** Money and percentages: "10 €", "20 %", "50 pesos". */
const AMOUNT = '(?:\\d{1,3} ?%|\\d{1,4}(?:[.,]\\d{2})? ?(?:€|euros?|pesos|d[oó]lares|usd|mxn))';
const INCENTIVE = `(?:${INCENTIVE_WORDS}|${AMOUNT})`;
/** The buyer's contact details. */
const CONTACT =
  '(?:correo(?: electr[oó]nico)?|e-?mail|mail|direcci[oó]n de (?:correo|e-?mail)(?: electr[oó]nico)?|(?:n[uú]mero de )?(?:tel[eé]fono|m[oó]vil|celular|whats ?app)(?: de contacto| personal| m[oó]vil)?|n[uú]mero de contacto|contacto personal)';
/** Buying: "compre", "cómprelo", "pídalo", "encargar". ("Compruebe" is not one.) */
const BUY =
  '(?:compr(?:a|ar|e|en|es|as|ando|arlo|arla|arlos|arlas|arnos)|c[oó]mpr(?:elo|ela|alo|ala|elos|alos|enos|anos)|ped(?:ir|irlo|irla|irnos)|pid(?:a|an|as|e|iendo)|p[ií]d(?:anos|enos|alo|ala|alos|alas|elo|ela|elos|elas)|encarg(?:ar|ue|uen|a|arnos)|adquir(?:ir|irlo|irla))';
/** A shop outside Amazon. */
const OWN_STORE =
  '(?:p[aá]gina web|web|sitio web|sitio|tienda (?:online|en l[ií]nea|virtual|web|propia|f[ií]sica)|e-?shop|web ?shop|shopify|p[aá]gina)';
/** Cancelling, said to the buyer (usted, ustedes and tú imperatives with pronouns). */
const CANCEL_YOU =
  '(?:canc[eé]les|an[uú]les|canc[eé]le(?:lo|la|los|las)?|canc[eé]len(?:lo|la|los|las)?|an[uú]le(?:lo|la|los|las)?|an[uú]len(?:lo|la|los|las)?|canc[eé]lal[oa]s?|an[uú]lal[oa]s?)';
/** Where a buyer cancels: their side, their account, the app. */
const BUYER_SIDE = '(?:desde|en|por) (?:su|tu) (?:cuenta|app|aplicaci[oó]n|perfil|lado|parte|secci[oó]n)';

/** A way of paying or a messenger named only to refuse it (refusals.ts). */
const REFUSALS: RefusalWords = {
  ways: ['transferencias?(?: bancarias?)?', 'bizum', 'efectivo', 'contra ?reembolso', 'mercado ?pago', 'oxxo', 'spei', 'clabe', 'iban', 'datos bancarios', 'cheques?', 'depósitos?'],
  joiners: [',', ',? o', ',? u', ',? y', ',? ni'],
  negations: ['no', 'ni', 'nunca', 'jamás', 'sin', 'ningún', 'ninguna', 'tampoco'],
  refusals: ['no (?:\\p{L}+ ){0,2}(?:es posible|son posibles|es una opción|está previsto|están previstos|aceptamos|admitimos|usamos|utilizamos|trabajamos|es necesari[oa]|hace falta|lo aceptamos|los aceptamos|las aceptamos|está permitid[oa])', '(?:lo|los|la|las) (?:aceptamos|admitimos|usamos) no', 'no es (?:posible|una opción|necesario)'],
  reported: ['(?:usted |tú )?(?:nos |me )?(?:pregunta|preguntaba|preguntó|preguntabas|preguntaste|consulta|consultaba|propone|proponía|propuso|ofrecía|ofreció|sugería|escribió|escribía|quería saber|quiere saber)', '(?:su|tu) (?:pregunta|consulta|propuesta|mensaje)', '(?:nos |me )?(?:propones|ofreces|ofrezcas|ofrezca|sugieres|preguntas|pides|comentas|comentaba|comentó)'],
  acknowledged: ['entiendo que', 'comprendo que', '(?:te|le) agradezco que'],
  neverAsk: ['nunca (?:le |te |les )?(?:pediremos|pedimos|pediría|vamos a pedir|solicitaremos)', 'jamás (?:le |te |les )?(?:pediremos|pedimos|vamos a pedir)', 'no (?:le |te )?(?:pediremos|vamos a pedir) nunca'],
  prepositions: ['por', 'mediante', 'vía', 'via', 'con', 'en', '(?:el |un )?pag\\p{L}{1,5} (?:por|con|mediante|vía|en)'],
};
const OUTSIDE_AMAZON = 'fuera de amazon';

/** A discount code or a better price the buyer asked for, refused (refusals.ts refusedOffers). */
const OFFERS = ['códigos? (?:de )?(?:descuento|promoción|promocional)', 'cupones', 'cupón', 'descuentos?', 'precio especial', 'mejor precio', 'rebajas?'];

export const es: PhraseBook = {
  language: 'es',
  name: 'Spanish',
  wordBoundaries: true,
  stopWords: [
    'el', 'la', 'los', 'las', 'y', 'es', 'usted', 'su', 'sus', 'nosotros', 'nuestro', 'nuestra', 'para',
    'con', 'una', 'un', 'del', 'en', 'por', 'gracias', 'hola', 'pedido', 'saludos', 'que', 'muy', 'le',
    'lo', 'se', 'ha', 'está', 'estimado', 'estimada', 'no', 'hemos', 'puede', 'pero', 'también', 'desde', 'tiene',
    'nuestros', 'nuestras', 'esta', 'este',
  ],
  importantTagWords: ['importante', 'urgente', 'atención', 'aviso importante'],

  promotion: {
    patterns: [
      'nuestra (?:página|tienda|escaparate) (?:de|en) amazon',
      '(?:muchos |bastantes )?clientes (?:\\p{L}+ ){0,2}(?:añaden|compran|llevan|eligen|combinan) (?:también |además )?(?:nuestro|nuestra|nuestros|nuestras)',
      '(?:busque|busca|buscar|búsquenos|búscanos) [^.!?\\n]{1,40}en (?:el buscador de )?amazon',
      // Otros productos y ofertas en su forma general (G1701).
      '(?:pronto|próximamente) (?:disponibles?|a la venta|en nuestra)',
      'envío gratis (?:en|para|a partir de) (?:su |tu |la )?próxima',
      'novedades? (?:de|en) (?:nuestra|nuestro)',
      // "Quienes compran esta sartén suelen llevarse también la tapa": what other buyers add.
      '(?:quienes|los (?:clientes|compradores) que|la gente que|muchos (?:clientes|compradores) que) (?:compran|compraron|eligen|eligieron|piden|pidieron|se llevan|se llevaron) (?:\\p{L}+ ){0,4}(?:suelen |también )?(?:llevarse|comprar|pedir|añadir|elegir|se llevan|compran|añaden|piden|eligen)',
      '(?:l[oa]s?) (?:encontrará|encontrarás|puede encontrar|puedes encontrar|verá|verás) buscando',
      'colecci(?:ón|ones) de (?:otoño|invierno|primavera|verano|navidad|temporada)',
      '(?:sacamos|sacaremos|lanzaremos|presentamos|presentaremos|estrenaremos|vamos a (?:lanzar|sacar|presentar|estrenar)) (?:\\p{L}+ ){0,3}(?:nuev[oa]s|modelos|productos|diseños|colecci(?:ón|ones)|línea|gama|referencias)',
      '\\d{1,3} ?% (?:de descuento|dto|menos|de rebaja|off)',
      'códigos? (?:de descuento|promocional(?:es)?|promo)',
      '(?:un|nuestro) (?:cupón|vale) (?:de descuento|promocional)?',
      '(?:use|usa|utilice|utiliza|introduzca|introduce|aplique|aplica|canjee|canjea) (?:el |este |su |tu )?cupón',
      // A code word with digits: "con el código GRACIAS10", "cupón VERANO20".
      'cupón:? \\p{L}{2,15}\\d{1,3}',
      'código:? \\p{L}{3,15}\\d{1,3}',
      '(?:en|para) (?:su|tu) (?:próxim[oa]) (?:pedido|compra|orden)',
      '(?:nuestras |las )?(?:rebajas|ofertas (?:especiales|exclusivas)|ventas? flash)',
      '(?:nuestras|grandes|increíbles|las mejores) ofertas',
      'ofertas (?:de|del|para el) (?:temporada|verano|invierno|navidad|black friday|cyber monday|buen fin|hot sale|prime day)',
      '(?:aproveche|aprovecha|aprovechar) (?:\\p{L}+ ){0,3}(?:ofertas?|descuentos?|promoci(?:ón|ones)|rebajas|black friday|buen fin|hot sale)',
      'oferta (?:exclusiva|limitada|especial|por tiempo limitado)',
      'descuentos? (?:exclusiv[oa]s?|especiales?|para (?:clientes|suscriptores|miembros|socios))',
      'clientes vip',
      'grupo (?:de|en) (?:telegram|whats ?app|facebook)',
      'por tiempo limitado',
      '(?:nuestras|nuestra|una) (?:promoción|promociones)',
      '(?:vuelva|vuelve|volver) a comprar',
      '(?:nuestr[oa]s?) (?:nuev[oa]s?|otr[oa]s?) (?:colección|colecciones|productos|artículos|gama|modelos|diseños)',
      'nueva colección',
      '(?:visite|visita|descubra|descubre|conozca|conoce|explore|explora|eche un vistazo a|echa un vistazo a|échele un vistazo a|échale un vistazo a|dele un vistazo a|dale un vistazo a|pásese por|pásate por) (?:nuestra|nuestro|nuestros|nuestras) (?:\\p{L}+ )?(?:tienda|productos|catálogo|gama|colección|colecciones|novedades|artículos|escaparate|marca|diseños|modelos)',
      '(?:búsquel[oa]s?|búscal[oa]s?|encuéntrel[oa]s?|encuéntral[oa]s?|véal[oa]s?|míral[oa]s?|mírel[oa]s?) en nuestra tienda',
      '(?:vea|ver|mire|mira|mirar|descubra|descubre|descubrir|conozca|conoce|conocer|explore|explora|explorar|visitar|echar un vistazo a) (?:\\p{L}+ ){0,2}(?:el resto de|todos|todas) (?:nuestr[oa]s|los|las) (?:\\p{L}+ )?(?:productos|artículos|diseños|modelos|colecciones|novedades)',
      // "Eche también un vistazo al resto de nuestra colección": other products (G1701).
      '(?:el |al )?resto de (?:nuestr[oa]s?) (?:\\p{L}+ )?(?:colecci(?:ón|ones)|gamas?|catálogo|tienda|productos|artículos|diseños|modelos|surtido)',
      // "En nuestra tienda de Amazon también tenemos las tazas a juego."
      '(?:en|de) nuestra tienda(?: de amazon| en amazon)? (?:también )?(?:tenemos|encontrará|encontrarás|puede encontrar|puedes encontrar|podrá encontrar|hay|ofrecemos|vendemos|disponemos de)',
      'también (?:tenemos|vendemos|fabricamos|ofrecemos|hacemos|diseñamos|disponemos de) (?:\\p{L}+ ){0,5}(?:a juego|del mismo|de la misma|mism[oa]s? (?:línea|colección|serie|estilo|diseño|esmalte|tela|modelo)|similares|parecid[oa]s|complement\\p{L}+|(?:la|nuestra) colección)',
      'tenemos (?:\\p{L}+ ){0,2}(?:la )?misma (?:línea|colección|serie|gama)',
      '(?:también|además) (?:le|te) (?:podría|podrían|puede|pueden) (?:interesar|gustar|encantar)',
      '(?:productos|artículos) que (?:también )?(?:le|te) (?:podría|podrían|puede|pueden) (?:interesar|gustar|encantar)',
      '(?:hemos (?:subido|lanzado|añadido|incorporado|sacado|estrenado)|acabamos de (?:lanzar|subir|sacar|añadir|estrenar)|lanzamos|estrenamos) (?:\\p{L}+ ){0,3}(?:nuev[oa]s|modelos|productos|diseños|colección|línea|gama|referencias)',
      '(?:ya )?(?:está|están) disponibles? (?:\\p{L}+ ){0,2}en nuestra tienda',
      '(?:nuestras|las últimas) novedades',
      'novedades (?:de|en) (?:la|nuestra) tienda',
      '(?:boletín|newsletter)',
      'lista de (?:correo|difusión)',
      '(?:suscríbase|suscríbete|suscribirse|suscribirte|regístrese|regístrate|apúntese|apúntate) (?:a|en) (?:nuestro|nuestra)',
      '(?:recomiende|recomienda) a (?:un|sus|tus) amigos?',
      '(?:síganos|síguenos|encuéntrenos|encuéntranos|búsquenos|búscanos)',
      '(?:en|nuestra página de|nuestro perfil de|nuestra cuenta de|nuestro canal de) (?:instagram|facebook|tiktok|pinterest|youtube)',
      'nuestras redes(?: sociales)?',
      '(?:sorteo|concurso)s?',
      'sorteamos',
      '(?:recomiéndenos|recomiéndanos)(?: a (?:un|sus|tus) amigos?)?',
      '(?:trae|traiga|invite|invita) a (?:un|sus|tus) amig[oa]s?',
      'código de (?:referido|amigo|invitación)',
      'programa de (?:fidelidad|fidelización|referidos|recomendación|afiliados|puntos)',
      '(?:club|tarjeta) de (?:clientes|socios|fidelidad)',
      '(?:acumule|acumula|acumular) puntos',
    ],
    exceptions: [
      ...refusedOffers(REFUSALS, OFFERS),
      'condiciones de venta',
      'servicio posventa',
      'posventa',
      '(?:fecha|precio|factura|momento|contrato|punto|recibo) de (?:la )?venta',
    ],
  },

  reviewPositive: {
    patterns: [
      {
        pattern: `(${REVIEW}) (?:positivas?|positivos?|favorables?|excelentes?|buen[oa]s?|de (?:5|cinco) estrellas)`,
        replacement: '$1',
        label: 'reviewWithoutKind',
      },
      {
        pattern: `(?:buena|buenas|buen|buenos|excelente|gran|mejor|bonita|linda|estupenda|magnífica|maravillosa|fantástica|genial) (${REVIEW})`,
        replacement: '$1',
        label: 'reviewWithoutKind',
      },
      {
        pattern: '(?:5|cinco) (?:estrellas|estrellitas)',
        replacement: 'una reseña',
        label: 'reviewWithoutRating',
      },
      '(?:la )?(?:máxima|mejor|más alta) (?:puntuación|calificación|valoración|nota)',
      'todas las estrellas',
      '(?:5|cinco) de (?:5|cinco)(?: estrellas)?',
      `(?:mencionar|mencione|menciona|mencionen|decir|diga|di|escribir|escriba|escribe|destacar|destaque|destaca|resaltar|resalte|resalta)(?: que| cómo| lo)?[^.!?\\n]{0,40} en (?:su|tu|la|una) ${REVIEW}`,
      `en (?:su|tu|la) ${REVIEW},? (?:por favor,? |le pedimos que |podría |¿podría )?(?:mencione|menciona|diga|di|escriba|escribe|destaque|destaca|comente|comenta|cuente|cuenta)`,
      // The top rating without the word "stars", word of mouth with a review, only the fully satisfied asked, what to write.
      'la (?:máxima|mejor) (?:puntuación|nota|valoración)',
      'la nota más alta',
      'todas las estrellas',
      '(?:cuéntaselo|se lo contara|contárselo|recomiéndanos) (?:a )?(?:sus|tus) amigos[^.!?\\n]{0,120}reseña',
      'solo (?:a )?(?:los )?clientes (?:\\p{L}+ ){0,2}(?:100 ?%|totalmente|completamente) satisfechos',
    ],
    exceptions: [
      `gracias por (?:su|tu|sus|tus) (?:\\p{L}+ )?${REVIEW} (?:positivas?|favorables?|buen[oa]s?)`,
      `gracias por (?:su|tu|sus|tus) (?:buen[oa]s?|bonitas?|excelentes?|positivas?|maravillosas?|estupendas?|amables?) ${REVIEW}`,
      '(?:hotel|hoteles|calidad|servicio|resort) de (?:5|cinco) estrellas',
    ],
  },

  reviewConditional: {
    patterns: [
      `si (?:usted |tú )?(?:está|esta|estás|ha quedado|has quedado|queda|quedó|se siente|te sientes|se encuentra) (?:\\p{L}+ )?(?:satisfech[oa]s?|content[oa]s?|feliz|encantad[oa]s?|conformes?)[^.!?\\n]{0,80}${REVIEW}`,
      `si (?:le|te|les) (?:ha |han )?(?:gusta|gustan|gustó|gustaron|gustado|encanta|encantan|encantó|encantaron|encantado)(?!\\p{L})[^.!?\\n]{0,80}${REVIEW}`,
      `si (?:ha|has) tenido una (?:buena|excelente|grata|agradable|positiva|bonita) experiencia[^.!?\\n]{0,80}${REVIEW}`,
      `${REVIEW}[^.!?\\n]{0,60}si (?:está|estás|ha quedado|queda) (?:satisfech[oa]s?|content[oa]s?)`,
      `(?:cont[aá]ct\\p{L}{0,6}|escr[ií]b\\p{L}{0,6}|av[ií]s\\p{L}{0,6}|consúlt\\p{L}{0,6}|h[aá]bl\\p{L}{0,6}|comun[ií]qu\\p{L}{0,6}|p[oó]ng\\p{L}{0,6} en contacto)(?: primero)?(?: con nosotros)? (?:primero |directamente )?(?:antes de|en lugar de|en vez de) (?:dejar|publicar|escribir|poner|dar|valorar|calificar|opinar)`,
      `(?:antes de|en lugar de|en vez de) (?:dejar|publicar|escribir|poner|dar)(?:nos|le)? (?:una |un |su |tu |cualquier )?(?:${REVIEW} )?(?:negativ[oa]|mal[oa]|baj[oa]|neutral|de (?:1|una|2|dos) estrellas?)`,
      `(?:antes de|en lugar de|en vez de) (?:dejar|publicar|escribir|poner)(?:nos|le)? (?:una |un |su |tu )?${REVIEW} (?:negativ[oa]|mal[oa])`,
      `no (?:nos )?(?:deje|dejes|dejen|ponga|pongas|escriba|escribas|publique|publiques|dé|des) (?:una |un |ninguna |ningún )?(?:${REVIEW} )?(?:mal[oa]|negativ[oa]|baj[oa]|de (?:1|una) estrellas?)(?: ${REVIEW})?`,
      `(?:escr[ií]b|cont[aá]ct|av[ií]s|h[aá]bl)\\p{L}{0,6}(?: con nosotros)? primero[^.!?\\n]{0,80}${REVIEW_STRICT}`,
      `${REVIEW_STRICT}[^.!?\\n]{0,80}(?:escr[ií]b|cont[aá]ct|av[ií]s|h[aá]bl)\\p{L}{0,6}(?: con nosotros)? primero`,
      '(?:si no|de lo contrario|en caso contrario|si algo (?:no )?(?:va mal|falla|no está bien)|si hay (?:algún|cualquier) problema)[^.!?\\n]{0,40}(?:cont[aá]ct\\p{L}{0,6}|escr[ií]b\\p{L}{0,6}|av[ií]s\\p{L}{0,6}|d[ií]g\\p{L}{0,6})(?: con nosotros)? (?:primero|antes)',
    ],
  },

  reviewIncentive: {
    patterns: [
      `a cambio de (?:una |un |su |tu )?(?:\\p{L}+ )?${REVIEW}`,
      `${INCENTIVE_WORDS}[^.!?\\n]{0,60}(?:por|tras|después de|al|si|cuando|una vez que|en cuanto) (?:nos |me )?(?:${LEAVE}|valor\\p{L}{1,6}|calific\\p{L}{1,6}|opin\\p{L}{1,4}) (?:\\p{L}+ ){0,3}${REVIEW_THING}`,
      `${AMOUNT}[^.!?\\n]{0,60}(?:por|tras|después de|al|si|cuando|una vez que|en cuanto) (?:nos |me )?(?:${LEAVE}|valor\\p{L}{1,6}|calific\\p{L}{1,6}|opin\\p{L}{1,4}) (?:\\p{L}+ ){0,3}${REVIEW_THING}`,
      `${INCENTIVE_WORDS} (?:por|para quien deje|para quienes dejen) (?:una |un |su |tu )?(?:\\p{L}+ )?${REVIEW_STRICT}`,
      `${REVIEW}[^.!?\\n]{0,60}(?:y|para) (?:recibir|obtener|conseguir|ganar|llevarse|participar)[^.!?\\n]{0,40}${INCENTIVE}`,
      `(?:por|tras|después de|al) (?:dejar|escribir|publicar|compartir)(?:nos)? (?:una |un |su |tu )?(?:\\p{L}+ )?${REVIEW}[^.!?\\n]{0,60}${INCENTIVE}`,
      `(?:captura(?: de pantalla)?|pantallazo|enlace|prueba) (?:de|del) (?:su|tu|la) ${REVIEW}`,
      `si (?:nos |me )?(?:escribe|deja|publica|comparte|escribes|dejas|publicas|compartes|valora|valoras|califica|calificas) (?:una|un|su|tu) ${REVIEW}[^.!?\\n]{0,80}${INCENTIVE}`,
      `(?:sorteo|sorteamos)[^.!?\\n]{0,60}(?:entre|para) (?:\\p{L}+ ){0,4}(?:que|quienes) (?:nos )?(?:dej|escrib|public|compart|valor|calific|opin)\\p{L}{1,8}`,
      // Faster help or free products traded for a review: "once your review is up, we ship the part the same day", a tester club.
      'en cuanto (?:veamos )?(?:publicada )?(?:su|tu) reseña',
      'cuando (?:su|tu) reseña (?:esté|aparezca|se publique)',
      '(?:club|programa|panel) de (?:probadores|testers|testadores)',
      'a cambio (?:\\p{L}+ ){0,3}(?:una )?reseña',
    ],
  },

  reviewChange: {
    patterns: [
      // "Subirle alguna estrella", "volver a la valoración… y borrarla".
      'sub(?:ir|a|e|an|as|amos)(?:le|les|nos|la|lo)? (?:\\p{L}+ )?(?:las |una |unas |alguna |algunas |otra |un par de )?estrellas?',
      `${REVIEW_STRICT}[^.!?\\n]{0,80}(?:borrar|eliminar|quitar|retirar|modificar|cambiar|editar|actualizar|mejorar)(?:la|lo)(?!\\p{L})`,
      `(?:modificar|cambiar|eliminar|borrar|retirar|actualizar|reconsiderar|corregir|quitar|editar|mejorar|subir)(?: su| tu| la| el| esta| este| esa| ese)? (?:\\p{L}+ )?${REVIEW}`,
      `(?:modifique|cambie|elimine|borre|retire|actualice|reconsidere|quite|edite|mejore|suba|modifica|cambia|elimina|borra|retira|actualiza|quita|edita) (?:su|la|esta|esa|tu|el|este) (?:\\p{L}+ )?${REVIEW}`,
      `(?:modificando|cambiando|eliminando|borrando|retirando|actualizando|quitando|editando|mejorando|subiendo) (?:\\p{L}+ ){0,2}${REVIEW}`,
      `(?:retirada|eliminación|modificación|actualización|cambio) de (?:su|la|tu|esta|esa) (?:\\p{L}+ )?${REVIEW}`,
      `${REVIEW} (?:negativ[oa]s?|mal[oa]s?|de (?:1|una|2|dos) estrellas?)[^.!?\\n]{0,80}(?:retir|elimin|modific|cambi|quit|borr|actualiz|reconsider)\\p{L}{1,6}`,
      '(?:subir|suba|sube|subirnos) (?:\\p{L}+ )?(?:las |una |unas )?estrellas',
      // "¿Sería posible que quitara las estrellas de su valoración?"
      `(?:quit|retir|elimin|modific|cambi|borr|actualiz|reconsider|mejor|sub)(?:ara|aras|ase|ases|ar|e|en|a)(?:la|lo)? (?:\\p{L}+ ){0,3}(?:estrellas|${REVIEW_STRICT})`,
    ],
    exceptions: ['cambi\\p{L}{0,5} de (?:opini(?:ón|ones)|parecer)'],
  },

  messenger: {
    patterns: [
      '(?:nuestra|la) (?:línea (?:directa|de atención)|hotline|atención telefónica)',
      '(?:llámenos|llámanos|llámeme|llámame)',
      '(?:por|vía|via) sms',
      '(?:mi|nuestro) (?:número de (?:teléfono|móvil|celular|whatsapp|contacto)|(?:teléfono|móvil|celular) (?:es|de contacto|directo|personal))',
      '(?:llámenos|llámanos|llámame|llámeme|llámenme|márquenos|márcanos)',
      '(?:envíe|mande|envía|manda)(?:nos|me) (?:un )?(?:sms|mensaje de texto|whats ?app|wasap)',
      '(?:escr[ií]b|cont[aá]ct)\\p{L}{0,6} (?:directamente )?(?:al|por|a nuestro|a mi) (?:teléfono|móvil|celular|correo(?: electrónico)?|e-?mail)',
      // A WhatsApp link carries a phone number: "https://wa.me/34655128403".
      'wa\\.me/\\+?\\d{6,15}',
      'api\\.whatsapp\\.com/send\\?phone=\\+?\\d{6,15}',
    ],
    exceptions: ['llame al transportista', '(?:llámenos|llámanos|escríbanos) (?:por|a través de) (?:la mensajería|este medio|aquí)'],
  },

  optOut: {
    patterns: [
      'dar(?:se|te)? de baja',
      '(?:le|te|lo|la) (?:damos|daremos|daré|doy) de baja',
      'desuscrib\\p{L}{0,6}',
      '(?:cancelar|anular) (?:la|su|tu) suscripción',
      'dejar de recibir',
      'no (?:desea|deseas|quiere|quieres) (?:seguir )?recibir',
      'no (?:desea|deseas|quiere|quieres) (?:recibir )?más (?:mensajes|comunicaciones|correos|avisos|notificaciones|emails|e-mails)',
      'no recibir más (?:mensajes|correos|emails|notificaciones|comunicaciones|avisos)',
      '(?:responda|responde|respondan|conteste|contesta|escriba|escribe|envíe|envía|envíenos|mande|manda|mándenos)(?: (?:con|la palabra|con la palabra))? ?[«"“\']?(?:stop|baja|alto)[»"”\']?',
      'no (?:le|te) (?:volveremos|volveré|volvemos) a (?:escribir|contactar|molestar|enviar)',
      'no (?:quiere|desea|quieres|deseas) que (?:le|te) (?:sigamos (?:escribiendo|enviando|contactando)|escribamos|enviemos|mandemos|contactemos)',
      '(?:le|te|lo|la) (?:quitamos|quitaremos|borramos|borraremos|sacamos|sacaremos|eliminamos|eliminaremos) de (?:la|nuestra|esta) lista',
      'preferencias de (?:comunicación|mensajes|notificaciones|contacto)',
      '(?:respóndanos|respóndenos|contéstenos|contéstanos|escríbanos|escríbenos)(?: (?:con|la palabra|con la palabra))? ?[«\\"“\']?(?:stop|baja|alto)[»\\"”\']?',
      '(?:prefiere|prefieres|prefiera|quiere|quieres|desea|deseas) que (?:dejemos|dejáramos) de (?:escrib|envi|contact|mand|molest)\\p{L}{0,8}',
    ],
    exceptions: [
      // "Dar de baja el pedido" is cancelling an order, not unsubscribing.
      'dar(?:se|te)? de baja (?:el|su|tu|la|este|esta) (?:pedido|orden|compra)',
    ],
  },

  phoneWords: { patterns: spelledPhone({ words: ['veinti(?:uno|un|dós|dos|trés|tres|cuatro|cinco|séis|seis|siete|ocho|nueve)', 'diecisiete', 'diecinueve', 'dieciséis', 'dieciseis', 'dieciocho', 'cincuenta', 'cuarenta', 'catorce', 'treinta', 'sesenta', 'setenta', 'ochenta', 'noventa', 'cuatro', 'quince', 'veinte', 'ciento', 'cinco', 'siete', 'nueve', 'trece', 'cero', 'tres', 'seis', 'ocho', 'diez', 'once', 'doce', 'cien', 'uno', 'dos'], joiners: ['y'] }) },
  messengerApps: {
    patterns: [
      '(?:por|vía|via|en|al|a nuestro|a mi|mi|nuestro) (?:whats ?app|wasap|guasap|telegram|signal|skype|wechat|line|viber|messenger)',
      'wasap\\p{L}{0,2}',
      'guasap\\p{L}{0,2}',
      '(?:md|dm|mensaje (?:directo|privado)|privado) (?:en|por|de) (?:instagram|insta|facebook|tiktok|twitter)',
      '(?:escr[ií]b|cont[aá]ct|agr[eé]g|añád|añad|h[aá]bl)\\p{L}{0,6} (?:\\p{L}+ ){0,2}(?:en|por) (?:instagram|facebook|messenger|telegram|tiktok|line|wechat|signal)',
      // A call outside Amazon; "el monitor permite videollamadas" is a product feature.
      '(?:una|hacer|hacemos|hagamos|hacerle|organizar|organizamos|programar|programamos|por|en|mediante) videollamada',
      '(?:por|vía|via) (?:zoom|google meet|teams)',
    ],
    exceptions: [
      ...refusedWays(REFUSALS),
      'no (?:\\p{L}+ ){0,3}videollamadas?',
      '(?:no|nunca|jamás|ni) (?:\\p{L}+ ){0,3}(?:por|vía|via|en|a) (?:whats ?app|wasap|telegram|signal|skype|wechat|line|viber|messenger)',
      // The buyer reports a message received elsewhere (often a fraud): the seller does not move there.
      '(?:ha recibido|recibió|le ha llegado|le llegó|le han escrito|le escribieron|le han enviado|le enviaron|nos cuenta|nos dice|nos comenta|nos avisa)[^.!?\\n]{0,40}(?:whats ?app|wasap|telegram|signal|wechat|line|viber|messenger)',
      '(?:whats ?app|wasap|telegram|signal|wechat|viber|messenger)[^.!?\\n]{0,40}(?:falso|falsa|falsos|falsas|fraudulent[oa]s?|sospechos[oa]s?|estafa|no es nuestro|suplanta\\p{L}*|se hace pasar)',
    ],
  },

  offAmazonSale: {
    patterns: [
      `${BUY} (?:\\p{L}+ ){0,3}directamente (?:a|con|de|en|desde|por|a través de) (?:nosotros|nuestra|nuestro|mí|mi)`,
      `${BUY} (?:\\p{L}+ ){0,3}(?:en|de|desde|a través de|mediante|por) (?:nuestra|nuestro|mi) (?:propia |propio )?${OWN_STORE}`,
      `(?:más barat[oa]s?|mejor(?:es)? precios?|precios? (?:más bajos?|mejores|especiales?)|sin (?:las )?comisiones(?: de amazon)?|(?:\\d{1,3} ?%|\\d{1,4} ?€) más barat[oa]) (?:\\p{L}+ ){0,4}(?:en|desde|a través de|de) (?:nuestra|nuestro|mi) (?:propia |propio )?${OWN_STORE}`,
      '(?:fuera de|sin pasar por|por fuera de|en vez de (?:por |en |a través de )?|en lugar de (?:por |en |a través de )?)amazon(?! (?:messag|mensajer))',
      '(?:ahorr|evit)\\p{L}{1,5} (?:\\p{L}+ ){0,2}(?:las |la )?comisi(?:ón|ones)(?: de amazon)?',
      '(?:la próxima vez|en (?:el )?futuro|para (?:futuros|próximos) pedidos|(?:para|en) (?:su|tu) próxim[oa] (?:pedido|compra|orden)),? (?:\\p{L}+ ){0,4}(?:cont[aá]ct|escr[ií]b|p[ií]d|llam|compr|h[aá]bl)\\p{L}{0,6} directamente',
      'venta directa',
      '(?:en|por|a través de|desde) mercado ?libre',
      '(?:más barat[oa]s?|mejor(?:es)? precios?) (?:\\p{L}+ ){0,4}(?:directamente|fuera de amazon|(?:en|por|desde) (?:nuestra|nuestro) (?:web|página|tienda online|sitio))',
      `${BUY} (?:\\p{L}+ ){0,3}(?:en|de|desde) (?:www\\.)?[\\p{L}\\p{N}-]+\\.(?:com\\.mx|com|es|mx|net|shop|store|tienda)`,
    ],
    exceptions: [
      ...refusedOutside(REFUSALS, OUTSIDE_AMAZON),
      '(?:no|nunca|jamás|prohibid[oa]|ni) (?:\\p{L}+ ){0,6}(?:fuera de|sin pasar por|por fuera de) amazon',
    ],
  },

  offAmazonPayment: {
    patterns: [
      'bizum',
      'mercado ?pago',
      'oxxo(?: pay)?',
      'spei',
      'clabe(?: interbancaria)?',
      'transferencias? (?:bancarias?|a (?:nuestra|mi|la siguiente) cuenta)',
      '(?:por|mediante|vía|via|con|hacer(?:nos)? una|haga(?:nos)? una|hágame una|realice una|realizar una) transferencia',
      '(?:nuestr[oa]|mi) (?:iban|número de cuenta|cuenta (?:bancaria|corriente|de paypal)|clabe)',
      'depósito (?:en|a) (?:oxxo|nuestra cuenta|mi cuenta|la cuenta|una cuenta)',
      '(?:ingres|deposit)\\p{L}{1,4} (?:\\p{L}+ ){0,3}(?:en|a) (?:nuestra|mi|la siguiente) cuenta',
      '(?:pag|abon)\\p{L}{1,5} (?:\\p{L}+ ){0,3}(?:en efectivo|por paypal|por bizum|contra reembolso|con tarjeta (?:directamente|por teléfono))',
      '(?:pag|abon)\\p{L}{1,5} (?:\\p{L}+ ){0,3}fuera de amazon',
      '(?:envíe|envíenos|facilítenos|facilite|indíquenos|pásenos|mándenos|denos|dénos|necesitamos|necesitaríamos)(?: \\p{L}+)? (?:sus|tus|los) datos bancarios',
    ],
    exceptions: [
      ...refusedWays(REFUSALS),
      '(?:pregunta|preguntaba|consulta|pide|pidió|solicita|solicitó) (?:\\p{L}+ ){0,2}si (?:\\p{L}+ ){0,6}(?:por|mediante|vía|con) (?:una )?(?:transferencia|bizum|paypal)',
      '(?:no|nunca|jamás) (?:\\p{L}+ ){0,4}(?:aceptamos|aceptar|pedimos|pediremos|pedir|usamos|utilizamos|admitimos|trabajamos con|hacemos|hacer|realizamos|solicitamos)(?: (?:\\p{L}+ ){0,3}(?:pagos?|cobros?|reembolsos?))? (?:por|mediante|vía|con|en) (?:una )?(?:transferencias?(?: bancarias?)?|bizum|paypal|efectivo)(?:,? (?:ni|o|y) (?:por |mediante |con |en )?(?:transferencias?(?: bancarias?)?|bizum|paypal|efectivo)){0,3}',
      '(?:no|nunca|jamás|ni) (?:\\p{L}+ ){0,6}fuera de amazon',
      '(?:no|nunca) (?:\\p{L}+ ){0,2}(?:necesitamos|necesitaríamos|pedimos|pediremos) (?:sus|tus|los) datos bancarios',
    ],
  },

  cancellationRequest: {
    patterns: [
      '(?:le|te|les) importar(?:ía|ia|a)n? (?:\\p{L}+ ){0,2}(?:anular|cancelar|solicitar la (?:cancelación|anulación))',
      '(?:anular|cancelar)(?:lo|la)? usted mism[oa]',
      CANCEL_YOU,
      // "Entre en Mis pedidos y dé de baja el pedido."
      '(?:d[eé]|den|dar|da)(?:le|lo)? de baja (?:el|su|tu|la|este|esta) (?:pedido|orden|compra)',
      '(?:por favor,? |porfa,? |favor de )(?:\\p{L}+ ){0,2}(?:cancela|anula|cancelar|anular)(?:l[oa]s?)?',
      '(?:puede|podría|pueden|podrían|puedes|podrías|pudiera|debe|debería|deberá|tiene que|tendría que|tendrá que|necesita|necesitaría|le toca|te toca|le conviene) (?:usted |tú )?(?:\\p{L}+ )?(?:(?:cancelar|anular)(?:l[oa]s?)?|solicitar (?:la |una )?(?:cancelación|anulación))',
      'solicit(?:e|en|a|es|arnos|ar|ara|aras|aran|ase|ases|asen) (?:\\p{L}+ )?(?:la |una )?(?:cancelación|anulación)',
      '(?:p[ií]da(?:nos)?|pedir(?:nos)?|pida usted)(?: mism[oa])? (?:la |una )?(?:cancelación|anulación)',
      `cancelando (?:\\p{L}+ ){0,3}${BUYER_SIDE}`,
      '(?:apoya|ayuda|apoyaría|ayudaría|apoyas|ayudas|apoyarías|ayudarías|apoyaran|ayudaran)(?:nos)? (?:\\p{L}+ )?(?:cancelando|anulando|a cancelar|a anular|con la cancelación)',
      `(?:cancelar|anular|cancelación|anulación)(?:l[oa])? (?:\\p{L}+ ){0,3}${BUYER_SIDE}`,
      '(?:pulse|pulsa|presione|presiona|toque|toca|haga clic en|haz clic en|dé clic en|da clic en|clic en|clique en|seleccione|selecciona|elija|elige|use|usa|utilice|utiliza)(?: (?:el botón|la opción|el enlace|en))? ?[«"“\']?(?:cancelar|anular|solicitar (?:la )?cancelación)',
      '(?:el )?motivo (?:de (?:la )?cancelación )?[«"“\']?(?:ya no lo necesito|lo pedí por error|pedido por error|compra por error|he encontrado un precio mejor|encontré (?:un )?(?:precio )?más barato)',
    ],
    exceptions: [
      'no (?:lo |la |los |las |le |me |nos )?(?:canc[eé]le|an[uú]le|canc[eé]len|an[uú]len|cancela|anula|cancelar|anular)\\p{L}{0,4}',
      '(?:desea|quiere|prefiere|deseas|quieres|prefieres|quiera|desee|prefiera) que (?:le |te |se lo |se la |yo )?(?:canc[eé]le|an[uú]le)\\p{L}{0,4}',
      `no (?:\\p{L}+ ){0,2}(?:puede|podrá|podría|tiene que|tendrá que|debe|necesita|hace falta|es necesario)(?: que)? (?:usted |tú )?(?:\\p{L}+ )?(?:cancel|anul|solicit)\\p{L}{0,6}(?: (?:la |una )?(?:cancelación|anulación))?(?: (?:\\p{L}+ ){0,3}${BUYER_SIDE})?`,
      `(?:no hace falta|no es necesario|no tiene (?:usted )?que|no necesita|sin que (?:usted )?tenga que|no tendrá que|no debe) (?:\\p{L}+ ){0,4}(?:cancel|anul|solicit)\\p{L}{0,6}(?: (?:la |una )?(?:cancelación|anulación))?(?: (?:\\p{L}+ ){0,3}${BUYER_SIDE})?`,
      '(?:amazon|el sistema|la plataforma|el transportista|la agencia|la paquetería|el banco|nadie) (?:\\p{L}+ ){0,2}(?:puede|podría|va a|tiene que|debe|suele) (?:\\p{L}+ )?(?:cancelar|anular)(?:l[oa]s?)?',
    ],
  },

  placeholderWords: [
    'nombre', 'nombres', 'apellido', 'apellidos', 'comprador', 'compradora', 'cliente', 'clienta', 'destinatario',
    'destinataria', 'usuario', 'pedido', 'orden', 'número', 'numero', 'núm', 'num', 'nº', 'producto', 'artículo',
    'articulo', 'título', 'titulo', 'vendedor', 'vendedora', 'tienda', 'marca', 'empresa', 'fecha', 'entrega',
    'envío', 'envio', 'seguimiento', 'rastreo', 'guía', 'transportista', 'paquetería', 'enlace', 'su', 'tu', 'del',
    'de', 'insertar', 'aquí', 'aqui', 'importe', 'monto', 'precio', 'dirección', 'direccion', 'ciudad', 'teléfono',
    'telefono', 'correo', 'firma', 'agente', 'contacto', 'código', 'codigo',
  ],
  /** Which page value a template variable stands for, by the words in it (a fix fills it in). */
  placeholderKinds: {
    other: ['producto', 'artículo', 'seguimiento'],
    sellerName: ['vendedor', 'tienda', 'empresa', 'firma', 'su nombre', 'mi nombre'],
    orderId: ['pedido', 'número de pedido', 'orden'],
    buyerName: ['comprador', 'compradora', 'cliente', 'nombre', 'apellido', 'nombre del cliente'],
  },

  concepts: {
    satisfied: [
      'si (?:el|la|los|las|su|sus|nuestro|nuestra|este|esta) (?:\\p{L}+ ){0,3}(?:le |te |les )?(?:ha|han) (?:alegrado|facilitado|mejorado|iluminado|simplificado|encantado|cambiado|endulzado)',
      // "¿Todo a su gusto? Entonces…": a question as the condition.
      '¿(?:está |estuvo |ha ido |ha salido |salió |fue |va )?todo (?:a su gusto|a tu gusto|bien|perfecto|correcto|en orden|como esperaba|como esperabas) ?\\?',
      // The negative condition ("si no está satisfecho") is left to the phrase rules.
      'si (?:(?!no )\\p{L}+ ){0,3}(?:satisfech[oa]s?|content[oa]s?|feliz|felices|encantad[oa]s?|complacid[oa]s?|conformes?)',
      'si (?:(?!no )\\p{L}+ ){0,3}(?:le|te|les) (?:ha |han |has )?(?:gusta|gustan|gustó|gustaron|gustado|encanta|encantan|encantó|encantaron|encantado|convence|convencen|convenció|convencido)',
      'si (?:(?!no )\\p{L}+ ){0,4}(?:a la altura|(?:sus|tus) expectativas|lo que (?:esperaba|esperabas|buscaba|buscabas|necesitaba|necesitabas))',
      'si (?:todo|el (?:producto|artículo|pedido)|la compra|su compra|tu compra|su pedido|tu pedido) (?:(?!no )\\p{L}+ ){0,2}(?:bien|perfecto|perfectamente|correcto|correctamente|en orden|a su gusto|a tu gusto|como esperaba|como esperabas|de maravilla|genial)',
      // "Si todo ha ido sobre ruedas": the satisfaction condition in an idiom.
      'si (?:todo|el (?:producto|artículo|pedido|paquete)|la compra|su compra|tu compra|su pedido|tu pedido) (?:(?!no )\\p{L}+ ){0,3}(?:sobre ruedas|de lujo|estupendamente|fenomenal|de diez|sin (?:problemas|incidencias|contratiempos))',
      'si (?:(?!no )\\p{L}+ ){0,2}(?:una )?(?:buena|excelente|grata|agradable|positiva|bonita|gran|estupenda|linda) experiencia',
      'si (?:le|te) (?:ha |han |fue |resultó |ha resultado |ha sido |han sido )(?:\\p{L}+ )?(?:útil|útiles|de ayuda|práctic[oa]s?)',
      '(?:solo |sólo )?si (?:cree|considera|piensa|opina|crees|consideras|piensas|opinas) que (?:\\p{L}+ ){0,3}(?:lo merece|se lo merece|lo merecemos|merece|merecemos|vale la pena|es bueno|es buena)',
      '(?:siempre que|siempre y cuando|mientras|en cuanto|una vez que|cuando) (?:\\p{L}+ ){0,2}(?:esté|estés|quede|quedes|se sienta|te sientas) (?:\\p{L}+ )?(?:satisfech[oa]s?|content[oa]s?|encantad[oa]s?)',
      // "¿Le ha gustado la lámpara?" followed by a review request.
      '(?:le|te|les) (?:ha |han )?(?:gustado|gustó|gustaron|encantado|encantó|encantaron)(?: (?:\\p{L}+ ){0,4}\\p{L}+)? ?\\?',
      '(?:está|estás|ha quedado|has quedado|quedó|quedaste) (?:\\p{L}+ )?(?:satisfech[oa]s?|content[oa]s?|encantad[oa]s?)(?: con (?:\\p{L}+ ){0,3}\\p{L}+)? ?\\?',
      // A good effect as the condition: "if the lamp made your evenings cozier".
      'si (?:la|el|su|tu|nuestr\\p{L}+) \\p{L}+ (?:\\p{L}+ ){0,3}(?:ha hecho|hace|ha alegrado|alegra|ha mejorado|mejora|ha vuelto)',
    ],
    reviewRef: [
      '(?:cada|una|alguna|sus|tus) estrellas?(?: que)?',
      '(?:otros|los demás|otras personas|otros (?:clientes|compradores|usuarios)|futuros (?:clientes|compradores)) (?:\\p{L}+ )?(?:lo |la |los |las )?(?:sepan|supieran|supiesen|conozcan|conocieran|lean|leyeran|se enteren|se enteraran)',
      REVIEW_STRICT,
      '(?:una|un|su|tu|sus|tus|alguna|algún|breve|pequeña|sincera|honesta|cualquier) (?:\\p{L}+ )?(?:opini(?:ón|ones)|comentarios?|impresi(?:ón|ones))',
      '(?:\\d|cinco|cuatro|todas las) (?:estrellas|estrellitas)',
      '(?:qué|que|lo que|cómo) (?:le|te|les) (?:ha |han )?(?:parecido|pareció|parecieron)',
      '(?:qué|lo que) (?:piensa|opina|piensas|opinas|piensan|opinan)',
      '(?:su|tu) experiencia (?:con|de) (?:el|la|los|las|su|tu|nuestro|nuestra|nuestros|nuestras|este|esta|nosotros)',
      'unas (?:palabras|líneas) (?:suyas|tuyas|sobre|de usted|de su parte)',
      '(?:sus|tus) (?:palabras|impresiones)',
      '(?:cuente|cuenta|cuenten|contar|compartir|comparta|decir|diga) (?:a )?(?:otros|los demás|otras personas|otros (?:clientes|compradores|usuarios)|todo el mundo|el mundo)',
      '(?:en|a) la (?:página|ficha) del (?:producto|artículo)',
    ],
    reviewAsk: [
      '(?:foto|fotos|vídeo|vídeos|imagen|imágenes)[^.!?\\n]{0,40}(?:en la (?:página|ficha) del (?:producto|artículo)|en amazon)',
      'si (?:nos |me )?(?:publicas|publica|subes|sube|compartes|comparte|pones|pone|dejas|deja) (?:\\p{L}+ ){0,8}(?:estrellas|rese[ñn]as?|valoraci[oó]n|opini[oó]n)',
      // "Los clientes que nos cuentan en la ficha del producto qué tal…", "si publicas tu foto… en Amazon".
      '(?:cuenta|cuentan|cuentas|cuente|cuenten|comparte|comparten|compartes|comparta|compartan|publica|publican|publicas|publique|publiquen|opina|opinan|opinas|opine|opinen|escribe|escriben|escribes|escriba|escriban|pone|ponen|pones|deja|dejan|dejas) (?:\\p{L}+ ){0,6}en (?:amazon|la (?:página|ficha) del (?:producto|artículo))',
      `${LEAVE} (?:nos |me |le )?(?:una |un |su |tu |sus |tus |alguna |algún |unas |unos )?(?:\\p{L}+ ){0,2}${REVIEW_THING}`,
      '(?:compart\\p{L}{0,6}|compárt\\p{L}{2,6}|contar(?:nos|le)?|contando|cuente|cuenten|cuenta|cuéntenos|cuéntanos|cuéntelo|describ\\p{L}{0,6}|relat\\p{L}{0,4}) (?:nos |con nosotros |con otros (?:clientes|compradores) )?(?:\\p{L}+ ){0,2}(?:su|tu) (?:\\p{L}+ )?experiencia',
      '(?:valor(?:ar|e|en|a|ando)|califi(?:car|que|quen|ca|cando)|punt[uú](?:ar|e|en|a)|rese[ñn](?:ar|e|en|a))(?:nos|lo|la)? (?:\\p{L}+ )?(?:el producto|el artículo|la compra|su compra|tu compra|su experiencia|tu experiencia|nuestro (?:producto|artículo|servicio|trabajo)|nuestra tienda|a nuestra tienda|al vendedor|como vendedor|con estrellas|con (?:\\d|una|cinco|cuatro) estrellas?)',
      '(?:valorarnos|calificarnos|puntuarnos|evaluarnos|valórenos|valóranos|califíquenos|califícanos|puntúenos|puntúanos|evalúenos|reseñarnos|reseñarlo|reseñarla)',
      '(?:nos |me )?(?:gustaría|encantaría|agradeceríamos|agradecería|haría (?:mucha |muchísima )?ilusión|alegraría|ayudaría) (?:mucho |muchísimo |muchísima )?(?:que )?(?:\\p{L}+ ){0,4}(?:su|tu|una|sus|tus|unas) (?:\\p{L}+ )?(?:rese[ñn]as?|valoraci(?:ón|ones)|opini(?:ón|ones)|calificaci(?:ón|ones)|impresi(?:ón|ones)|experiencia|comentarios?)',
      '(?:cuente|cuenta|cuenten|contar|contarnos|cuéntenos|cuéntanos|comparta|compartir|compartan|escriba|escribir|escriban|publique|publicar|leer|saber|conocer|díganos|dinos|decirnos|explique|explíquenos) (?:\\p{L}+ ){0,3}(?:qué|que|lo que|cómo) (?:le|te|les) (?:ha |han )?(?:parecido|pareció|parecieron)',
      '(?:dedic\\p{L}{1,5}|tómese|tómate|tomarse|tomarte) (?:un|unos) (?:momento|minuto|minutos|segundos|instante)[^.!?\\n]{0,60}(?:rese[ñn]|valor|opin|calific|puntu|experiencia|estrellas)',
      '(?:solicitud|petición) de (?:rese[ñn]as?|valoraci(?:ón|ones)|opini(?:ón|ones))',
      '(?:enlace|página|formulario|opción) (?:para |de )(?:dejar |escribir |crear )?(?:la |una |su |tu )?(?:rese[ñn]a|valoración|opinión)',
      '(?:su|tu|una) (?:\\p{L}+ )?(?:rese[ñn]a|opinión|valoración) (?:sincera |honesta )?(?:nos )?(?:ayuda|ayudaría|ayudará|ayudan|significa|significaría|es muy importante|puede ayudar|sirve)',
      'pedir(?:le|te|les)? (?:\\p{L}+ )?(?:su|tu|una) (?:\\p{L}+ )?(?:rese[ñn]a|opinión|valoración|calificación)',
      'opin(?:e|ar|a|en)(?:nos)? sobre (?:el|la|su|tu|nuestro|nuestra|este|esta)',
      // "Nos ayudaría que lo contara en Amazon."
      '(?:cuente|cuentes|cuenten|contara|contaras|contase|contar|contarlo|cuéntelo|cuéntalo|comparta|compartas|compartiera|compartieras|compartir|compartirlo|compártalo|compártelo|publique|publicara|publicar|publicarlo|opine|opinar) (?:\\p{L}+ ){0,2}(?:en|a través de|con) (?:amazon|la página del producto|la ficha del producto|una rese[ñn]a|una valoraci[oó]n|su rese[ñn]a|tu rese[ñn]a)',
      // A few words on Amazon: a review in other words.
      'unas (?:palabras|líneas) en amazon',
    ],
    incentive: [
      '(?:corre|corren|correrá) (?:de nuestra cuenta|a nuestro cargo|por nuestra cuenta|a cargo nuestro)', 'invita la casa',
      '(?:un |una |pequeño |pequeña |bonito |bonita )?(?:regalo|obsequio|premio|recompensa|detallito)s?',
      '(?:un|pequeño|bonito|este|nuestro) detalle',
      'regal(?:amos|aremos|arle|arte|aros|arles)',
      'de regalo',
      'obsequi\\p{L}{1,6}',
      'gratis',
      'gratuit[oa]s?',
      'sin (?:coste|costo|cargo)',
      '(?:cup[oó]n|cupones|c[oó]digos? (?:de descuento|promocional(?:es)?|promo))',
      'vales? (?:de (?:compra|descuento|regalo)|regalo|amazon)',
      'tarjetas? (?:de )?regalo',
      'cheques? regalo',
      'gift ?cards?',
      'descuentos?',
      'rebaja',
      '\\d{1,3} ?%',
      '\\d{1,4}(?:[.,]\\d{2})? ?(?:€|euros?|pesos|d[oó]lares|usd|mxn)',
      '[$€] ?\\d{1,4}',
      'reembols\\p{L}{0,6}',
      'reintegr\\p{L}{0,6}',
      'devol(?:ver|vemos|veremos)(?:le|te)? (?:el|parte del|su|tu) dinero',
      'cashback',
      'dinero',
      'paypal',
      'bizum',
      'compensaci(?:ón|ones)',
      '(?:a cambio|como agradecimiento|en agradecimiento|como recompensa|como premio|en compensación)',
      'garant[ií]a (?:ampliada|extendida|extra|adicional)',
      '(?:acceso|estatus|precio|trato) (?:vip|exclusivo|preferente)',
      'sorteos?',
      '(?:producto|artículo|unidad|muestra|envío) (?:gratis|gratuit[oa]|de regalo)',
      // Something given "as a thank-you" for the time a review takes.
      'como agradecimiento',
      'en agradecimiento',
      'de regalo',
      'sin coste',
      'gratis',
    ],
    pressure: [
      '(?:otra|una más|una sola) (?:mala |baja |negativa )?(?:nota|valoración|reseña|estrella)',
      '(?:podría|puede|va a|podrían|pueden) cerrar(?:nos)? (?:\\p{L}+ ){0,2}(?:tienda|negocio|cuenta|taller)',
      '(?:sus|tus|cada) (?:estrellas|valoraciones?|reseñas?|notas?)(?: \\p{L}+){0,4} (?:cuentan|cuenta|importan|importa)',
      '(?:nos )?salvar(?:ía|ían|á|án|a)(?!\\p{L})',
      '(?:decide|deciden|determina|determinan) si (?:\\p{L}+ ){0,4}(?:seguimos|podemos|sobrevivimos|cerramos|nos)',
      'nos (?:entierra|entierran|hunde|hunden|mata|matan)',
      '(?:sobrevivir|supervivencia|salir adelante|seguir adelante|mantenernos a flote|seguir abiertos)',
      '(?:tener|tendremos|tendría|tendríamos|tendré) que cerrar',
      'cerrar (?:la|nuestra|el|mi|nuestro) (?:tienda|negocio|taller|empresa)',
      '(?:podremos|podemos|podré|puedo|vamos a poder|podríamos) (?:seguir )?(?:aguantar|resistir)',
      '(?:cuánto|mucho) tiempo más (?:\\p{L}+ ){0,2}(?:aguantar|seguir|resistir|sobrevivir)',
      '(?:dejar|dejan|dejamos|dejaremos|dejaríamos|dejará|dejarán) de (?:aparecer|vender|existir)',
      '(?:depende|dependen|dependemos) (?:\\p{L}+ ){0,2}de (?:su|tu|sus|tus|las|buenas|cada|una buena) (?:\\p{L}+ )?(?:rese[ñn]as?|valoraci(?:ón|ones)|opini(?:ón|ones)|calificaci(?:ón|ones)|estrellas|comentarios?|apoyo|ayuda)',
      '(?:mi|nuestro) (?:empleo|puesto de trabajo|sueldo|salario|jefe|jefa|sustento)',
      '(?:mi|nuestra) (?:supervivencia|continuidad)',
      '(?:perder|pierda|pierde|perderé|perderemos|perdería|perderíamos) (?:mi|nuestro|nuestra|el) (?:trabajo|empleo|negocio|tienda|puesto|cuenta)',
      'sálv(?:enos|anos|eme|ame)',
      '(?:le|se lo|te|les) (?:suplico|suplicamos|imploro|imploramos)',
      'por favor,? (?:\\p{L}+ )?(?:ayúdenos|ayúdanos|ayúdeme|ayúdame|apóyenos|apóyanos|apóyeme)',
      '(?:vital|crucial|imprescindible|esencial|lo es todo|significa(?:ría)? (?:todo|muchísimo|la vida)) para (?:nosotros|mí|nuestr[oa] (?:pequeñ[oa] )?(?:tienda|negocio|empresa|taller|familia)|un pequeño|una pequeña)',
      '(?:pequeñ[oa]s? )?(?:tienda|negocio|empresa|taller|marca|emprendimiento)s? (?:pequeñ[oa]s? |familiar(?:es)? )?como (?:la|el|los|las) nuestr[oa]s?',
      '(?:es|son|resulta|resultan) (?:vital(?:es)?|crucial(?:es)?)',
      '(?:marcar|marca|marcan|marcaría|marcarían) (?:toda )?la diferencia para (?:nosotros|mí|nuestr\\p{L}+|un pequeño|una pequeña)',
      '(?:sin|si no (?:conseguimos|tenemos|recibimos|logramos)) (?:\\p{L}+ )?(?:más |buenas |nuevas )?(?:rese[ñn]as|valoraciones|opiniones|calificaciones|estrellas)',
      '(?:necesitamos|necesito) (?:\\p{L}+ )?(?:desesperadamente |urgentemente |de verdad )?(?:su|tu|sus|tus|más|buenas|una|unas) (?:\\p{L}+ )?(?:rese[ñn]as?|valoraci(?:ón|ones)|opiniones|calificaci(?:ón|ones)|estrellas)',
      '(?:no se olvide|no te olvides|no olvide|no olvides) de (?:dejar|escribir|valorar|calificar|publicar|dejarnos|compartir|puntuar)',
      '(?:nos pondría|nos pondríamos|estaríamos|estaría|me pondría) (?:muy |tan )?(?:triste|tristes|decepcionad\\p{L}{1,3})',
      'nos (?:dolería|entristecería)',
      '(?:todavía|aún) (?:estamos |seguimos )?esperando (?:su|tu|una) (?:\\p{L}+ )?(?:rese[ñn]a|valoración|opinión|calificación)',
      '(?:todavía|aún) no (?:nos )?(?:ha|has) (?:dejado|escrito|publicado|valorado|calificado)',
      'nos (?:penaliza|perjudica|hunde|está hundiendo|está perjudicando)',
    ],
    writeWhat: [
      'tal (?:cual|y como)',
      'con (?:esas |las )?mismas palabras',
      // "Menciona" is also "the review mentions": tú forms only after a request.
      '(?:mencion|destac|resalt|subray)(?:e|ar|en|ando|ara|ase)(?: que| cómo| lo)?',
      '(?:por favor,? |porfa,? |puedes |podrías )(?:menciona|destaca|resalta|subraya)',
      'hacer hincapié',
      'haga hincapié',
      '(?:diga|digan|decir|escriba|escribir|escriban|ponga|poner|pongan|comente|comenten|comentar) (?:que|cómo|lo (?:rápid|bien|bonit|buen|fácil|cómod)\\p{L}{0,3})',
      '(?:copi|peg)(?:ar|e|a|en|ando|ue|uen|arlas|arlo|arla|arlos) (?:\\p{L}+ ){0,3}(?:palabras|texto|frases?|mensaje|comentario|líneas|elogios)',
      '(?:copiar y pegar|copie y pegue|copia y pega)',
      '(?:esas|estas|las) (?:mismas )?(?:bonitas |amables |preciosas |lindas |buenas )?(?:palabras|frases|líneas)',
      '(?:sus|tus) (?:bonitas|amables|preciosas|lindas|buenas|cariñosas) palabras',
      '(?:el siguiente texto|este texto|la siguiente frase)',
      '(?:algo (?:así )?como|una frase (?:como|del tipo))',
    ],
    contactAsk: [
      '(?:a )?qu[eé] (?:correo|e-?mail|dirección de correo|número|teléfono|móvil) (?:\\p{L}+ ){0,3}(?:podemos|puedo|debemos|enviar|mandar|escribir|llamar)',
      // "¿A qué correo le pueden llegar…?", "regálame un número donde te pueda mandar…".
      '(?:a|en|por) qu[eé] (?:correo(?: electr[oó]nico)?|e-?mail|direcci[oó]n de (?:correo|e-?mail)(?: electr[oó]nico)?|n[uú]mero(?: de (?:tel[eé]fono|m[oó]vil|celular))?|tel[eé]fono|m[oó]vil|celular|whats ?app) (?:\\p{L}+ )?(?:le|te|podemos|podr[ií]amos|puede|puedes|quiere|quieres|prefiere|prefieres)',
      '(?:un|el|alg[uú]n|su|tu) (?:n[uú]mero|tel[eé]fono|correo|e-?mail|whats ?app)(?: de contacto)? (?:para|donde|en el que|al que|a donde|adonde) (?:\\p{L}+ ){0,2}(?:llam|contact|localiz|escrib|mand|envi|enví|pas)\\p{L}{0,8}',
      'reg[aá]l(?:ame|anos|eme|enos) (?:su|tu|un|una) (?:\\p{L}+ )?(?:n[uú]mero|tel[eé]fono|celular|m[oó]vil|correo|e-?mail|whats ?app)',
      // Send-type verbs: only "your e-mail" ("envíenos un correo" is writing to us, not a request for details).
      `(?:env[ií]e(?:nos|me)?|env[ií]anos|env[ií]ame|m[aá]nde(?:nos|me)|m[aá]nda(?:nos|me)|escr[ií]ba(?:nos|me)|escr[ií]be(?:nos|me)|p[aá]se(?:nos|me)|p[aá]sa(?:nos|me)|enviarnos|mandarnos|pasarnos) (?:su|tu) (?:\\p{L}+ )?${CONTACT}`,
      `(?:facil[ií]te(?:nos|me)?|facil[ií]ta(?:nos|me)|comp[aá]rta(?:nos|me)|comp[aá]rte(?:nos|me)|d[eé]nos|danos|d[eé]me|dame|ind[ií]que(?:nos|me)|ind[ií]ca(?:nos|me)|proporci[oó]ne(?:nos|me)?|proporci[oó]na(?:nos|me)|d[eé]je(?:nos|me)|d[eé]ja(?:nos|me)|d[ií]ga(?:nos|me)|dinos|dime|conf[ií]rme(?:nos|me)|conf[ií]rma(?:nos|me)|an[oó]te(?:nos)?|compartirnos|facilitarnos|indicarnos|dejarnos|darnos|proporcionarnos|decirnos|confirmarnos) (?:con )?(?:su|tu|un|una|algún|alguna) (?:\\p{L}+ )?${CONTACT}`,
      `nos (?:puede|podr[ií]a|pudiera|podr[ií]as|puedes|facilita|facilitar[ií]a|deja|dejar[ií]a|da|dar[ií]a|pasa|pasar[ií]a|indica|indicar[ií]a|comparte|compartir[ií]a|proporciona|dice|dir[ií]a|confirma) (?:\\p{L}+ )?(?:su|tu|un|una|algún|alguna) (?:\\p{L}+ )?${CONTACT}`,
      `(?<!\\bno\\s)(?<!\\bnunca\\s)(?:cu[aá]l es|necesitamos|necesitar[ií]amos|nos hace falta|nos har[ií]a falta|requerimos|nos gustar[ií]a tener|podr[ií]a darnos|puede darnos|podr[ií]a facilitarnos|puede facilitarnos|podr[ií]a indicarnos|puede indicarnos|podr[ií]a dejarnos|puede dejarnos|podr[ií]a pasarnos|puede pasarnos|podr[ií]a compartirnos|le pedimos|le pedir[ií]amos|te pedimos) (?:\\p{L}+ )?(?:su|tu|un|una|algún|alguna) (?:\\p{L}+ )?${CONTACT}`,
      '(?:su|tu) (?:correo(?: electr[oó]nico)?|e-?mail|n[uú]mero de (?:tel[eé]fono|m[oó]vil|celular|whats ?app)|tel[eé]fono de contacto|whats ?app),? (?:por favor|para (?:que|poder|enviarle|mandarle|enviarte|mandarte)|así|y (?:le|te|se lo|se la) (?:enviamos|mandamos|enviaremos|mandaremos))',
      `(?:responda|responde|conteste|contesta)(?:nos)? (?:\\p{L}+ ){0,2}con (?:su|tu) (?:\\p{L}+ )?${CONTACT}`,
      '(?:un|el|algún|su) (?:n[uú]mero|tel[eé]fono) (?:de contacto )?(?:para|donde|en el que) (?:\\p{L}+ )?(?:llamarle|llamarte|contactarle|contactarte|localizarle|localizarte|escribirle|escribirte)',
    ],
    deliveryContext: [
      '(?:repartidor\\p{L}{0,2}|transportista|mensajer[oa]|conductor|ch[oó]fer|paqueter[ií]a|agencia(?: de transporte)?|empresa de (?:transporte|mensajer[ií]a|paqueter[ií]a)|reparto|entreg\\p{L}{0,6}|correos(?! electr)|seur|mrw|gls|dhl|ups|fedex|nacex|ctt|estafeta|dpd|redpack|99 ?minutos)',
      '(?:que|el que) (?:figura|aparece|consta|tenemos|indic[oó]) en (?:el|su|tu) (?:pedido|orden)',
      '(?:en|de|para) la etiqueta(?: de env[ií]o)?',
      '(?:para|del) env[ií]o(?! (?:del|de la|de los|de las) (?:manual|v[ií]deo|video|archivo|pdf|documento|cat[aá]logo|cup[oó]n|factura|gu[ií]a|instrucciones))',
    ],
    feedbackNotice: [
      // A statement ("puede actualizar"), not a request ("¿podría cambiar…?").
      `(?<!¿\\s?)(?:es posible|se puede|puede|podr[aá]|pueden|puedes|podr[aá]s|tiene (?:la )?(?:opci[oó]n|posibilidad) de|tienes (?:la )?(?:opci[oó]n|posibilidad) de|existe la (?:opci[oó]n|posibilidad) de|la (?:opci[oó]n|posibilidad) de) (?:\\p{L}+ )?(?:actualizar|modificar|cambiar|eliminar|retirar|editar|borrar|revisar)(?: o (?:actualizar|modificar|cambiar|eliminar|retirar|editar|borrar))? (?:aqu[ií] )?(?:la|su|tu|el) (?:\\p{L}+ )?${FEEDBACK}`,
      'si (?:considera|cree|piensa|le parece|te parece|consideras|crees|piensas|est[aá] satisfech[oa]|est[aá]s satisfech[oa]|se siente satisfech[oa]|queda satisfech[oa]) (?:de |con )?(?:que |cómo |la forma en que )?(?:\\p{L}+ )?(?:hemos|hayamos|se ha|ha quedado|quedó|está) (?:\\p{L}+ ){0,2}(?:resuelt[oa]|solucionad[oa]|arreglad[oa]|atendid[oa])',
    ],
    settlement: [
      'sustitu\\p{L}{0,6}',
      'reemplaz\\p{L}{0,4}',
      'repuestos?',
      'recambios?',
      'reenv[ií]\\p{L}{0,4}',
      '(?:un|una|otro|otra) (?:nuev[oa]|otr[oa])',
      '(?:una|un) (?:unidad|pieza) (?:nueva|nuevo)',
      'otra unidad',
      'sentimos',
      'siento',
      'lamenta\\p{L}{0,3}',
      'lamento',
      'disculp\\p{L}{0,6}',
      'perd[oó]n',
      'dañad[oa]s?',
      'rot[oa]s?',
      'defectuos[oa]s?',
      'falt(?:a|aba|aban|ante|antes)',
      'equivocad[oa]s?',
      'incorrect[oa]s?',
      'perdid[oa]s?',
      'extraviad[oa]s?',
      'retras\\p{L}{0,4}',
      'molestias',
      'inconvenientes',
      '(?:para )?compensar\\p{L}{0,3}',
      'devoluci(?:ón|ones)',
      '(?:nos )?devuelv(?:a|e|an)',
      'devolvernos',
      '(?:hemos|he|ya) (?:\\p{L}+ )?devuelto',
      '(?:el|su|tu|este|ese|la|esta) (?:problema|incidencia|error|fallo|daño|defecto|reclamación)',
      '(?:hemos|he) (?:emitido|tramitado|hecho|realizado|procesado) (?:el|su|tu|un) reembolso',
    ],
  },

  amazonFeedbackNotice:
    'Si considera que hemos resuelto satisfactoriamente su problema, es posible actualizar o eliminar aquí la valoración que dejó en su momento.',

  courtesy: {
    thanks: [
      '(?:nos )?(?:ha hecho|hace|hizo) (?:mucha |muchísima |tanta )?ilusión[^.!?\\n]{0,60}',
      // "Mil gracias por confiar en nuestro taller…": one alternative, so "mil gracias" alone does not win.
      '(?:muchas |muchísimas |mil |infinitas )?gracias(?: de nuevo| otra vez)?(?: (?:por|de) (?:su|tu|la|el|sus|tus) (?:\\p{L}+ )?(?:pedido|compra|orden|confianza|paciencia|preferencia|apoyo|comprensión)| por (?:elegir|escoger|preferir|confiar en|comprar en|comprar a|comprar)(?:nos)?[^.!?\\n]{0,60})?',
      'gracias por (?:elegir|escoger|preferir|confiar en|comprar en|comprar a|comprar)(?:nos)?(?: (?:nuestr[oa]s?|a|en) [^.!?\\n]{0,40})?',
      '(?:le|te|les) (?:agradecemos|agradezco|damos las gracias|doy las gracias) (?:(?:mucho|muchísimo|sinceramente) )?(?:por )?(?:su|tu|la|el) (?:\\p{L}+ )?(?:pedido|compra|orden|confianza|preferencia|apoyo)',
      'agradecemos (?:su|tu) (?:pedido|compra|orden|confianza|preferencia)',
      // "Todo nuestro equipo le agradece de corazón la confianza…": only thanks.
      '(?:(?:todo )?(?:nuestro |el )?equipo )?(?:le |te |les )?(?:agradece|agradecemos|agradecen|agradezco) (?:\\p{L}+ ){0,2}(?:la|su|tu) (?:confianza|compra|pedido|preferencia|elección)[^.!?\\n]{0,80}',
      '(?:solo |sólo )?(?:queríamos|quería|queremos|quiero) (?:darle|darte|daros|dar) (?:las )?gracias(?: (?:de corazón|personalmente))?(?: por [^.!?\\n]{0,50})?',
      '(?:nos alegra|nos hace (?:mucha |muchísima )?ilusión|es un placer|estamos (?:muy )?(?:content[oa]s|felices|encantad[oa]s)) (?:mucho |muchísimo |un montón |tanto )?(?:de )?(?:contar con (?:usted|ti|clientes como usted)|tenerle|tenerte|que (?:nos )?(?:haya|hayas) (?:elegido|confiado|comprado))[^.!?\\n]{0,30}',
      '(?:su|tu|cada) (?:pedido|compra|apoyo|confianza) (?:nos )?(?:anima|ayuda|significa|importa|motiva|alegra)[^.!?\\n]{0,50}',
      // Season's greetings alone say no more than thanks.
      'feliz navidad', 'felices fiestas', 'feliz año nuevo', 'próspero año nuevo', 'felices pascuas',
      // Season's greetings alone say no more than thanks.
      'felices reyes', 'que el (?:nuevo )?año (?:\\p{L}+ ){0,2}traiga',
    ],
    padding: [
      '(?:le|te|les) informamos (?:de )?que',
      '(?:seguiremos|continuaremos) (?:esforzándonos|trabajando|mejorando|dando lo mejor)[^.!?\\n]{0,50}',
      '(?:significa|significan) (?:mucho|muchísimo) para (?:nosotros|mí)',
      // Palabras amables en su forma general: un mensaje solo con ellas es solo un agradecimiento (G1701).
      '(?:esperamos|espero|ojalá)(?: que)? [^.!?\\n]{0,80}',
      '(?:le|te|les|os) (?:deseamos|deseo)[^.!?\\n]{0,80}',
      '(?:estamos|estoy) (?:muy |tan |súper |realmente )?(?:felices|feliz|content[oa]s?|encantad[oa]s?|orgullos[oa]s?|agradecid[oa]s?)[^.!?\\n]{0,80}',
      '(?:disfrute|disfruta|disfruten) (?:de )?(?:su|tu|el|la|los|las)[^.!?\\n]{0,60}',
      '(?:que )?(?:tenga|tengas|pase|pases) (?:un|una) (?:buen|bonito|feliz|excelente|gran|buena|bonita|feliz) (?:día|semana|fin de semana|tarde)',
      '(?:nos|me) (?:alegra|hace (?:mucha )?ilusión|encanta)[^.!?\\n]{0,80}',
      // The thanks above, blanked with the padding before the rest is measured.
      '(?:(?:todo )?(?:nuestro |el )?equipo )?(?:le |te |les )?(?:agradece|agradecemos|agradecen|agradezco) (?:\\p{L}+ ){0,2}(?:la|su|tu) (?:confianza|compra|pedido|preferencia|elección)[^.!?\\n]{0,80}',
      '(?:del |el )?(?:servicio|departamento) (?:de )?(?:postventa|posventa|atención al cliente|técnico)(?: de)?(?: [\\p{L}\'-]{1,20}){0,2}',
      'que (?:lo|la|los|las) (?:luzca|luzcas|disfrute|disfrutes|estrene|estrenes)(?: mucho| muchísimo)?',
      '(?:besos|un beso|besitos|un besito)',
      'ya (?:me|nos) (?:dirá|dirás|cuenta|cuentas|contará|contarás)',
      '(?:hola|buenas|buen día|buenos días|buenas tardes|buenas noches|estimad[oa]s?|querid[oa]s?|apreciad[oa]s?)(?: (?:sr|sra|srta|dr|dra|lic|ing)\\.?| señora| señor| señorita| don| doña)?(?: [\\p{L}\'-]{1,20}){0,2}',
      'estimad[oa]s? (?:client[ea]s?|comprador(?:a|es)?|amig[oa]s?)',
      '(?:un |reciba un )?(?:cordial |afectuoso |fuerte |atento )?saludos?(?: (?:muy )?cordial(?:es)?)?',
      '(?:atentamente|cordialmente|atte\\.?|un abrazo|con cariño|gracias de antemano|le saluda atentamente)',
      '(?:el )?equipo(?: de)?(?: [\\p{L}\'-]{1,20}){0,2}',
      '(?:el )?(?:servicio de )?(?:atención al cliente|servicio al cliente|departamento de \\p{L}+|servicio técnico)(?: de)?(?: [\\p{L}\'-]{1,20}){0,2}',
      '(?:esperamos|espero|le deseamos|te deseamos|ojalá) que[^.!?\\n]{0,50}',
      '(?:que tenga|que tengas|le deseamos|te deseamos|le deseo|te deseo) (?:un |una )?(?:buen|buena|feliz|excelente|bonito|bonita|estupendo|estupenda|gran)(?: (?:día|semana|fin de semana|tarde|jornada))?',
      '(?:feliz|buen|buena) (?:día|semana|fin de semana|tarde)',
      'disfrute(?:s)? (?:de )?(?:su|tu)[^.!?\\n]{0,40}',
      '(?:disfrútelo|disfrútela|disfrútalo|disfrútala|disfrútelos|disfrútalos|disfrútelas|disfrútalas)(?: mucho)?',
      '(?:ha sido|es|será|fue) un (?:placer|gusto|honor) (?:atenderle|atenderte|atenderles|servirle|servirte|ayudarle|ayudarte)',
      '(?:para nosotros )?es un (?:honor|placer|orgullo|gusto) (?:tenerle|tenerte|contar con (?:usted|ti))(?: como client[ea])?',
      '(?:esperamos|esperamos poder) (?:volver a verle|verle de nuevo|volver a verte|verte de nuevo|volver a atenderle|atenderle de nuevo|tenerle de nuevo)(?: pronto| por aquí| muy pronto)?',
      '(?:le|te) escribo para presentarme',
      '(?:solo |sólo )?(?:queremos|quería|queríamos|quiero) recordar(?:le|te) que',
      'que (?:lo|la|los|las) disfrute(?:s)?',
      '(?:me presento|soy|me llamo|mi nombre es|le saluda|le escribe|te escribe)(?: \\p{L}+)?(?: de(?:l)? (?:equipo|departamento|servicio|tienda) (?:\\p{L}+ ){0,2})?',
      '(?:si tiene|si tienes|para|ante|en caso de|por si tiene|por si tienes) (?:cualquier|alguna|algún) (?:otra |otro )?(?:pregunta|duda|problema|consulta|cuestión|inconveniente)s?(?: o (?:\\p{L}+))?(?: (?:sobre|relacionada con|acerca de) (?:su|tu|el|este) (?:pedido|orden|compra))?,?(?: (?:no dude en |no dudes en |puede |puedes )?(?:contactarnos|contáctenos|contáctanos|escribirnos|escríbanos|escríbenos|consultarnos|avísenos|avísanos))?(?: (?:cuando quiera|en cualquier momento|a través de (?:la mensajería de )?amazon|por este medio|por aquí))?',
      'no (?:dude|dudes|duden) en (?:contactarnos|escribirnos|consultarnos|preguntarnos|ponerse en contacto|ponerte en contacto|contactar(?:nos)? con nosotros)(?: (?:cuando (?:lo )?(?:necesite|necesites|quiera|quieras)|en cualquier momento|a cualquier hora))?',
      '(?:estamos|estoy|quedamos|quedo|seguimos) a (?:su|tu) (?:entera |completa )?disposición',
      '(?:quedamos|quedo) (?:atent[oa]s?|en espera)',
      'estamos aquí para (?:ayudarle|ayudarte)',
      'para (?:lo que|cualquier cosa que) (?:necesite|necesites)',
      '(?:su|tu) satisfacción es (?:nuestra|lo más importante|muy importante)[^.!?\\n]{0,30}',
      '(?:hasta pronto|hasta la próxima|nos vemos)',
      // The seller's small business introduced: warmth, no purpose.
      'somos un pequeño (?:negocio|taller|equipo|comercio)(?: familiar)?(?: de \\p{L}+)?', 'cada (?:compra|pedido) (?:es|significa) (?:\\p{L}+ ){0,3}para nosotros',
    ],
    confirmation: [
      '(?:está|están) (?:\\p{L}+ )?(?:empaquetad[oa]s?|embalad[oa]s?|preparad[oa]s?|list[oa]s? para (?:enviar|salir))',
      '(?:lo|la|los|las) recoger(?:á|án)[^.!?\\n]{0,30}',
      '(?:ha|han) sido (?:\\p{L}+ )?(?:enviad[oa]s?|despachad[oa]s?|entregad[oa]s? (?:a|al)|expedid[oa]s?)[^.!?\\n]{0,60}',
      '(?:está|están|va|van) (?:ya )?(?:en camino|de camino|en tránsito|en reparto)',
      '(?:entrega|llegada) (?:prevista|estimada)[^.!?\\n]{0,40}',
      '(?:número|código) de seguimiento[^.!?\\n]{0,40}',
      '(?:salió|sale|ha salido) (?:hoy |esta mañana |ayer )?(?:de nuestro almacén|con|por)[^.!?\\n]{0,50}',
      'n[uú]mero de (?:env[ií]o|expedici[oó]n|localizador|bulto):?',
      '(?:ya )?(?:viaja|va|sale|sali[oó]|ha salido) (?:con|por|en) (?:seur|correos|mrw|gls|dhl|ups|fedex|nacex|ctt|estafeta|dpd|redpack|la agencia|el transportista|la paqueter[ií]a)',
      '(?:su|tu) (?:compra|art[ií]culo|paquete|env[ií]o) del (?:pedido|orden)(?: \\d{3}-\\d{7}-\\d{7})? (?:ya )?(?:ha sido enviad[oa]|ha salido|sali[oó]|est[aá] en camino|va en camino)[^.!?\\n]{0,40}',
      'puede (?:seguir|ver|consultar) (?:la ruta|el recorrido|el estado del env[ií]o|el trayecto)[^.!?\\n]{0,20}',
      'su (?:pedido|paquete|artículo|envío)(?: \\d{3}-\\d{7}-\\d{7})? (?:ha sido|fue|está) (?:enviado|confirmado|despachado|en camino|en tránsito|entregado al transportista)',
      '(?:su|tu) (?:pedido|orden|paquete|art[ií]culo|env[ií]o|compra)(?: \\d{3}-\\d{7}-\\d{7})? (?:ya )?(?:ha sido|fue|est[aá]|va|se ha|ha) (?:enviad[oa]|confirmad[oa]|despachad[oa]|entregad[oa]|en camino|de camino|en tr[aá]nsito|en reparto|entregad[oa] al transportista|preparad[oa]|salido|sale hoy|sali[oó])',
      '(?:hemos|ya hemos) (?:enviado|despachado|confirmado|recibido (?:correctamente )?|preparado|procesado) (?:su|tu) (?:pedido|orden|paquete|art[ií]culo|compra|pago)(?: \\d{3}-\\d{7}-\\d{7})?',
      '(?:ya )?(?:lo|la|los|las) (?:estamos|hemos) (?:preparando|preparado|empaquetando|empaquetado)[^.!?\\n]{0,40}',
      '(?:estamos|ya estamos) (?:preparando|empaquetando) (?:su|tu) (?:pedido|orden|paquete|env[ií]o)[^.!?\\n]{0,40}',
      '(?:le|te) (?:avisaremos|informaremos|notificaremos|escribiremos|confirmaremos) (?:cuando|en cuanto|tan pronto como) (?:\\p{L}+ ){0,2}(?:salga|se env[ií]e|sea enviad[oa]|lo enviemos|la enviemos|est[eé] en camino|tengamos el n[uú]mero de seguimiento)[^.!?\\n]{0,40}',
      '(?:llegará|debería llegar|será entregado|se entregará)[^.!?\\n]{0,40}',
      '(?:su|tu|el) n[uú]mero de (?:seguimiento|gu[ií]a|rastreo) es[^.!?\\n]{0,60}',
      'n[uú]mero de (?:seguimiento|gu[ií]a|rastreo):?',
      '(?:confirmación|confirmamos) (?:de(?:l| su| tu)? )?(?:pedido|orden|env[ií]o|compra)',
      '(?:entrega|llegada|fecha de entrega) (?:prevista|estimada)(?: para)?:?[^.!?\\n]{0,40}',
      'puede (?:seguir|rastrear|consultar) (?:su|tu|el) (?:pedido|paquete|env[ií]o|orden)[^.!?\\n]{0,60}',
      'buenas noticias',
    ],
    signOffs: [
      '(?:besos|un beso|besitos|un besito)',
      '(?:un |reciba un )?(?:cordial |afectuoso |fuerte |atento )?saludo(?: (?:muy )?cordial)?',
      'saludos(?: cordiales)?',
      'atentamente',
      'cordialmente',
      'atte\\.?',
      'un abrazo',
      'con cariño',
      'gracias de antemano',
      'le saluda atentamente',
      '(?:quedamos|quedo) (?:atent[oa]s?|a (?:su|tu) disposición)',
    ],
    checkIns: [
      // Seguimientos en su forma general.
      '(?:ha|han) llegado (?:ya |bien |todo )?(?:su|tu|el|la|los|las|sus|tus) (?:\\p{L}+ ){0,3}\\p{L}+[^.!?\\n]{0,30}\\?',
      '(?:está|va|ha ido|salió) todo (?:bien|correcto|en orden|perfecto)[^.!?\\n]{0,40}\\?',
      '(?:qu[eé] tal|c[oó]mo) (?:le |te )?(?:va|van|ha ido|está|están|funciona)[^.!?\\n]{0,60}\\??',
      '(?:saber|preguntar(?:le|te)?|comprobar|confirmar) (?:si|que|cómo) [^.!?\\n]{0,60}(?:llegado|recibido|lleg[oó]|recibi[oó]|gusta|va bien|funciona)',
      // "Solo queríamos saber qué tal te va con tu nueva cafetera": a check-in without a purpose.
      '(?:saber|preguntar(?:le|te)?|ver|conocer) (?:qu[eé] tal|c[oó]mo) (?:le |te )?(?:va|van|est[aá]|funciona|ha ido|le ha ido) (?:con )?(?:su|tu|el|la|los|las|sus|tus) (?:nuev[oa]s? )?(?:\\p{L}+ ){0,2}\\p{L}+',
      '(?:paso|pasamos|te escribo|le escribo|te escribimos|le escribimos)(?: por aquí)? (?:solo |sólo |únicamente |simplemente )?para (?:ver|saber|comprobar|confirmar|preguntar|asegurarme|asegurarnos) (?:de )?(?:si|que|cómo|qué tal)[^.!?\\n]{0,80}(?:llegado|recibido|en (?:tus|sus) manos|en casa|bien|sin (?:ningún |ningun )?(?:golpe|problema)s?)',
      '(?:solo |sólo |únicamente )?(?:quer[ií]amos|quer[ií]a|queremos|quiero|quisi[eé]ramos|nos gustar[ií]a|me gustar[ií]a) (?:asegurarnos|asegurarme|comprobar|confirmar|saber|verificar|preguntarle|preguntarte|preguntar) (?:de )?(?:que|si|c[oó]mo|qu[eé] tal) [^.!?\\n]{0,60}(?:llegado|recibido|lleg[oó]|recibi[oó]|entregad[oa]|bien|en (?:buen|perfecto) estado|correctamente|sin problemas|funciona|le gusta|te gusta)',
      '(?:le|te) escribimos (?:solo |sólo |simplemente )?para (?:saber|comprobar|confirmar|asegurarnos|preguntarle|preguntarte|preguntar) (?:de )?(?:si|que|c[oó]mo|qu[eé] tal) [^.!?\\n]{0,60}(?:llegado|recibido|lleg[oó]|recibi[oó]|entregad[oa]|bien|funciona|va|est[aá])',
      '(?:ya )?(?:ha|han|has|le ha|te ha|le han|te han) (?:llegado|recibido) (?:bien |ya |correctamente |sin problemas )?(?:su|tu|el|la|los|las|sus|tus) (?:\\p{L}+ ){0,3}(?:pedido|paquete|art[ií]culo|producto|compra|env[ií]o|orden)s?[^.!?\\n]{0,40}\\?',
      '(?:ya )?(?:recibi[oó]|recibiste|ha recibido|has recibido|le lleg[oó]|te lleg[oó]) (?:bien )?(?:su|tu|el|la|los|las|sus|tus) (?:\\p{L}+ ){0,3}(?:pedido|paquete|art[ií]culo|producto|compra|env[ií]o|orden)s?[^.!?\\n]{0,40}\\?',
      '(?:le|te) (?:ha |han )?llegado (?:ya |todo )?(?:bien|correctamente|sin problemas|en buen estado)[^.!?\\n]{0,40}\\??',
      '(?:esperamos|espero|confiamos en) que (?:\\p{L}+ ){0,3}(?:haya|hayan) llegado (?:todo |ya )?(?:bien|correctamente|en (?:buen|perfecto) estado|sin problemas|a tiempo)[^.!?\\n]{0,40}',
      '(?:esperamos|espero|confiamos en) que (?:su|tu|el|la|los|las|sus|tus|todo) (?:\\p{L}+ ){0,3}(?:haya|hayan) llegado (?:bien|correctamente|en (?:buen|perfecto) estado|sin problemas|a tiempo|ya)[^.!?\\n]{0,40}',
      '(?:qu[eé] tal|c[oó]mo) (?:le |te )?(?:va|van|est[aá]|est[aá]n|funciona|funcionan|ha ido|le ha ido|le queda|le quedan|te queda|te quedan)(?: con)? (?:su|tu|el|la|los|las|sus|tus) (?:nuev[oa]s? )?(?:\\p{L}+ ){0,3}\\p{L}+ ?\\?',
      '(?:seg[uú]n el seguimiento|vemos que|hemos visto que|el seguimiento indica que|nos consta que),? (?:su|tu|el) (?:\\p{L}+ )?(?:pedido|paquete|env[ií]o|orden|art[ií]culo)(?: \\([^)\\n]{0,40}\\))? (?:ya )?(?:se entreg[oó]|fue entregad[oa]|ha sido entregad[oa]|se ha entregado|consta como entregad[oa]|figura como entregad[oa]|lleg[oó]|ha llegado)(?: ayer| hoy| esta mañana| hace (?:\\p{L}+ ){0,1}\\p{L}+)?',
    ],
    helpOffers: [
      '(?:no dude|no dudes|no duden) en (?:contactarnos|escribirnos|consultarnos|contactar|escribir)[^.!?\\n]{0,60}',
      '(?:estamos|estoy|seguimos|sigo) (?:siempre |aquí |disponibles? )+(?:para (?:usted|ti|lo que (?:necesite|necesites)|ayudarle|ayudarte))',
      '(?:si|para) (?:necesita|necesitas|tiene|tienes) (?:cualquier cosa|algo|alguna duda|cualquier duda|ayuda)[^.!?\\n]{0,60}',
      '(?:cuente|cuenta|puede contar|puedes contar) (?:conmigo|con nosotros)(?: (?:directamente|siempre|para lo que (?:necesite|necesites)))?(?: (?:aqu[ií] )?(?:en|por|a través de) (?:amazon|este medio|la mensajer[ií]a de amazon))?',
      'quer(?:[ií]a|[ií]amos) que (?:tuviera|tuvieras|tenga|tengas|supiera|supieras) (?:mi|nuestro) (?:nombre|contacto)',
      'cualquier cosa que (?:le|te) (?:surja|pase|haga falta)[^.!?\\n]{0,60}',
      '(?:desde (?:hoy|ahora|este momento)|a partir de (?:hoy|ahora)),? (?:\\p{L}+ ){0,2}(?:ser[eé]|ser[aá]|soy|es|somos|seremos|estar[eé]|estaremos) (?:su|tu) (?:\\p{L}+ ){0,3}(?:contacto|asesora?|agente|gestora?|representante|asistente|interlocutora?|responsable|persona de referencia)',
      '(?:soy|ser[eé]|seremos|somos) (?:su|tu) (?:persona de contacto|asesora?(?: personal| dedicad[oa])?|gestora?(?: personal)?|agente (?:personal|asignad[oa])|asistente personal|contacto (?:personal|directo))',
      '(?:estoy|estamos|estaremos|estar[eé]) (?:siempre )?(?:aqu[ií]|disponibles?|a (?:su|tu) (?:entera )?disposici[oó]n) para (?:ayudarle|ayudarte|ayudarles|lo que (?:necesite|necesites)|cualquier (?:cosa|duda|consulta|pregunta))(?: en (?:todo )?lo que (?:necesite|necesites))?(?: (?:que (?:tenga|tengas|le surja|te surja) )?(?:con|sobre) (?:su|tu|el|este) (?:pedido|compra|orden|producto|artículo))?',
      '(?:me|nos) encargar(?:é|emos) de (?:atenderle|atenderte|ayudarle|ayudarte|todo lo que|tod[oa]s (?:sus|tus) (?:consultas|dudas|preguntas|gestiones)|cualquier (?:consulta|duda|gestión))[^.!?\\n]{0,60}',
      '(?:su|tu) (?:asesora?|gestora?|agente|asistente) (?:personal|dedicad[oa]|asignad[oa])(?: de (?:compras|cuenta|atención))?',
      '(?:estamos|estoy|quedamos|quedo|seguimos) a (?:su|tu) (?:entera |completa )?disposici[oó]n',
      '(?:estamos|estoy|quedamos|quedo) a (?:sus|tus) [oó]rdenes',
      '(?:encantad[oa]s?|felices) de (?:ayudarle|ayudarte|ayudar)',
      '(?:con (?:mucho )?gusto|ser[aá] un placer|estaremos encantad[oa]s de) (?:le |te )?(?:ayud|atend)\\p{L}{1,6}',
      '(?:si|en caso de que) (?:\\p{L}+ )?(?:necesita|necesitas|necesitara|necesitaras|tiene|tienes|tuviera|tuvieras|surge|surgiera) (?:algo|ayuda|cualquier cosa|alguna (?:duda|pregunta|consulta)|cualquier (?:duda|pregunta|consulta|problema))',
      'no (?:dude|dudes|duden) en (?:contactarnos|escribirnos|consultarnos|preguntarnos|ponerse en contacto|ponerte en contacto|contactar(?:nos)? con nosotros)',
      '(?:para|ante) cualquier (?:duda|pregunta|consulta|cuesti[oó]n|cosa)',
      'estamos aquí para (?:ayudarle|ayudarte)',
      // Help offered for whenever the buyer needs it.
      'si en algún momento tiene(?:s)? (?:cualquier |alguna )?duda', 'escríba(?:nos|me) por aquí', 'le responderemos lo antes posible',
    ],
    purpose: [
      'lamentablemente', 'desafortunadamente', 'por desgracia', 'sentimos', 'siento', 'lament\\p{L}{1,5}', 'perd[oó]n',
      'disculp\\p{L}{0,4}', 'dañad[oa]s?', 'rot[oa]s?', 'defectuos[oa]s?', 'falta', 'faltaba', 'incorrect[oa]s?',
      'equivoc\\p{L}{1,5}', 'error', 'problemas?', 'incidencias?', 'retras\\p{L}{0,4}', 'agotad[oa]s?', 'sin stock',
      'devolución', 'reembols\\p{L}{0,4}', 'sustitución', 'reemplazo', 'repuesto', 'recambio', 'reenv[ií]\\p{L}{0,4}',
      'cambio', 'cancel\\p{L}{0,6}', 'anul\\p{L}{1,6}', 'dirección(?! comercial| general)', 'grabado', 'grab(?:ar|amos|emos)', 'bordad\\p{L}{0,2}',
      'personaliza\\p{L}{0,6}', 'cita', 'franjas?', 'aduana', 'pendiente',
      'por favor,? (?:confirme|envíe|indique|elija|compruebe|responda|revise)', 'podría', 'desea', 'prefier\\p{L}{0,2}',
      'prefiera', 'opci(?:ón|ones)', 'confírm\\p{L}{2,6}', 'indíquenos', 'díganos', 'respóndanos', 'respóndenos',
      'elija', 'elige', 'adjunt\\p{L}{0,3}', 'factura', 'manual', 'instrucciones', 'garantía',
      'reseñas?', 'opinión', 'valoraci\\p{L}{1,4}', 'valor(?:e|ar|arnos|en)', 'calificaci\\p{L}{1,4}', 'estrellas',
      'firma', 'alguien en casa', 'nadie en casa', 'asegúrese',
      'fotos?',
      'medidas?',
      'mandarnos',
      'enviarnos',
      'necesitamos',
      // Instructions for the item (what to do before use) are a purpose of their own.
      'tenga en cuenta', 'antes del primer uso', 'antes de usar',
    ],
  },

  topics: {
    address: [
      'apartado de correos', 'punto de recogida', 'taquilla', 'timbre', 'portero', 'escalera', 'devuelto al remitente', 'destinatario',
      'direcci(?:ón|ones)(?! de (?:correo|e-?mail))(?: de (?:envío|entrega))?', 'domicilio', 'código postal', 'c\\.p\\.',
      'calle', 'colonia', 'portal', 'piso', 'puerta', 'edificio', 'incomplet[oa]',
      'número (?:de (?:casa|portal|piso|puerta|calle|departamento|la calle)|interior|exterior)',
      'referencias? (?:para|de) (?:encontrar|llegar|ubicar)', 'alguna referencia',
      'no (?:encontró|encuentra|pudo encontrar|localizó|logró encontrar|dio con)',
      'entre (?:qué )?calles',
    ],
    deliveryScheduling: [
      'instalador\\p{L}{0,2}', 'por la (?:mañana|tarde)', 'aparcamiento', 'montador\\p{L}{0,2}',
      'cita(?: (?:de entrega|previa))?', 'franjas?(?: horarias?)?', 'fecha de entrega', 'programar la entrega',
      'entreg\\p{L}{0,6}', 'repartidor\\p{L}{0,2}', 'agencia', 'transportista', 'operarios', 'camión', 'paquetería',
      '(?:alguien|nadie) (?:estará |está )?en casa', 'horario', 'montaje', 'instalación', 'técnico',
      '(?:qué|otro) día',
    ],
    customization: [
      'mayúsculas', 'minúsculas', '(?:revisar|revise|confirmar|confirme|comprobar|compruebe) el (?:texto|nombre|diseño)', 'antes de (?:cortar|grabar|imprimir|bordar|coser|fabricar|tallar)',
      'rotulado', 'su (?:texto|foto|imagen|dibujo|logo)', 'sus fotos', 'logo',
      'grabado', 'grab(?:ar|amos|emos|arla|arlo|arlas|arlos|e)', 'bordado', 'bord(?:ar|amos|arlo|arla)',
      'personaliza\\p{L}{0,6}', 'texto personalizado', 'texto del (?:grabado|bordado)', 'diseño', 'vista previa',
      'prueba de (?:impresión|diseño|color)', 'boceto', 'imprim\\p{L}{1,6}', 'impresión', 'resolución',
      'a (?:la )?medida', 'tipo de letra', 'tipografía', 'fuente', 'inscripción', 'dedicatoria',
      // "Va a llevar grabadas…" (still to be made); "sus iniciales grabadas" describes a finished item.
      '(?:llevar|lleva|llevará|llevarán|irá|irán|va|van) (?:\\p{L}+ )?(?:grabad|bordad|impres)[oa]s?',
      '(?:el|la|su|tu) (?:texto|frase|nombre|fecha|mensaje) (?:que|a) (?:grabar|bordar|imprimir|poner)',
    ],
    review: [REVIEW, '(?:\\d|cinco) estrellas', 'valor(?:arnos|e|ar)'],
    problem: [
      // Más palabras de un problema imprevisto (motivo crítico).
      'tormenta', 'temporal', 'nieve', 'inundaci(?:ón|ones)', 'escasez', 'intento fallido', 'fallid[oa]', 'doblad[oa]s?', 'torcid[oa]s?',
      'en lugar de', 'en vez de', 'solo (?:un|una|una parte)', 'aviso', 'peligro', 'riesgo', 'vecin[oa]s?', 'otra (?:puerta|casa|dirección)', 'marcad[oa] como entregad[oa]',
      'parad[oa]s?',
      'reclamaci(?:ón|ones)',
      'sin moverse',
      'detenid[oa]s?',
      'lamentablemente', 'desafortunadamente', 'por desgracia', 'lament\\p{L}{1,5}', 'sentimos', 'siento',
      'disculp\\p{L}{0,6}', 'dañad[oa]s?', 'daños?', 'rot[oa]s?', 'grietas?', 'golpes?', 'arañazos?', 'defect\\p{L}{0,5}',
      'falt(?:a|aba|aban|an|ante|antes)', 'equivoc\\p{L}{1,5}', 'incorrect[oa]s?', 'error(?:es)?', 'retras\\p{L}{0,4}',
      'tarde', 'perdid[oa]s?', 'extraviad[oa]s?', 'agotad[oa]s?', 'sin (?:stock|existencias)', 'fuera de stock',
      'problemas?', 'incidencias?', 'no funciona\\p{L}{0,2}', 'no (?:enciende|carga|arranca|conecta)', 'aduana',
      'atascad[oa]', 'retenid[oa]', 'devuelto', 'reembols\\p{L}{0,6}', 'sustituci(?:ón|ones)', 'reemplazo',
      'repuesto', 'recambio', 'cancel\\p{L}{0,6}', 'anul\\p{L}{1,6}', 'seguridad', 'retirada', 'se calienta\\p{L}{0,2}',
      'sobrecalent\\p{L}{1,6}', 'fuga', 'gotea', 'imprevisto', 'huelga', 'suelt[oa]s?',
      'no (?:ha |han )?llegado', 'no (?:podemos|podremos|es posible) (?:enviar|entregar)',
      'extravi\\p{L}{1,4}', 'perd(?:ió|ieron)', 'stock', 'existencias', 'no (?:está|estará|estaría|queda) disponible',
      'no disponible', 'dejó de estar disponible', 'demora\\p{L}{0,2}', 'avería', 'averiad[oa]s?', 'estropead[oa]s?',
      'fallos?', 'falla', 'mal estado', 'abollad[oa]s?', 'rayad[oa]s?', 'manchad[oa]s?', 'no (?:coincide|corresponde)',
    ],
  },
};
