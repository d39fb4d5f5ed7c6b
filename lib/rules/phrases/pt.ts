/**
 * Portuguese phrases, Brazilian usage first (você, o senhor / a senhora, "pedido", "celular",
 * "cupom", "contato"), with the European forms sellers in Portugal write ("encomenda",
 * "telemóvel", "cupão", "contacto", "facto", "receção", tu with enclitic pronouns), with or
 * without accents. Syntax: see ./types.ts.
 */
import type { PhraseBook } from './types.ts';
import { spelledPhone } from './numbers.ts';
import { refusedOffers, refusedOutside, refusedWays, type RefusalWords } from './refusals.ts';

/** Words for a product review or seller feedback, as a regex alternation. */
const REVIEW =
  '(?:avalia[cç](?:[aã]o|[oõ]es)|resenhas?|reviews?|feedbacks?|coment[aá]rios?|opini(?:[aã]o|[oõ]es)|classifica[cç](?:[aã]o|[oõ]es)|depoimentos?)';
/** The same without the everyday words "comentário", "opinião", "depoimento". */
const REVIEW_STRICT = '(?:avalia[cç](?:[aã]o|[oõ]es)|resenhas?|reviews?|feedbacks?|classifica[cç](?:[aã]o|[oõ]es))';
/** What a buyer may leave: a review word, an impression, stars, a grade. */
const REVIEW_THING =
  '(?:avalia[cç](?:[aã]o|[oõ]es)|resenhas?|reviews?|feedbacks?|coment[aá]rios?|opini(?:[aã]o|[oõ]es)|classifica[cç](?:[aã]o|[oõ]es)|depoimentos?|impress(?:[aã]o|[oõ]es)|estrel(?:as|inhas)|nota (?:m[aá]xima|\\d{1,2}|cinco|dez))';
/** Seller feedback, which Amazon's notice lets the buyer update (a product review is never asked about). */
const FEEDBACK = '(?:feedbacks?|avalia[cç](?:[aã]o|[oõ]es)|coment[aá]rios?|opini(?:[aã]o|[oõ]es)|classifica[cç](?:[aã]o|[oõ]es))';
/**
 * Leaving a review: você and tu imperatives, infinitives, gerunds, past and subjunctive forms,
 * with an enclitic pronoun (European "deixe-nos", "escreva-a").
 */
const LEAVE =
  '(?:deix(?:e|em|a|as|ar|ares|ando|ado|asse|ar[aá]|arem)|escrev(?:a|am|e|es|er|endo|esse|ido)|public(?:a|as|ar|ando|ado|asse)|publiqu(?:e|em)' +
  '|compartilh(?:e|em|a|as|ar|ando|asse)|partilh(?:e|em|a|as|ar|ando|asse)|post(?:e|em|a|as|ar|ando|asse)|d(?:ê|e[eê]m|ar|ando|esse|á)|registr(?:e|ar|a)|regist(?:e|ar)|deix[aá]-la|deix[aá]-lo|escrev[eê]-la|public[aá]-la)(?:-(?:nos|me|la|lo|a|o))?';
/** What sellers offer in return for a review. */
const INCENTIVE_WORDS =
  '(?:gr[aá]tis|gratuit[oa]s?|brindes?|presentes?|mimos?|descontos?|cupo(?:m|ns)|cup[aã]o|cup[oõ]es|vales?(?:-| )(?:presente|compras?|desconto|oferta)|cart(?:[aã]o|[oõ]es)(?:-| )(?:presente|oferta)|gift ?cards?|reembols\\p{L}{0,6}|dinheiro|recompensas?|pr[eêé]mios?|cashback|b[oô]nus)';
/** Money and percentages: "10%", "R$ 20", "20 reais", "5 €". */
const AMOUNT = '(?:\\d{1,3} ?%|r\\$ ?\\d{1,4}(?:[.,]\\d{2})?|\\d{1,4}(?:[.,]\\d{2})? ?(?:€|euros?|reais|real|d[oó]lares))';
const INCENTIVE = `(?:${INCENTIVE_WORDS}|${AMOUNT})`;
/** The buyer's contact details. */
const CONTACT =
  '(?:e-?mail|email|correio eletr[oô]nico|correio electr[oó]nico|endere[cç]o de e-?mail|(?:n[uú]mero de )?(?:telefone|celular|telem[oó]vel|whats ?app|zap)(?: de contat?c?to| pessoal)?|n[uú]mero de contat?c?to|contat?c?to pessoal|contat?c?to telef[oó]nico|contat?c?to de telefone)';
/** Buying: "compre", "comprar", "encomende", "peça". */
const BUY =
  '(?:compr(?:e|em|a|as|ar|ando|á-lo|á-la|ar-nos)|encomend(?:e|em|a|ar|ando|ar-nos)|pe[cç]am?-nos|pedir(?:-nos)?|adquir(?:a|ir|am))';
/** A shop outside Amazon. */
const OWN_STORE =
  '(?:site|s[ií]tio|loja (?:virtual|online|on-line|f[ií]sica|pr[oó]pria)|p[aá]gina(?! (?:na|da|dentro da|oficial na) amazon)|e-?commerce|shopify|instagram|perfil)';
/** Cancelling, said to the buyer (você, vocês and tu imperatives). */
const CANCEL_YOU = '(?:cancele(?:-o|-a|-os|-as)?|cancelem(?:-no|-na)?|anule(?:-o|-a)?|anulem|cancelasse(?:-a|-o|m)?|anulasse(?:-a|-o|m)?)';
/** Where a buyer cancels: their account, the app. */
const BUYER_SIDE =
  '(?:do seu lado|do teu lado|da sua parte|da tua parte|por sua parte|(?:na|pela|pelo|no|da|do) (?:sua |tua )?(?:conta|app|aplicativo|aplica[cç][aã]o|perfil|[aá]rea de (?:pedidos|cliente)|se[cç][aã]o|seus pedidos|meus pedidos|as minhas encomendas|minhas encomendas|p[aá]gina (?:do|da) (?:pedido|encomenda)))';

/** A way of paying or a messenger named only to refuse it (refusals.ts). */
const REFUSALS: RefusalWords = {
  ways: ['pix', 'chave pix', 'boleto(?: banc[aá]rio)?', 'transfer[eê]ncias?(?: banc[aá]rias?)?', 'ted', 'doc', 'dep[oó]sito', 'dinheiro', 'esp[eé]cie', 'picpay', 'mercado ?pago', 'mb ?way', 'multibanco', 'dados banc[aá]rios'],
  joiners: [',', ',? ou', ',? e', ',? nem'],
  negations: ['n[aã]o', 'nem', 'nunca', 'jamais', 'sem', 'nenhum\\p{L}*'],
  refusals: ['n[aã]o (?:\\p{L}+ ){0,2}(?:[eé] poss[ií]vel|s[aã]o poss[ií]veis|aceitamos|usamos|utilizamos|trabalhamos|[eé] uma op[cç][aã]o|est[aá] previst\\p{L}|[eé] necess[aá]ri\\p{L}|precisa|[eé] permitid\\p{L})', '(?:n[aã]o )?(?:aceitamos|usamos) n[aã]o', 'n[aã]o d[aá]'],
  reported: ['(?:voc[eê] |o senhor |a senhora )?(?:nos |me )?(?:perguntou|pergunta|perguntava|prop[oô]s|propunha|ofereceu|sugeriu|escreveu|comentou|mencionou|disse|falou|avisou|quis saber|queria saber)', '(?:sua|tua) (?:pergunta|d[uú]vida|proposta|mensagem)'],
  acknowledged: ['entendo que', 'compreendo que'],
  neverAsk: ['nunca (?:vamos |iremos )?(?:pedir|pediremos|pedimos|solicitar|solicitaremos)', 'jamais (?:vamos |iremos )?(?:pedir|pediremos)'],
  prepositions: ['por', 'via', 'pelo', 'pela', 'com', 'no', 'em'],
};
const OUTSIDE_AMAZON = 'fora da amazon';

/** A discount code or a better price the buyer asked for, refused (refusals.ts refusedOffers). */
const OFFERS = ['cupo(?:m|ns)(?: de desconto)?', 'c[oó]digos? (?:de )?(?:desconto|promocional|cupom)', 'descontos?', 'pre[cç]o especial', 'abatimento'];

export const pt: PhraseBook = {
  language: 'pt',
  name: 'Portuguese',
  wordBoundaries: true,
  // Words Spanish, Italian, French and English do not list ("no", "dos", "as" and "à" are left out; "de" is not among their stop words).
  stopWords: [
    'o', 'os', 'um', 'uma', 'de', 'do', 'da', 'na', 'nas', 'ao', 'aos', 'às', 'em', 'é', 'não', 'nao', 'você',
    'voce', 'vocês', 'seu', 'seus', 'suas', 'nosso', 'nossa', 'nossos', 'nossas', 'com', 'obrigado',
    'obrigada', 'olá', 'oi', 'pelo', 'pela', 'pelos', 'pelas', 'encomenda', 'também', 'tambem', 'foi', 'são',
    'isso', 'isto', 'essa', 'esse', 'nesta', 'neste', 'deste', 'desta', 'já', 'muito', 'muita', 'prezado',
    'prezada', 'atenciosamente', 'cumprimentos', 'lhe', 'ele', 'ela', 'mais', 'até', 'senhor', 'senhora',
    'temos', 'pode', 'podem', 'sua', 'bem', 'só', 'aqui', 'receber', 'deixar', 'mensagem', 'mensagens', 'gente', 'coisa', 'dúvida', 'precisa', 'quiser', 'ficou', 'chegou', 'qual', 'quais', 'contato', 'melhor', 'algum', 'alguma', 'nenhum', 'nenhuma', 'tenha', 'vai', 'estão', 'sem', 'ainda', 'agora', 'então', 'depois', 'equipe', 'equipa',
    'qualquer', 'produto', 'endereço', 'loja', 'amanhã', 'hoje', 'tem', 'têm', 'abraço', 'abraços', 'fazer',
  ],
  importantTagWords: ['importante', 'urgente', 'atenção', 'atencao', 'aviso importante', 'informação importante'],

  promotion: {
    patterns: [
      // Referrals in other words: "indique nossas panelas para as amigas", "com a sua indicação".
      'para cada amig[oa]s?', '(?:com|pela) (?:a )?(?:sua|tua) indica[cç][aã]o',
      'indique (?:\\p{L}+ ){0,3}(?:para|pras|pros|aos|[àa]s|a) (?:as |os |seus |suas )?(?:amig|conhecid)\\p{L}*',
      '(?:nossa|a nossa) (?:p[aá]gina|loja|vitrine|montra) (?:na|da) amazon',
      '(?:muitos |v[aá]rios )?clientes (?:\\p{L}+ ){0,2}(?:tamb[eé]m )?(?:levam|compram|escolhem|adicionam|combinam|aproveitam) (?:tamb[eé]m |junto )?(?:o nosso|a nossa|os nossos|as nossas|nosso|nossa|nossos|nossas)',
      '(?:quem|os clientes que|as pessoas que|muitos (?:clientes|compradores) que) (?:compra|compram|comprou|compraram|escolhe|escolhem|leva|levam|levou|levaram) (?:\\p{L}+ ){0,4}(?:costuma|costumam|tamb[eé]m) (?:levar|comprar|adicionar|escolher|levam|compram|adicionam)',
      '(?:procure|procura|procurar|busque|buscar|pesquise|pesquisa|pesquisar) [^.!?\\n]{1,40}na amazon',
      'leve \\d{1,2} (?:e )?pague \\d{1,2}',
      '(?:fazemos|faremos|fa[cç]o|damos|daremos|conseguimos) (?:um |uma )?(?:pre[cç]o|desconto|condi[cç][aã]o) especial',
      '(?:voc[eê]|o senhor|a senhora|tu) (?:tamb[eé]m )?(?:pode|vai|poder[aá]|iria|podes) (?:gostar|adorar|amar) (?:d[aeo]s?|de) (?:noss[oa]s?|outr[oa]s?)',
      '(?:em breve|brevemente) (?:dispon[ií]ve(?:l|is)|[aà] venda|na nossa loja|novidades)',
      'frete gr[aá]tis (?:na|para a|a partir da) (?:sua |tua )?pr[oó]xima',
      'portes gr[aá]tis (?:na|para a) (?:sua |tua )?pr[oó]xima',
      'novidades? (?:da|na|de) (?:nossa|nosso)',
      'cole[cç](?:[aã]o|[oõ]es) (?:de )?(?:outono|inverno|primavera|ver[aã]o|natal|temporada|dia das m[aã]es)',
      '(?:vamos lan[cç]ar|lan[cç]aremos|lan[cç]amos|acabamos de lan[cç]ar|estamos lan[cç]ando|chegaram|acabaram de chegar) (?:\\p{L}+ ){0,3}(?:nov[oa]s|modelos|produtos|cole[cç](?:[aã]o|[oõ]es)|linha|cores|estampas|sabores)',
      '(?:nossos|os nossos|confira os|conhe[cç]a os|veja os) lan[cç]amentos',
      'lan[cç]amento (?:da|de|do) (?:nova|novo|nossa|nosso)',
      '\\d{1,3} ?% (?:de desconto|off|a menos|de abatimento)',
      'c[oó]digos? (?:de desconto|promocional|promocionais|de cupom|de cup[aã]o|promo)',
      '(?:um|nosso|o nosso|seu) (?:cupom|cup[aã]o|vale(?:-| )(?:desconto|compras?|presente|oferta))(?: de desconto)?',
      '(?:use|usa|utilize|utiliza|aplique|aplica|insira|digite|resgate) (?:o |este |esse |seu |o seu |o teu )?(?:cupom|cup[aã]o|c[oó]digo)',
      // A code word with digits: "com o cupom VOLTA10", "código OBRIGADO15".
      'cup(?:om|[aã]o):? \\p{L}{2,15}\\d{1,3}',
      'c[oó]digo:? \\p{L}{3,15}\\d{1,3}',
      '(?:na|para a|em sua|na sua|na tua) (?:sua |tua )?pr[oó]xima (?:compra|encomenda|pedido)',
      '(?:no|para o|em seu|no seu|no teu) (?:seu |teu )?pr[oó]ximo pedido',
      '(?:nossas |as |grandes )?(?:liquida[cç](?:[aã]o|[oõ]es)|queima de estoque|ofertas (?:especiais|exclusivas|rel[aâ]mpago)|promo[cç][oõ]es (?:especiais|exclusivas))',
      '(?:nossas|incr[ií]veis|as melhores) (?:ofertas|promo[cç][oõ]es)',
      '(?:ofertas|promo[cç][oõ]es|descontos) (?:de|da|do|para o) (?:temporada|ver[aã]o|inverno|natal|black friday|cyber monday|dia das m[aã]es|dia dos pais|prime day|saldos)',
      '(?:aproveite|aproveita|aproveitar) (?:\\p{L}+ ){0,3}(?:ofertas?|descontos?|promo[cç](?:[aã]o|[oõ]es)|liquida[cç][aã]o|black friday|cupom|cup[aã]o)',
      'oferta (?:exclusiva|limitada|especial|rel[aâ]mpago)',
      'descontos? (?:exclusiv[oa]s?|especia(?:l|is)|para (?:clientes|assinantes|membros))',
      'clientes vip',
      'grupo (?:de|no) (?:telegram|whats ?app|facebook)',
      'por tempo limitado',
      '(?:nossa|nossas|uma) promo[cç](?:[aã]o|[oõ]es)',
      '(?:volte|volta|voltar) a comprar',
      '(?:compre|comprar|compra) (?:de novo|novamente)(?! o produto (?:correto|certo))',
      '(?:os |as )?(?:nossos?|nossas?) (?:nov[oa]s?|outr[oa]s?|demais) (?:cole[cç](?:[aã]o|[oõ]es)|produtos|artigos|itens|modelos|linhas?)',
      'nova cole[cç][aã]o',
      '(?:visite|visita|conhe[cç]a|conhece|confira|confere|descubra|descobre|explore|explora|d[eê] uma olhada (?:em|n)|d[aá] uma olhada (?:em|n)|espreite|espreita|passe (?:na|pela)) (?:a |o |os |as )?(?:nossa|nosso|nossos|nossas) (?:\\p{L}+ )?(?:loja|produtos|cat[aá]logo|linha|cole[cç](?:[aã]o|[oõ]es)|novidades|artigos|itens|vitrine|montra|marca|modelos|perfil|p[aá]gina)',
      '(?:veja|ver|confira|conferir|conhe[cç]a|conhecer|descubra|descobrir|explore|explorar) (?:\\p{L}+ ){0,2}(?:o resto|todos|todas|os demais|as demais) (?:d?os |d?as |nossos |nossas )?(?:\\p{L}+ )?(?:produtos|artigos|itens|modelos|cole[cç][oõ]es|novidades)',
      // "Dê uma olhada no restante da nossa coleção": other products (G1701).
      '(?:o )?rest(?:o|ante) (?:d[ao]s? )?(?:nossa|nosso|nossos|nossas) (?:\\p{L}+ )?(?:cole[cç](?:[aã]o|[oõ]es)|linhas?|cat[aá]logo|loja|produtos|artigos|itens|modelos)',
      '(?:na|da) nossa loja(?: na amazon| da amazon)? (?:tamb[eé]m )?(?:temos|tem|encontra|voc[eê] encontra|pode encontrar|h[aá]|oferecemos|vendemos)',
      'tamb[eé]m (?:temos|vendemos|fabricamos|oferecemos|fazemos|produzimos) (?:\\p{L}+ ){0,5}(?:combinando|que combina(?:m)?|a condizer|da mesma (?:linha|cole[cç][aã]o|s[eé]rie)|do mesmo (?:modelo|estilo|tecido)|similares|parecid[oa]s|complement\\p{L}+|(?:a|na) (?:nossa )?cole[cç][aã]o)',
      '(?:tamb[eé]m (?:lhe |te )?|(?:lhe|te) )(?:pode|podem|poder[aá]|podia|poderia|poderiam|v[aã]o) (?:interessar|agradar)',
      'que (?:voc[eê] )?(?:tamb[eé]m )?(?:pode|vai|poder[aá]|v[aã]o) (?:gostar|adorar|amar)',
      '(?:produtos|artigos|itens) que (?:tamb[eé]m )?(?:podem|poderiam|v[aã]o) (?:lhe |te )?(?:interessar|agradar)',
      '(?:j[aá] )?(?:est[aá]|est[aã]o) dispon[ií]ve(?:l|is) (?:\\p{L}+ ){0,2}na nossa loja',
      '(?:nossas|as [uú]ltimas) novidades',
      '(?:temos|chegaram|h[aá]|saíram) (?:muitas |v[aá]rias |mais )?novidades(?: (?:na|da) (?:nossa )?loja)?',
      '(?:confira|confere|veja|conhe[cç]a) (?:as |nossas |as nossas )?novidades',
      'newsletter',
      'boletim (?:informativo|de not[ií]cias)',
      'lista de (?:e-?mails?|transmiss[aã]o|distribui[cç][aã]o)',
      '(?:inscreva-se|inscreve-te|assine|subscreva|subscreve|cadastre-se|registe-se|registre-se) (?:na|no|em) (?:nossa|nosso)',
      '(?:indique|indica|recomende|recomenda) (?:\\p{L}+ )?(?:a |para )?(?:um |uns |seus |teus |os seus )?amig[oa]s?',
      '(?:siga-nos|segue-nos|nos siga|sigam-nos|nos acompanhe|acompanhe-nos)',
      '(?:no|nosso|nossa p[aá]gina (?:no|do)|nosso perfil (?:no|do)|nossa conta (?:no|do)|nosso canal (?:no|do)) (?:instagram|insta|facebook|tiktok|pinterest|youtube)',
      'nossas redes(?: sociais)?',
      '(?:sorteios?|concursos? cultura(?:l|is)|giveaways?)',
      'sorteamos',
      'c[oó]digo de (?:indica[cç][aã]o|amigo|convite)',
      'programa de (?:fidelidade|fideliza[cç][aã]o|indica[cç][aã]o|afiliados|pontos)',
      '(?:clube|cart[aã]o) (?:de )?(?:fidelidade|vantagens|clientes)',
      '(?:acumule|acumula|acumular|junte|ganhe) pontos',
    ],
    exceptions: [
      ...refusedOffers(REFUSALS, OFFERS),
      'condi[cç][oõ]es (?:gerais )?de venda',
      // A partial refund for damage, called a discount: "25% de desconto sobre o valor pago como compensação".
      '\\d{1,3} ?% de desconto[^.!?\\n]{0,60}(?:como|de|em|a t[ií]tulo de) (?:compensa[cç][aã]o|indeniza[cç][aã]o|ressarcimento)',
      '(?:como|de|em|a t[ií]tulo de) (?:compensa[cç][aã]o|indeniza[cç][aã]o|ressarcimento)[^.!?\\n]{0,40}\\d{1,3} ?% de desconto',
      // The buyer's own post is where they reported the problem, not a page to follow.
      '(?:sua|seu|tua|teu|a sua|o seu) (?:publica[cç][aã]o|post|postagem|foto|v[ií]deo|coment[aá]rio|mensagem|story|stories) (?:no|do) (?:instagram|insta|facebook|tiktok|youtube)',
      'p[oó]s-?venda',
      '(?:data|pre[cç]o|nota|comprovante|contrato|recibo|termos|momento|fatura|factura) (?:da |de )?venda',
      // A second unit to replace a wrong one is not buying again.
      'compr(?:e|ar|a) (?:de novo|novamente) o (?:produto|item|artigo) (?:correto|certo)',
      'n[aã]o (?:\\p{L}+ ){0,3}compr(?:e|ar|a) (?:de novo|novamente)',
      // Buying the same item again once it is back in stock, after a cancellation.
      'compr(?:e|ar|a) (?:de novo|novamente) quando (?:o estoque|o produto|o item|o artigo|ele|ela) (?:voltar|chegar|estiver)',
      // A code or sale the buyer already used on this order.
      '(?:c[oó]digo de desconto|c[oó]digo promocional|cupom|cup[aã]o|promo[cç][aã]o|desconto) (?:que (?:voc[eê] |o senhor |a senhora )?(?:usou|utilizou|aplicou|estava|aparec\\p{L}+|foi|vem)|usad[oa]|aplicad[oa]|d[oa] fabricante)',
      // The item the buyer ordered comes from the new collection: a fact, not an offer.
      '(?:pediu|pedi|comprou|escolheu|encomendou|adquiriu)[^.!?\\n]{0,60}(?:da|de|na) (?:nova|nossa nova) cole[cç][aã]o',
    ],
  },

  reviewPositive: {
    patterns: [
      {
        pattern: `(${REVIEW}) (?:positivas?|positivos?|favor[aá]ve(?:l|is)|excelentes?|boas?|bons?|[oó]tim[oa]s?|de (?:5|cinco) estrelas|nota (?:5|cinco|10|dez|m[aá]xima))`,
        replacement: '$1',
        label: 'reviewWithoutKind',
      },
      {
        pattern: `(?:boa|boas|bom|bons|[oó]tima|[oó]timas|[oó]timo|excelente|grande|linda|bela|maravilhosa|incr[ií]vel|positiva|positivo) (${REVIEW_STRICT})`,
        replacement: '$1',
        label: 'reviewWithoutKind',
      },
      {
        pattern: '(?:5|cinco) (?:estrelas|estrelinhas)',
        replacement: 'uma avaliação',
        label: 'reviewWithoutRating',
      },
      '(?:a )?(?:nota|pontua[cç][aã]o|classifica[cç][aã]o|avalia[cç][aã]o) (?:m[aá]xima|mais alta|(?:5|cinco|10|dez)(?! ?estrel))',
      'todas as estrelas',
      '(?:5|cinco) de (?:5|cinco)(?: estrelas)?',
      `(?:mencionar|mencione|menciona|mencionem|dizer|diga|diz|escrever|escreva|escreve|destacar|destaque|destaca|ressaltar|ressalte|ressalta|elogiar|elogie|elogia)(?: que| como| o quanto)?[^.!?\\n]{0,40} (?:na|numa|em) (?:sua |tua |uma )?${REVIEW}`,
      `(?:na|em) (?:sua|tua) ${REVIEW},? (?:por favor,? |pedimos que |poderia |pode )?(?:mencione|menciona|diga|diz|escreva|escreve|destaque|destaca|comente|comenta|conte|conta|fale|fala)`,
      // The top rating without the word "stars", word of mouth with a review, only the fully satisfied asked, what to write.
      '(?:a )?nota máxima',
      'todas as estrelas',
      '(?:escrever|deixar) algo bonito',
      '(?:conte|indique|recomende) (?:\\p{L}+ ){0,2}(?:para |aos |a )?(?:seus |teus )?(?:amigos|família)[^.!?\\n]{0,80}avalia\\p{L}+',
      'apenas (?:a |para )?clientes que (?:\\p{L}+ ){0,2}(?:100 ?%|totalmente|plenamente) satisfeitos',
    ],
    exceptions: [
      `obrigad[oa]s? (?:pel[oa]s?|por) (?:sua |seu |suas |seus |tua |teu |a |o )?(?:\\p{L}+ )?${REVIEW} (?:positivas?|positivos?|favor[aá]ve(?:l|is)|boas?|bons?|[oó]tim[oa]s?)`,
      `obrigad[oa]s? (?:pel[oa]s?|por) (?:sua |seu |suas |seus |tua |teu |a |o )?(?:boas?|bons?|[oó]tim[oa]s?|excelentes?|positivas?|lindas?|maravilhosas?|gentis) ${REVIEW}`,
      '(?:hotel|hot[eé]is|qualidade|servi[cç]o|resort|restaurante) (?:de |)(?:5|cinco) estrelas',
      'boa(?:s)? (?:opini(?:[aã]o|[oõ]es)) (?:sobre|de) (?:como|qual)',
    ],
  },

  reviewConditional: {
    patterns: [
      `(?:se|caso) (?:voc[eê] |o senhor |a senhora |tu )?(?:estiver|est[aá]|ficou|ficar|tiver ficado|esteja|sentir-se|se sentir|se sente|est[aá]s|ficaste) (?:\\p{L}+ )?(?:satisfeit[oa]s?|content[oa]s?|feliz|felizes|encantad[oa]s?)[^.!?\\n]{0,80}${REVIEW}`,
      `(?:se|caso) (?:voc[eê] |o senhor |a senhora |tu )?(?:gostou|gostar|gostaste|tenha gostado|tiver gostado|amou|adorou|adoraste|curtiu)(?!\\p{L})[^.!?\\n]{0,80}${REVIEW}`,
      `(?:se|caso) (?:voc[eê] )?(?:teve|tiver tido|tenha tido|tiveste) uma (?:boa|[oó]tima|excelente|agrad[aá]vel|positiva) experi[eê]ncia[^.!?\\n]{0,80}${REVIEW}`,
      `${REVIEW}[^.!?\\n]{0,60}(?:se|caso) (?:voc[eê] )?(?:estiver|est[aá]|ficou|esteja) (?:satisfeit[oa]s?|content[oa]s?)`,
      `(?:entre em contat?c?to|contate-nos|contacte-nos|fale conosco|fale connosco|nos contate|nos chame|escreva-nos|nos escreva|nos avise|avise-nos|fale com a gente)(?: conosco| connosco| com a gente| com n[oó]s)? (?:primeiro,? |diretamente,? |directamente,? )?(?:antes de|em vez de|ao inv[eé]s de) (?:deixar|publicar|escrever|dar|postar|avaliar)`,
      `(?:antes de|em vez de|ao inv[eé]s de) (?:deixar|publicar|escrever|dar|postar)(?:-nos)? (?:uma |um |sua |seu |qualquer )?(?:${REVIEW} )?(?:negativ[oa]|ruim|m[aá]|baixa|neutr[oa]|de (?:1|uma|2|duas) estrelas?)`,
      // "Caso tenha algum problema, nos procure antes de avaliar."
      `(?:nos procure|procure-nos|fale conosco|fale connosco|fale com a gente|entre em contat?c?to|contate-nos|contacte-nos|nos contate|nos avise|avise-nos|escreva-nos|nos escreva)[^.!?\\n]{0,40}(?:antes de|em vez de|ao inv[eé]s de) (?:qualquer|uma|fazer uma|fazer a sua|dar uma) ${REVIEW}`,
      '(?:nos procure|procure-nos|procure a gente|nos chame|chame-nos|nos chama|chama a gente|fale conosco|fale connosco|fale com a gente|entre em contat?c?to|contate-nos|contacte-nos|nos contate|nos avise|avise-nos|escreva-nos|nos escreva|nos mande uma mensagem|mande-nos uma mensagem)[^.!?\\n]{0,30}(?:antes de|em vez de|ao inv[eé]s de) (?:nos )?(?:deixar|publicar|escrever|dar|postar|avaliar|classificar|fazer)',
      `n[aã]o (?:nos )?(?:deixe|deixes|deixem|d[eê]|d[eê]em|escreva|escrevas|publique|poste) (?:uma |um |nenhuma |nenhum )?(?:${REVIEW} )?(?:negativ[oa]|ruim|m[aá]|baixa|de (?:1|uma) estrelas?)(?: ${REVIEW})?`,
      `(?:escrev|contat|contact|avis|fal)\\p{L}{0,6}(?:-nos)?(?: conosco| connosco)? primeiro[^.!?\\n]{0,80}${REVIEW_STRICT}`,
      `${REVIEW_STRICT}[^.!?\\n]{0,80}(?:escrev|contat|contact|avis|fal)\\p{L}{0,6}(?:-nos)?(?: conosco| connosco)? primeiro`,
      '(?:se n[aã]o|caso contr[aá]rio|do contr[aá]rio|sen[aã]o|se algo (?:n[aã]o )?(?:der errado|correr mal|n[aã]o estiver bem)|se algo n[aã]o (?:deu|der|tiver dado|saiu|sair) (?:certo|bem|como esperado)|se houver (?:algum|qualquer) problema)[^.!?\\n]{0,40}(?:entre em contat?c?to|contat\\p{L}{0,4}|contact\\p{L}{0,4}|escrev\\p{L}{0,4}|fale|fala|avise|avisa|nos chame)(?:-nos)?(?: conosco| connosco| com a gente| com n[oó]s)? (?:primeiro|antes)',
    ],
  },

  reviewIncentive: {
    patterns: [
      `em troca (?:de|da|do|de uma|de um|da sua) (?:\\p{L}+ )?${REVIEW}`,
      `${INCENTIVE_WORDS}[^.!?\\n]{0,60}(?:por|ap[oó]s|depois de|ao|se|quando|assim que|para quem|a quem) (?:nos |me )?(?:${LEAVE}|avali\\p{L}{1,6}|opin\\p{L}{1,4}) (?:\\p{L}+ ){0,3}${REVIEW_THING}`,
      `${AMOUNT}[^.!?\\n]{0,60}(?:por|ap[oó]s|depois de|ao|se|quando|assim que|para quem|a quem) (?:nos |me )?(?:${LEAVE}|avali\\p{L}{1,6}|opin\\p{L}{1,4}) (?:\\p{L}+ ){0,3}${REVIEW_THING}`,
      `${INCENTIVE_WORDS} (?:por|pela|pelo|para quem deixar|para quem deixa|a quem deixar) (?:uma |um |sua |seu )?(?:\\p{L}+ )?${REVIEW_STRICT}`,
      `${REVIEW}[^.!?\\n]{0,60}(?:e|para) (?:receber|ganhar|obter|garantir|concorrer|participar)[^.!?\\n]{0,40}${INCENTIVE}`,
      `(?:ao|por|ap[oó]s|depois de) (?:deixar|escrever|publicar|compartilhar|partilhar|postar)(?:-nos)? (?:uma |um |sua |seu )?(?:\\p{L}+ )?${REVIEW}[^.!?\\n]{0,60}${INCENTIVE}`,
      `(?:print|captura de tela|captura de ecr[aã]|screenshot|link|comprovante) (?:d[ao]|de) (?:sua |seu |tua |teu )?${REVIEW}`,
      `(?:se|caso) (?:voc[eê] )?(?:nos )?(?:escrever|deixar|publicar|postar|compartilhar|partilhar|avaliar|der) (?:uma|um|sua|seu) (?:\\p{L}+ )?${REVIEW}[^.!?\\n]{0,80}${INCENTIVE}`,
      `(?:sorteio|sorteamos|vamos sortear)[^.!?\\n]{0,60}(?:entre|para) (?:\\p{L}+ ){0,4}(?:que|quem) (?:nos )?(?:deix|escrev|public|compartilh|partilh|post|avali|opin)\\p{L}{1,8}`,
      // Faster help or free products traded for a review: "once your review is up, we ship the part the same day", a tester club.
      'assim que (?:a )?(?:sua|tua) avaliação (?:estiver publicada|for publicada|aparecer|estiver no ar)',
      '(?:clube|programa|grupo) (?:vip )?de (?:testadores|testers)',
      'em troca (?:\\p{L}+ ){0,3}(?:uma )?avaliação',
    ],
  },

  reviewChange: {
    patterns: [
      // "Aumentar a nota", "subir algumas estrelas", "rever a sua nota".
      '(?:rever|reveja|rev[eê]|reconsiderar|reconsidere)(?: a| o| sua| seu| a sua| o seu)? (?:nota(?! fisca)|estrelas|classifica[cç][aã]o)',
      '(?:aumentar|aumente|aumenta|subir|suba|sobe|melhorar|melhore|melhora)(?:-la|-lo)? (?:\\p{L}+ )?(?:as |a |uma |umas |algumas |mais )?(?:estrelas?|nota(?! fisca))',
      `${REVIEW_STRICT}[^.!?\\n]{0,80}(?:apag|remov|exclu|retir|alter|mud|edit|atualiz|actualiz|corrig)\\p{L}{1,4}-(?:la|lo)(?!\\p{L})`,
      `(?:alterar|mudar|remover|excluir|eliminar|apagar|retirar|atualizar|actualizar|reconsiderar|corrigir|editar|melhorar|tirar|deletar)(?: a| o| sua| seu| tua| teu| essa| esse| esta| este| a sua| o seu)? (?:\\p{L}+ )?${REVIEW}`,
      `(?:altere|mude|remova|exclua|elimine|elimina|apague|retire|atualize|actualize|reconsidere|corrija|edite|melhore|reveja|revise|tire|delete|altera|muda|remove|apaga|retira|atualiza|edita|tira)(?:-(?:la|lo))? (?:a|o|sua|seu|tua|teu|essa|esse|esta|este|a sua|o seu) (?:\\p{L}+ )?${REVIEW}`,
      `(?:alterando|mudando|removendo|excluindo|apagando|retirando|atualizando|actualizando|editando|melhorando|revendo|tirando) (?:\\p{L}+ ){0,2}${REVIEW}`,
      `(?:remo[cç][aã]o|exclus[aã]o|retirada|altera[cç][aã]o|atualiza[cç][aã]o|actualiza[cç][aã]o|mudan[cç]a|revis[aã]o) (?:d[ao]|de) (?:sua |seu |tua |teu |essa |esse |esta |este )?(?:\\p{L}+ )?${REVIEW}`,
      `${REVIEW} (?:negativ[oa]s?|ruins?|m[aá]s?|de (?:1|uma|2|duas) estrelas?)[^.!?\\n]{0,80}(?:retir|remov|exclu|alter|mud|apag|atualiz|actualiz|reconsider|edit)\\p{L}{1,6}`,
      // "Seria justo se a sua nota de uma estrela sumisse da página."
      `(?:nota(?! fisca)|estrelas?|${REVIEW_STRICT})[^.!?\\n]{0,40}(?:sumisse|sumissem|sumir|sumisse|desaparec\\p{L}{1,5}|sa[ií]sse da p[aá]gina)`,
      // "Seria possível que retirasse as estrelas negativas?"
      `(?:retir|remov|exclu|elimin|alter|mud|apag|atualiz|actualiz|reconsider|melhor|edit|aument)(?:asse|assem|esse|essem|isse|issem)(?:-a|-o)? (?:\\p{L}+ ){0,3}(?:estrelas|nota|${REVIEW_STRICT})`,
    ],
    exceptions: [
      'mud\\p{L}{0,5} de (?:opini(?:[aã]o|[oõ]es)|ideia)',
      // Checking a returned item or a quote is not a review.
      'avalia[cç][aã]o (?:t[eé]cnica|do (?:produto|item|artigo) devolvido|da devolu[cç][aã]o|do defeito|da garantia|do or[cç]amento)',
    ],
  },

  messenger: {
    patterns: [
      '(?:nossa|a nossa|a) (?:central de atendimento|linha direta|linha directa|linha de apoio|hotline|linha de atendimento)',
      '(?:ligue|liga|telefone|telefona)(?:-nos|-me)? (?:para|pra) (?:n[oó]s|mim|o nosso|o meu|nosso|meu)',
      '(?:ligue-nos|liga-nos|ligue-me|nos ligue|me ligue|nos liga|me liga)',
      '(?:por|via) sms',
      '(?:meu|nosso|o meu|o nosso) (?:n[uú]mero de (?:telefone|celular|telem[oó]vel|whats ?app|contat?c?to)|(?:telefone|celular|telem[oó]vel) (?:[eé]|de contat?c?to|direto|directo|pessoal))',
      '(?:envie|mande|envia|manda)(?:-nos|-me)? (?:um |uma )?(?:sms|mensagem de texto|whats ?app|zap)',
      '(?:nos|me) (?:envie|mande|envia|manda) (?:um |uma )?(?:sms|mensagem de texto|whats ?app|zap)',
      '(?:escrev|contat|contact)\\p{L}{0,6}(?:-nos)? (?:diretamente |directamente )?(?:no|pelo|para o|ao) (?:nosso |meu )?(?:telefone|celular|telem[oó]vel|e-?mail|email)',
      // A WhatsApp link carries a phone number: "https://wa.me/5511987654321".
      'wa\\.me/\\+?\\d{6,15}',
      // "chama ela no (11) 98481-3227": a number after "no", which alone reads as "No." (number).
      '(?:chama|chame|liga|ligue|fala|fale)(?: (?:ela|ele|a gente|n[oó]s|com ela|com ele|com a gente))? no \\(?\\d{2}\\)? ?\\d{4,5}-?\\d{4}',
      'api\\.whatsapp\\.com/send\\?phone=\\+?\\d{6,15}',
    ],
    exceptions: [
      'ligue (?:para|pra) a transportadora',
      'ligue (?:para|pra) os correios',
      '(?:fale|escreva|contate)(?:-nos)? (?:por|atrav[eé]s d[ao]) (?:aqui|este canal|esta conversa|mensagens da amazon)',
    ],
  },

  optOut: {
    patterns: [
      'cancelar (?:a |sua |a sua )?(?:inscri[cç][aã]o|assinatura|subscri[cç][aã]o)(?! (?:do|da|no|na) (?:plano|servi[cç]o|revista|prime))',
      'descadastr\\p{L}{0,6}',
      // Not the goods: "se não quiser mais receber o produto, recuse a entrega" is about the parcel.
      '(?:deixar|deixe|deixa|parar|pare) de receber(?! (?:(?:o|a|os|as|seu|sua|este|esta|esse|essa|mais o|mais a) )?(?:produto|pedido|encomenda|pacote|artigo|item|fatura|factura|nota|reembolso|pe[cç]a|reposi[cç][aã]o|troca|unidade|substitui[cç][aã]o|visita|t[eé]cnico|montador|entrega|\\p{L}+ em papel))(?! notifica[cç][oõ]es do (?:aplicativo|app))',
      'n[aã]o (?:deseja|desejar|quer|quiser|queira|desejas|queres) (?:mais |continuar a |continuar )?receber(?! (?:(?:o|a|os|as|seu|sua|este|esta|esse|essa|mais o|mais a) )?(?:produto|pedido|encomenda|pacote|artigo|item|fatura|factura|nota|reembolso|pe[cç]a|reposi[cç][aã]o|troca|unidade|substitui[cç][aã]o|visita|t[eé]cnico|montador|entrega|\\p{L}+ em papel))',
      '(?:prefira|prefere|preferir|preferes) n[aã]o receber(?: mais)?(?! (?:(?:o|a|os|as|seu|sua|este|esta|esse|essa|mais o|mais a) )?(?:produto|pedido|encomenda|pacote|artigo|item|fatura|factura|nota|reembolso|pe[cç]a|reposi[cç][aã]o|troca|unidade|substitui[cç][aã]o|visita|t[eé]cnico|montador|entrega|\\p{L}+ em papel))',
      'n[aã]o (?:quiser|quer|queira|deseja|desejar) mais (?:os |as )?(?:nossos |nossas )?(?:e-?mails|mensagens|comunica[cç][oõ]es|dicas|novidades|contatos|contactos)',
      '(?:tiramos|tiraremos|removemos|removeremos|retiramos|retiraremos|exclu[ií]mos|excluiremos) (?:voc[eê] |o senhor |a senhora |o seu (?:nome|e-?mail|contat?c?to) |seu (?:nome|e-?mail|contat?c?to) )?da (?:nossa )?lista',
      'n[aã]o receber mais (?:mensagens|e-?mails|comunica[cç][oõ]es|notifica[cç][oõ]es|avisos)',
      '(?:responda|responde|respondam|escreva|escreve|envie|envia|mande|manda)(?:-nos)?(?: (?:com|a palavra|com a palavra))? ?[«"“\']?(?:stop|sair|parar|pare|remover)[»"”\']?(?!\\p{L})',
      'n[aã]o (?:voltaremos a|vamos voltar a|iremos voltar a) (?:lhe |te )?(?:escrever|contatar|contactar|incomodar|enviar mensagens)',
      'n[aã]o (?:vamos|iremos) (?:mais )?(?:lhe |te )?(?:incomodar|enviar mais mensagens)',
      '(?:remover|removeremos|retirar|retiraremos|tirar|tiraremos) (?:o seu (?:nome|contato|contacto) |voc[eê] |o senhor |a senhora )?da (?:nossa |nossas )?(?:lista|listas)',
      'prefer[eê]ncias de (?:comunica[cç][aã]o|mensagens|notifica[cç][oõ]es|contat?c?to)',
      '(?:prefere|preferes|preferir|quer|queres|quiser|deseja) que (?:n[oó]s )?(?:paremos|deixemos) de (?:escrev|envi|contat|contact|mand|incomod)\\p{L}{0,8}',
      // "Se não quiser mais ter notícias nossas, é só avisar que paramos de escrever."
      'n[aã]o (?:quiser|quer|queira|deseja|desejar) mais (?:ter )?not[ií]cias',
      '(?:paramos|pararemos|deixamos|deixaremos) de (?:lhe |te )?(?:escrever|enviar mensagens|mandar mensagens|contatar|contactar)',
    ],
    exceptions: [],
  },

  phoneWords: { patterns: spelledPhone({ words: ['quatrocentos', 'quinhentos', 'seiscentos', 'setecentos', 'oitocentos', 'novecentos', 'dezesseis', 'dezasseis', 'dezessete', 'dezassete', 'cinquenta', 'trezentos', 'quatorze', 'dezenove', 'dezanove', 'quarenta', 'sessenta', 'duzentos', 'catorze', 'dezoito', 'setenta', 'oitenta', 'noventa', 'quatro', 'quinze', 'trinta', 'cinco', 'treze', 'vinte', 'cento', 'zero', 'dois', 'duas', 'três', 'tres', 'seis', 'meia', 'sete', 'oito', 'nove', 'onze', 'doze', 'uma', 'dez', 'cem', 'um'], joiners: ['e'] }) },
  messengerApps: {
    patterns: [
      '(?:por|via|pelo|no|em|ao|para o|nosso|meu|o nosso|o meu) (?:whats ?app|zap|zapzap|telegram|signal|skype|wechat|line|viber|messenger)',
      '(?:dm|direct|inbox|mensagem (?:direta|directa|privada)|privado) (?:no|do|pelo|via) (?:instagram|insta|facebook|tiktok|twitter)',
      '(?:nos chame|chame-nos|chama-nos|me chame|nos chama|me chama|chama a gente|chame a gente) (?:no|pelo) (?:direct|inbox|privado|insta|instagram|zap|whats ?app|whats|telegram)',
      '(?:escrev|contat|contact|adicion|fal|cham)\\p{L}{0,6}(?:-nos|-me)? (?:\\p{L}+ ){0,2}(?:no|pelo|via) (?:instagram|insta|face|facebook|messenger|telegram|tiktok|line|wechat|signal)',
      // A call outside Amazon; "a babá eletrônica faz videochamadas" is a product feature.
      '(?:uma|fazer|fazemos|façamos|marcar|marcamos|agendar|agendamos|por|em|via) (?:videochamada|chamada de v[ií]deo|videoconfer[eê]ncia)',
      '(?:por|via|pelo) (?:zoom|google meet|teams)',
    ],
    exceptions: [
      ...refusedWays(REFUSALS),
      'n[aã]o (?:\\p{L}+ ){0,3}(?:videochamadas?|chamadas? de v[ií]deo)',
      '(?:n[aã]o|nunca|jamais|nem) (?:\\p{L}+ ){0,6}(?:por|via|pelo|no|em) (?:whats ?app|zap|telegram|signal|skype|wechat|line|viber|messenger)',
      // The buyer reports a message received elsewhere (often a fraud): the seller does not move there.
      '(?:recebeu|recebeste|chegou|lhe escreveram|te escreveram|lhe enviaram|te enviaram|nos conta|nos diz|nos avisa|nos informa|nos informou|relata)[^.!?\\n]{0,40}(?:whats ?app|zap|telegram|signal|wechat|line|viber|messenger)',
      '(?:whats ?app|zap|telegram|signal|wechat|viber|messenger)[^.!?\\n]{0,40}(?:falso|falsa|falsos|falsas|fraudulent[oa]s?|suspeit[oa]s?|golpe|burla|n[aã]o [eé] noss[oa])',
      // The buyer's own question, reported and answered: "você perguntou se pode mandar as fotos pelo WhatsApp".
      '(?:pergunt\\p{L}{1,4}|quer saber|queria saber|quis saber)(?: (?:\\p{L}+ ){0,2})? se [^.!?\\n]{0,120}',
      'n[aã]o (?:usamos|utilizamos|atendemos (?:por|pelo)|temos) (?:o )?(?:whats ?app|zap|telegram)',
    ],
  },

  offAmazonSale: {
    patterns: [
      `${BUY} (?:\\p{L}+ ){0,3}(?:diretamente|directamente|direto|direct[oa]) (?:com a gente|com n[oó]s|conosco|connosco|comigo|(?:de|do|da|no|na|em|pelo|pela|com o|com a) (?:n[oó]s|nosso|nossa|mim|minha|meu))`,
      `${BUY} (?:\\p{L}+ ){0,3}(?:no|na|em|pelo|pela|atrav[eé]s do|atrav[eé]s da|do|da) (?:nosso|nossa|meu|minha) (?:pr[oó]pri[oa] )?${OWN_STORE}`,
      `(?:mais barat[oa]s?|melhores? pre[cç]os?|pre[cç]os? (?:mais baixos?|melhores|especia(?:l|is))|sem (?:as )?taxas(?: da amazon)?|(?:\\d{1,3} ?%|r\\$ ?\\d{1,4}) mais barat[oa]) (?:\\p{L}+ ){0,4}(?:(?:no|na|em|pelo|pela) (?:nosso|nossa|meu|minha) (?:pr[oó]pri[oa] )?${OWN_STORE}|(?:direto|diretamente|directamente) (?:conosco|connosco|com a gente|com n[oó]s|comigo))`,
      '(?:fora da|sem passar pela|por fora da|em vez da|ao inv[eé]s da|em vez de (?:pela|na)|fora do site da) amazon(?! (?:messag|mensag))',
      '(?:economiz|poup|evit)\\p{L}{1,5} (?:\\p{L}+ ){0,2}(?:as |a )?(?:taxas?|comiss(?:[aã]o|[oõ]es))(?: da amazon)?',
      '(?:da pr[oó]xima vez|no futuro|em (?:futuras|pr[oó]ximas) compras|(?:para|na|no) (?:sua |seu |tua |teu )?pr[oó]xim[oa] (?:compra|pedido|encomenda)),? (?:\\p{L}+ ){0,4}(?:fal|contat|contact|compr|encomend|pe[cç]|ligu|cham|escrev)\\p{L}{0,6}(?:-nos)? (?:diretamente|directamente|direto|conosco|connosco)',
      'venda direta',
      // "sem a comissão da Amazon sai mais barato"
      '(?:sem|livre d[ae]s?) (?:a |as |o )?(?:comiss(?:[aã]o|[oõ]es)|taxas?|tarifas?) d[ao] amazon',
      '(?:no|pelo|via|atrav[eé]s do|na|pela) (?:mercado ?livre|shopee|magalu|olx|aliexpress|shein|americanas)',
      `${BUY} (?:\\p{L}+ ){0,3}(?:no|em|pelo|do) (?:www\\.)?[\\p{L}\\p{N}-]+\\.(?:com\\.br|com|pt|br|net|shop|store|loja)`,
      // "No need to order through Amazon", "settle it between us": the sale or the settlement taken off Amazon.
      'n[aã]o precisa (?:\\p{L}+ ){0,2}passar pela amazon',
      'fazer o pedido com a gente diretamente',
    ],
    exceptions: [
      ...refusedOutside(REFUSALS, OUTSIDE_AMAZON),
      '(?:n[aã]o|nunca|jamais|proibid[oa]|nem) (?:\\p{L}+ ){0,6}(?:fora da|sem passar pela|por fora da) amazon',
      '(?:n[aã]o|nunca|jamais|nem) (?:\\p{L}+ ){0,6}por fora',
      'por fora (?:da caixa|da embalagem|do pacote|da pe[cç]a|e por dentro)',
    ],
  },

  offAmazonPayment: {
    patterns: [
      // Pix is Brazil's instant payment: a key or a QR code means paying outside Amazon.
      '(?:via|por|pelo|no|um|fazer (?:um|o)|fa[cç]a (?:um|o)|mande (?:um|o)|envie (?:um|o)|nossa|minha|a) (?:pix|chave pix)',
      'chave (?:pix|aleat[oó]ria)',
      'pix (?:para|pra|na|no) (?:nossa|minha|nosso|meu|a|o)',
      'qr ?code (?:do |de )?pix',
      'boleto(?: banc[aá]rio)?',
      'picpay',
      'mercado ?pago',
      'mb ?way',
      'refer[eê]ncia multibanco',
      'transfer[eê]ncias? (?:banc[aá]rias?|para (?:a )?(?:nossa|minha|a seguinte) conta)',
      '(?:por|via|com|fazer(?:-nos)? uma|fa[cç]a(?:-nos)? uma|nos fa[cç]a uma|realize uma|realizar uma) transfer[eê]ncia',
      'ted (?:para|na) (?:nossa|minha) conta',
      '(?:nosso|meu|o nosso|o meu|nossa|minha) (?:iban|nib|n[uú]mero de conta|conta (?:banc[aá]ria|corrente|poupan[cç]a|do paypal)|pix)',
      'dep[oó]sito (?:na|em) (?:nossa conta|minha conta|conta)',
      '(?:deposit|transfer)\\p{L}{1,4} (?:\\p{L}+ ){0,3}(?:na|para a) (?:nossa|minha|seguinte) conta',
      '(?:pag|quit)\\p{L}{1,5} (?:\\p{L}+ ){0,3}(?:em dinheiro|em esp[eé]cie|pelo paypal|por paypal|via paypal|por pix|via pix|no pix|por fora|na entrega em dinheiro)',
      '(?:pag|quit)\\p{L}{1,5} (?:\\p{L}+ ){0,3}fora da amazon',
      '(?:envie|envie-nos|nos envie|informe|informe-nos|nos informe|passe|passe-nos|nos passe|mande|nos mande|precisamos d?os|precisar[ií]amos d?os)(?: \\p{L}+)? (?:seus|teus|os seus|os) dados banc[aá]rios',
    ],
    exceptions: [
      ...refusedWays(REFUSALS),
      '(?:pergunta|perguntou|questiona|pediu|pede|solicita|solicitou) (?:\\p{L}+ ){0,2}se (?:\\p{L}+ ){0,9}(?:por|via|com|pelo|no) (?:uma )?(?:transfer[eê]ncia|pix|paypal|boleto|mb ?way|dinheiro|multibanco)',
      '(?:n[aã]o|nunca|jamais) (?:\\p{L}+ ){0,4}(?:aceitamos|aceitar|pedimos|pediremos|pedir|usamos|utilizamos|trabalhamos com|fazemos|fazer|realizamos|solicitamos)(?: (?:\\p{L}+ ){0,3}(?:pagamentos?|cobran[cç]as?|reembolsos?))? (?:por|via|com|pelo|no|em) (?:uma )?(?:transfer[eê]ncias?(?: banc[aá]rias?)?|pix|paypal|boleto|dinheiro|mb ?way)(?:,? (?:nem|ou|e) (?:por |via |com |pelo |em )?(?:transfer[eê]ncias?(?: banc[aá]rias?)?|pix|paypal|boleto|dinheiro|mb ?way)){0,3}',
      '(?:n[aã]o|nunca|jamais|nem) (?:\\p{L}+ ){0,6}fora da amazon',
      // "Não aceitamos Pix nem boleto por fora."
      '(?:n[aã]o|nunca|jamais) (?:\\p{L}+ ){0,3}(?:aceitamos|aceita|usamos|utilizamos|trabalhamos com|recebemos|pedimos|precisamos d[aeo]s?) (?:\\p{L}+ ){0,2}(?:pix|boleto|paypal|transfer\\p{L}*|dinheiro|mb ?way)(?:,? (?:nem|ou|e) (?:\\p{L}+ )?(?:pix|boleto|paypal|transfer\\p{L}*|dinheiro|mb ?way))*',
      '(?:nunca|jamais|n[aã]o|nem) (?:por|via|com|pelo|no|em) (?:pix|boleto|transfer\\p{L}+|paypal|dinheiro|mb ?way)(?:,? (?:nem|ou|e) (?:por |via |com |pelo |em )?(?:pix|boleto|transfer\\p{L}+(?: banc[aá]ria)?|paypal|dinheiro|mb ?way)){0,3}',
      '(?:n[aã]o|nunca) (?:\\p{L}+ ){0,2}(?:precisamos|precisaremos|pedimos|pediremos) (?:d?os )?(?:seus|teus) dados banc[aá]rios',
      // The buyer's refund goes back the way they paid, which may have been a bank slip.
      '(?:estornad[oa]|reembolsad[oa]|devolvid[oa]|estorno|reembolso) (?:\\p{L}+ ){0,6}(?:boleto|pix)',
      // The buyer's question, reported (the answer follows): "o senhor perguntou se poderia pagar por Pix ou boleto".
      '(?:pergunt\\p{L}{1,4}|quis saber|queria saber) (?:\\p{L}+ ){0,2}se [^.!?\\n]{0,120}',
      // Not needed: "não precisa mandar seus dados bancários nem chave Pix".
      '(?:n[aã]o|nem) (?:\\p{L}+ ){0,2}precisa (?:\\p{L}+ ){0,2}(?:mandar|enviar|passar|informar)[^.!?\\n]{0,60}(?:pix|dados banc[aá]rios|boleto)',
      '(?:pago|pagou|pagamento|pagaste) (?:\\p{L}+ ){0,3}(?:com|por|via|no) boleto',
      // Amazon's own bank slip.
      'boleto (?:\\p{L}+ ){0,2}(?:gerado|emitido) pela (?:própria )?amazon',
    ],
  },

  cancellationRequest: {
    patterns: [
      '(?:voc[eê] )?(?:se )?importaria(?:m)? de (?:cancelar|anular|solicitar o cancelamento|pedir o cancelamento)',
      '(?:cancelar|anular) (?:voc[eê]|o senhor|a senhora) mesm[oa]',
      CANCEL_YOU,
      '(?:por favor,? |pf,? |pfv,? |favor )(?:\\p{L}+ ){0,2}(?:cancela|anula|cancelar|anular)(?:-o|-a)?',
      '(?:pode|poderia|podem|poderiam|podes|poderias|deve|deveria|dever[aá]|tem que|tem de|ter[aá] que|ter[aá] de|teria que|precisa|precisaria|precisar[aá]) (?:voc[eê] |o senhor |a senhora |tu )?(?:\\p{L}+ )?(?:(?:cancelar|anular)(?:-o|-a|-los|-las)?|solicitar (?:o |um )?cancelamento|pedir (?:o |um )?cancelamento)',
      '(?:solicit|ped)(?:e|em|ir|a|as|ar|ando|isse|asse)(?:-nos)? (?:\\p{L}+ )?(?:o |um |a |uma )?(?:cancelamento|anula[cç][aã]o)',
      '(?:pe[cç]a|pe[cç]am)(?:-nos)? (?:o |um |a )?(?:cancelamento|anula[cç][aã]o)',
      `cancelando (?:\\p{L}+ ){0,3}${BUYER_SIDE}`,
      '(?:ajud|colabor)(?:e|a|ar|aria|asse|ando)(?:-nos)? (?:\\p{L}+ )?(?:cancelando|a cancelar|com o cancelamento)',
      `(?:cancelar|anular)(?:-o|-a)? (?:\\p{L}+ ){0,3}${BUYER_SIDE}`,
      '(?:seria poss[ií]vel|daria para|d[aá] pra|conseguiria|consegue|consegues) (?:voc[eê] |o senhor |a senhora |tu )?(?:cancelar|anular|solicitar o cancelamento)',
      '(?:clique|clica|toque|toca|aperte|carregue|selecione|seleciona|escolha|escolhe|use|usa|utilize)(?: (?:no bot[aã]o|na op[cç][aã]o|no link|em))? ?[«"“\']?(?:cancelar|solicitar (?:o )?cancelamento|cancelar (?:itens|pedido|encomenda))',
      '(?:o )?motivo (?:do cancelamento )?[«"“\']?(?:n[aã]o preciso mais|comprei por engano|pedido por engano|encontrei (?:um )?(?:pre[cç]o )?mais barato)',
      // Giving up the order in other words: "o mais rápido é você mesmo desistir do pedido".
      '(?:voc[eê]|o senhor|a senhora) (?:mesm[oa] )?(?:desist\\p{L}{1,4}|desista) (?:d[oa] )?(?:pedido|compra|encomenda)',
      '(?:desista|desistam|desistir) (?:d[oa] )?(?:pedido|compra|encomenda)(?! (?:n[aã]o|nunca))',
    ],
    exceptions: [
      'n[aã]o (?:o |a |os |as |lhe |me |nos )?(?:cancele|anule|cancelem|anulem|cancela|anula|cancelar|anular)\\p{L}{0,4}',
      '(?:deseja|quer|prefere|desejas|queres|preferes|queira|deseje|prefira|quiser|desejar|preferir) que (?:n[oó]s |eu )?(?:o |a |lhe |te )?(?:cancelemos|cancele|anulemos|anule)\\p{L}{0,4}',
      '(?:a amazon|o sistema|a plataforma) (?:\\p{L}+ )?(?:cancele|anule)',
      'a gente (?:pode|poderia|vai|consegue) (?:\\p{L}+ )?(?:cancelar|anular)(?:-o|-a)?',
      'que a gente (?:o |a )?(?:cancele|anule)',
      // The seller cancelling: "podemos cancelar o pedido na sua conta".
      `(?:n[oó]s )?(?:podemos|poderemos|poder[ií]amos|vamos|iremos|vou|irei|posso|conseguimos) (?:\\p{L}+ )?(?:cancelar|anular)(?:-o|-a)?(?: (?:\\p{L}+ ){0,3}${BUYER_SIDE})?`,
      `n[aã]o (?:\\p{L}+ ){0,2}(?:pode|poder[aá]|poderia|tem que|tem de|ter[aá] que|deve|precisa|precisar[aá]|[eé] necess[aá]rio|[eé] preciso)(?: que)? (?:voc[eê] |o senhor |a senhora )?(?:\\p{L}+ )?(?:cancel|anul|solicit|ped)\\p{L}{0,6}(?: (?:o |um )?cancelamento)?(?: (?:\\p{L}+ ){0,3}${BUYER_SIDE})?`,
      `(?:sem (?:que )?(?:voc[eê] )?(?:precis\\p{L}{1,4}|ter que|ter de|tenha que|tenha de)) (?:\\p{L}+ ){0,4}(?:cancel|anul|solicit|ped)\\p{L}{0,6}(?: (?:o |um )?cancelamento)?(?: (?:\\p{L}+ ){0,3}${BUYER_SIDE})?`,
      '(?:a amazon|o sistema|a plataforma|a transportadora|os correios|o banco|ningu[eé]m) (?:\\p{L}+ ){0,2}(?:pode|poderia|vai|tem que|deve|costuma) (?:\\p{L}+ )?(?:cancelar|anular)(?:-o|-a)?',
    ],
  },

  placeholderWords: [
    'nome', 'nomes', 'sobrenome', 'apelido', 'comprador', 'compradora', 'cliente', 'destinatário', 'destinatario',
    'destinatária', 'usuário', 'usuario', 'utilizador', 'pedido', 'encomenda', 'número', 'numero', 'nº', 'n°', 'produto',
    'artigo', 'item', 'título', 'titulo', 'vendedor', 'vendedora', 'loja', 'marca', 'empresa', 'data', 'entrega',
    'envio', 'rastreio', 'rastreamento', 'código', 'codigo', 'transportadora', 'link', 'seu', 'sua', 'do', 'da', 'de',
    'inserir', 'aqui', 'valor', 'preço', 'preco', 'endereço', 'endereco', 'morada', 'cidade', 'cep', 'telefone',
    'email', 'assinatura', 'atendente', 'contato', 'contacto',
  ],
  /** Which page value a template variable stands for, by the words in it (a fix fills it in). */
  placeholderKinds: {
    other: ['produto', 'artigo', 'item', 'rastreio', 'rastreamento', 'código de rastreio'],
    sellerName: ['vendedor', 'vendedora', 'loja', 'empresa', 'assinatura', 'seu nome', 'meu nome', 'atendente'],
    orderId: ['pedido', 'número do pedido', 'encomenda'],
    buyerName: ['comprador', 'compradora', 'cliente', 'nome', 'sobrenome', 'nome do cliente', 'destinatário'],
  },

  concepts: {
    satisfied: [
      // "A barraca correspondeu às suas expectativas?"
      '(?:correspondeu|atendeu|superou|cumpriu|esteve [àa] altura d)(?: \\p{L}+){0,2} (?:[àa]s |as )?(?:suas |tuas )?expectativas[^.!?\\n]{0,20}\\?',
      '(?:se|caso) (?:o|a|os|as|seu|sua|nosso|nossa|este|esta|esse|essa) (?:\\p{L}+ ){0,3}(?:lhe |te )?(?:facilitou|melhorou|alegrou|ajudou|conquistou|encantou|agradou|surpreendeu)',
      // "Tudo certo com o pedido? Então…": a question as the condition.
      // "Olá, tudo bem?" alone is a greeting: the question must be about the purchase.
      '(?:est[aá]|ficou|correu|deu|foi) tudo (?:certo|bem|ok|perfeito|em ordem|como esperava|como esperado|a seu gosto|de acordo)(?: com (?:o|a|os|as|seu|sua|seus|suas) (?:\\p{L}+ ){0,2}\\p{L}+)? ?\\?',
      'tudo (?:certo|bem|ok|perfeito|certinho|em ordem) com (?:o|a|os|as|seu|sua|seus|suas) (?:\\p{L}+ ){0,2}\\p{L}+ ?\\?',
      'tudo (?:como esperava|como esperado|a seu gosto|a teu gosto) ?\\?',
      // The negative condition ("se não estiver satisfeito") is left to the phrase rules.
      '(?:se|caso) (?:(?!n[aã]o )\\p{L}+ ){0,3}(?:satisfeit[oa]s?|content[oa]s?|feliz|felizes|encantad[oa]s?|contentes)',
      '(?:se|caso) (?:(?!n[aã]o )\\p{L}+ ){0,3}(?:gostou|gostar|gostaste|gostado|amou|adorou|adoraste|curtiu|aprovou)(?!\\p{L})',
      '(?:se|caso) (?:(?!n[aã]o )\\p{L}+ ){0,4}(?:[aà] altura|(?:suas|tuas) expectativas|o que (?:esperava|esperavas|procurava|procuravas|precisava|precisavas))',
      '(?:se|caso) (?:tudo|o (?:produto|artigo|item|pedido)|a (?:compra|encomenda)|sua compra|seu pedido|sua encomenda|a sua compra|o seu pedido|a sua encomenda) (?:(?!n[aã]o )\\p{L}+ ){0,3}(?:bem|perfeito|perfeitamente|certo|certinho|ok|beleza|direitinho|em ordem|a seu gosto|como esperava|[oó]timo|maravilha|sem problemas)',
      '(?:se|caso) (?:estiver|esteja|est[aá]|ficou|correu|deu|der) tudo (?:bem|certo|certinho|ok|perfeito|em ordem|beleza)',
      '(?:se|caso) (?:a (?:sua |tua )?experi[eê]ncia|a compra|a sua compra|o produto|o atendimento) (?:(?!n[aã]o )\\p{L}+ ){0,2}(?:boa|[oó]tima|positiva|excelente|bom|[oó]timo|agrad[aá]vel|incr[ií]vel)',
      '(?:se|caso) (?:(?!n[aã]o )\\p{L}+ ){0,2}(?:uma )?(?:boa|[oó]tima|excelente|agrad[aá]vel|positiva|grande) experi[eê]ncia',
      '(?:se|caso) (?:lhe |te )?(?:foi|tiver sido|tenha sido|for) (?:\\p{L}+ )?(?:[uú]til|[uú]teis|de ajuda|pr[aá]tic[oa]s?)',
      '(?:s[oó] )?(?:se|caso) (?:achar|acha|considerar|considera|pensar|acreditar|achares) que (?:\\p{L}+ ){0,3}(?:merece|merecemos|vale a pena|[eé] bom|[eé] boa)',
      '(?:desde que|contanto que|sempre que|quando|assim que|uma vez que) (?:\\p{L}+ ){0,2}(?:esteja|estiver|fique|ficar|estejas|estiveres|se sinta) (?:\\p{L}+ )?(?:satisfeit[oa]s?|content[oa]s?|encantad[oa]s?)',
      // "Gostou da luminária?" followed by a review request.
      '(?:voc[eê] )?(?:gostou|gostaste|amou|adorou|curtiu|aprovou)(?: (?:\\p{L}+ ){0,4}\\p{L}+)? ?\\?',
      '(?:est[aá]|ficou|ficaste|est[aá]s) (?:\\p{L}+ )?(?:satisfeit[oa]s?|content[oa]s?|encantad[oa]s?|feliz|felizes)(?: com (?:\\p{L}+ ){0,3}\\p{L}+)? ?\\?',
      // A good effect as the condition: "if the lamp made your evenings cozier".
      'se (?:o|a|seu|sua) \\p{L}+ (?:\\p{L}+ ){0,2}(?:virou|se tornou|deixou|tornou)',
    ],
    reviewRef: [
      '(?:cada|uma|alguma|suas|tuas) estrelas?(?: que)?',
      '(?:outros|os outros|outras pessoas|outros (?:clientes|compradores|consumidores)|futuros (?:clientes|compradores)) (?:\\p{L}+ )?(?:saibam|soubessem|conhe[cç]am|leiam|fiquem sabendo)',
      REVIEW_STRICT,
      '(?:uma|um|sua|seu|tua|teu|suas|seus|alguma|algum|breve|pequeno|pequena|sincer[oa]|honest[oa]|qualquer) (?:\\p{L}+ )?(?:opini(?:[aã]o|[oõ]es)|coment[aá]rios?|impress(?:[aã]o|[oõ]es)|depoimentos?)',
      '(?:\\d|cinco|quatro|todas as) (?:estrelas|estrelinhas)',
      '(?:o que|como) (?:voc[eê] |tu )?(?:achou|achaste|pensa|acha|achas|pensas|est[aá] achando)',
      '(?:sua|tua) experi[eê]ncia (?:com|de|no|na) (?:o|a|os|as|seu|sua|nosso|nossa|nossos|nossas|este|esta|n[oó]s|\\p{L}+)',
      '(?:suas|tuas|algumas) (?:palavras|linhas|impress[oõ]es)',
      '(?:conte|conta|contem|contar|compartilhar|compartilhe|partilhar|partilhe|dizer|diga) (?:para |a |aos )?(?:outros|os outros|outras pessoas|outros (?:clientes|compradores)|todo (?:o )?mundo|o mundo)',
      '(?:na|[aà]) p[aá]gina do (?:produto|artigo|item|an[uú]ncio)',
    ],
    reviewAsk: [
      '(?:foto|fotos|v[ií]deo|v[ií]deos|imagem|imagens)[^.!?\\n]{0,40}(?:na p[aá]gina do (?:produto|artigo|an[uú]ncio)|na amazon)',
      '(?:se|caso) (?:nos |me )?(?:publicar|postar|compartilhar|partilhar|deixar|der|escrever) (?:\\p{L}+ ){0,8}(?:estrelas|avalia[cç][aã]o|opini[aã]o|coment[aá]rio|review|resenha)',
      // "Os clientes que contam na página do produto como…", "se postar sua foto… na Amazon".
      '(?:conta|contam|contas|conte|contem|compartilha|compartilham|compartilhe|compartilhem|partilha|partilhe|publica|publicam|publique|publiquem|posta|postam|poste|postem|escreve|escrevem|escreva|escrevam|deixa|deixam|deixe|deixem|fala|falam|fale|falem) (?:\\p{L}+ ){0,6}na (?:amazon|p[aá]gina do (?:produto|artigo|an[uú]ncio))',
      `${LEAVE} (?:nos |me |lhe )?(?:uma |um |sua |seu |tua |teu |suas |seus |alguma |algum |umas |uns |a sua |o seu )?(?:\\p{L}+ ){0,2}${REVIEW_THING}`,
      '(?:compartilh\\p{L}{0,6}|partilh\\p{L}{0,6}|contar(?:-nos)?|contando|conte(?:-nos)?|conta-nos|nos conte|relat\\p{L}{0,4}|descrev\\p{L}{0,4}) (?:conosco |connosco |com outros (?:clientes|compradores) )?(?:\\p{L}+ ){0,2}(?:sua|tua) (?:\\p{L}+ )?experi[eê]ncia',
      '(?:avali(?:ar|e|em|a|ando|asse)|classific(?:ar|a|ando)|classifiqu(?:e|em)|pontu(?:ar|e|a))(?:-nos|-lo|-la)? (?:\\p{L}+ )?(?:o produto|o artigo|o item|a compra|sua compra|a sua compra|sua experi[eê]ncia|a sua experi[eê]ncia|nosso (?:produto|artigo|servi[cç]o|trabalho|atendimento)|o nosso (?:produto|servi[cç]o|trabalho)|nossa loja|a nossa loja|o vendedor|como vendedor|com estrelas|com (?:\\d|uma|cinco|quatro) estrelas?)',
      '(?:avaliar-nos|nos avaliar|nos avalie|avalie-nos|avalia-nos|nos classifique|classifique-nos)',
      '(?:nos |me )?(?:gostar[ií]amos|gostaria|adorar[ií]amos|adoraria|agradecer[ií]amos|agradeceria|ficar[ií]amos (?:muito )?(?:felizes|gratos|agradecidos)|ficaria (?:muito )?(?:feliz|grato|grata)|ajudaria) (?:muito |imenso |bastante )?(?:de |que |se )?(?:\\p{L}+ ){0,4}(?:sua|tua|uma|suas|tuas|seu|teu|um) (?:\\p{L}+ )?(?:avalia[cç](?:[aã]o|[oõ]es)|resenhas?|reviews?|opini(?:[aã]o|[oõ]es)|impress(?:[aã]o|[oõ]es)|experi[eê]ncia|coment[aá]rios?|feedback)',
      '(?:conte|conta|contem|contar|contar-nos|conte-nos|nos conte|compartilhe|compartilhar|partilhe|partilhar|escreva|escrever|publique|publicar|ler|saber|diga-nos|nos diga|dizer-nos|nos dizer) (?:\\p{L}+ ){0,6}(?:o que|como) (?:voc[eê] |tu )?(?:achou|achaste|acha|pensa)',
      '(?:reserv\\p{L}{1,4}|tir\\p{L}{1,4}|dedic\\p{L}{1,4}) (?:um|uns|alguns) (?:momento|minuto|minutinho|minutos|segundos|instante)s?[^.!?\\n]{0,60}(?:avali|opin|resenh|review|coment|experi[eê]ncia|estrelas)',
      '(?:pedido|solicita[cç][aã]o) de (?:avalia[cç](?:[aã]o|[oõ]es)|resenhas?|reviews?|opini(?:[aã]o|[oõ]es))',
      '(?:link|p[aá]gina|formul[aá]rio|op[cç][aã]o|bot[aã]o) (?:para |de )(?:deixar |escrever |criar |fazer )?(?:a |uma |sua |seu )?(?:avalia[cç][aã]o|opini[aã]o|resenha|review)',
      '(?:sua|tua|uma) (?:\\p{L}+ )?(?:avalia[cç][aã]o|opini[aã]o|resenha|review) (?:sincera |honesta )?(?:nos )?(?:ajuda|ajudaria|ajudar[aá]|ajudam|significa|significaria|[eé] muito importante|pode ajudar|faz (?:toda a )?diferen[cç]a)',
      'pedir(?:-lhe|-te)? (?:\\p{L}+ )?(?:sua|tua|uma) (?:\\p{L}+ )?(?:avalia[cç][aã]o|opini[aã]o|resenha|review)',
      'opin(?:e|ar|a|em)(?:-nos)? sobre (?:o|a|seu|sua|nosso|nossa|este|esta)',
      // "Ajudaria se o senhor contasse isso na Amazon."
      '(?:conte|contasse|contar|cont[aá]-lo|compartilhe|compartilhasse|compartilhar|partilhe|partilhasse|partilhar|publique|publicasse|publicar|poste|postasse|postar|opine|opinar) (?:\\p{L}+ ){0,2}(?:na|pela|atrav[eé]s da|numa|em uma) (?:amazon|p[aá]gina do produto|avalia[cç][aã]o|resenha)',
      // A few words on Amazon: a review in other words.
      '(?:umas|algumas) palavrinhas (?:lá )?na amazon',
      '(?:umas|algumas) palavras (?:lá )?na amazon',
    ],
    incentive: [
      '(?:fica|ficar[aá]|[eé]) (?:por nossa conta|por conta da casa|por conta nossa)', 'cortesia da casa',
      '(?:um |uma |pequeno |pequena |lindo |linda )?(?:brinde|presente|presentinho|mimo|pr[eêé]mio|recompensa|lembrancinha)s?',
      '(?:um|pequeno|nosso|este|esse) agrado',
      'de (?:presente|brinde|oferta)',
      'gr[aá]tis',
      'gratuit[oa]s?',
      'sem (?:custo|custos|cobran[cç]a|encargos)',
      '(?:cupo(?:m|ns)|cup[aã]o|cup[oõ]es|c[oó]digos? (?:de desconto|promocionais|promocional|promo))',
      'vales?(?:-| )(?:presente|compras?|desconto|oferta)',
      'cart(?:[aã]o|[oõ]es)(?:-| )(?:presente|oferta)',
      'gift ?cards?',
      'descontos?',
      'abatimento',
      '\\d{1,3} ?%',
      '\\d{1,4}(?:[.,]\\d{2})? ?(?:€|euros?|reais|d[oó]lares)',
      'r\\$ ?\\d{1,4}',
      '€ ?\\d{1,4}',
      'reembols\\p{L}{0,6}',
      'estorn\\p{L}{0,4}',
      'devolver(?:-lhe|-te)? (?:o|parte do|seu|o seu) dinheiro',
      'cashback',
      'dinheiro',
      'paypal',
      'pix',
      'compensa[cç](?:[aã]o|[oõ]es)',
      '(?:em troca|como agradecimento|em agradecimento|como recompensa|como pr[eêé]mio|como forma de agradecimento)',
      'garantia (?:estendida|extra|adicional|alargada)',
      '(?:acesso|status|pre[cç]o|tratamento) (?:vip|exclusivo|preferencial)',
      'sorteios?',
      '(?:produto|artigo|item|unidade|amostra|frete|envio) (?:gr[aá]tis|gratuit[oa]|de brinde|de presente)',
      'frete gr[aá]tis',
      // Something given "as a thank-you" for the time a review takes.
      'como agradecimento',
      'de brinde',
      'de presente',
      'sem custo',
      'grátis',
    ],
    pressure: [
      '(?:outra|mais uma|uma [uú]nica) (?:nota |avalia[cç][aã]o |estrela )?(?:ruim|baixa|negativa)',
      '(?:pode|podem|vai|v[aã]o|poderia|poderiam) (?:nos )?(?:fechar|bloquear|suspender) (?:\\p{L}+ ){0,2}(?:loja|neg[oó]cio|conta|empresa)',
      '(?:suas|tuas|cada) (?:estrelas?|avalia[cç](?:[aã]o|[oõ]es)|notas?)(?: \\p{L}+){0,4} (?:contam|conta|importam|faz(?:em)? (?:toda a )?diferen[cç]a)',
      '(?:nos )?salvar(?:ia|iam|[aá]|[aã]o)(?!\\p{L})',
      '(?:decide|decidem|define|definem|determina|determinam) se (?:\\p{L}+ ){0,4}(?:continuamos|conseguimos|sobrevivemos|fechamos|vamos)',
      'n[aã]o (?:sobrevive|sobreviveria|sobreviver[aá]|aguenta|aguentaria|aguentar[aá]|resiste|resistiria)',
      '(?:sobreviver|sobreviv[eê]ncia|seguir em frente|manter as portas abertas|continuar aberta?|continuar a existir)',
      '(?:ter|teremos|teria|ter[ií]amos|terei|vamos ter) (?:que|de) fechar',
      'fechar (?:a|as|nossa|nossas|o|meu|nosso) (?:\\p{L}+ )?(?:loja|neg[oó]cio|portas|empresa|ateli[eê])',
      '(?:deixar|deixamos|deixaremos|deixar[ií]amos|vamos deixar) de (?:aparecer|vender|existir)',
      '(?:depende|dependem|dependemos) (?:\\p{L}+ ){0,2}(?:d[ao]s?|de) (?:sua|suas|tua|tuas|boas|cada|uma boa) (?:\\p{L}+ )?(?:avalia[cç](?:[aã]o|[oõ]es)|resenhas?|opini(?:[aã]o|[oõ]es)|estrelas|coment[aá]rios?|reviews?|apoio|ajuda)',
      '(?:meu|nosso|o meu|o nosso) (?:emprego|trabalho|sal[aá]rio|chefe|sustento|ganha-p[aã]o)',
      '(?:minha|nossa|a nossa) (?:sobreviv[eê]ncia|continuidade)',
      '(?:perder|perca|perde|perderei|perderemos|perderia|perder[ií]amos) (?:o meu|o nosso|meu|nosso|a nossa|nossa|a minha|minha) (?:trabalho|emprego|neg[oó]cio|loja|conta|vaga)',
      '(?:salve-nos|nos salve|salva-nos|me salve|salve-me)',
      '(?:eu |n[oó]s )?(?:lhe |te |vos )?(?:imploro|imploramos|suplico|suplicamos)',
      'por favor,? (?:\\p{L}+ )?(?:nos ajude|ajude-nos|me ajude|ajude-me|ajuda-nos|nos apoie|apoie-nos)',
      '(?:vital|crucial|imprescind[ií]vel|essencial|tudo|uma quest[aã]o de vida) para (?:n[oó]s|mim|a nossa (?:pequena )?(?:loja|empresa|fam[ií]lia)|o nosso (?:pequeno )?(?:neg[oó]cio|ateli[eê])|nossa (?:pequena )?(?:loja|empresa|fam[ií]lia)|nosso (?:pequeno )?(?:neg[oó]cio|ateli[eê])|uma pequena|um pequeno)',
      '(?:pequen[oa]s? )?(?:lojas?|neg[oó]cios?|empresas?|ateli[eê]s?|marcas?) (?:pequen[oa]s? |familiar(?:es)? )?como (?:a|o|as|os) noss[oa]s?',
      '(?:[eé]|s[aã]o) (?:vita(?:l|is)|crucia(?:l|is)|essencia(?:l|is)) para',
      '(?:faria|faz|far[aá]|fazem) toda a diferen[cç]a para (?:n[oó]s|mim|noss\\p{L}+|um pequeno|uma pequena)',
      '(?:sem|se n[aã]o (?:conseguirmos|tivermos|recebermos)) (?:\\p{L}+ )?(?:mais |boas |novas )?(?:avalia[cç][oõ]es|resenhas|reviews|opini[oõ]es|estrelas|coment[aá]rios)',
      '(?:precisamos|preciso) (?:\\p{L}+ )?(?:desesperadamente |urgentemente |muito |demais )?(?:d[ae] )?(?:sua|tua|suas|tuas|mais|boas|uma|umas) (?:\\p{L}+ )?(?:avalia[cç](?:[aã]o|[oõ]es)|resenhas?|reviews?|opini(?:[aã]o|[oõ]es)|estrelas)',
      '(?:n[aã]o se esque[cç]a|n[aã]o te esque[cç]as|n[aã]o esque[cç]a|n[aã]o esque[cç]as) de (?:deixar|escrever|avaliar|publicar|nos avaliar|compartilhar|partilhar|dar)',
      '(?:ficar[ií]amos|ficaria|estar[ií]amos) (?:muito |t[aã]o )?(?:trist(?:e|es)|decepcionad\\p{L}{1,3}|chatead\\p{L}{1,3})',
      '(?:ainda|continuamos) (?:estamos )?(?:esperando|aguardando|[aà] espera d[ae]) (?:sua|tua|uma) (?:\\p{L}+ )?(?:avalia[cç][aã]o|resenha|opini[aã]o|review)',
      '(?:ainda )?n[aã]o (?:recebemos|vimos) (?:a sua |sua |a tua |tua |nenhuma |a )?(?:avalia[cç][aã]o|opini[aã]o|resenha|review)',
      '(?:ainda )?n[aã]o (?:nos )?(?:deixou|escreveu|publicou|avaliou|deixaste|avaliaste) (?:\\p{L}+ ){0,2}(?:avalia[cç][aã]o|resenha|opini[aã]o|review|nota)',
      'nos (?:prejudica|prejudicam|afunda|afundam|est[aá] prejudicando)',
      'acaba com a gente',
    ],
    writeWhat: [
      'tal (?:como|qual)',
      '(?:colocar|coloque|p[oô]r|ponha|escrever|escreva|dizer|diga|mencionar|mencione) (?:na|em sua|na sua|no seu|em seu|no) (?:\\p{L}+ )?(?:avalia[cç][aã]o|resenha|review|coment[aá]rio) que',
      'com (?:essas |as |estas )?mesmas palavras',
      // "Menciona" is also "the review mentions": imperatives only after a request.
      '(?:mencion|destac|ressalt|sublinh|elogi)(?:e|ar|em|ando|asse)(?: que| como| o quanto| a| o)?',
      '(?:por favor,? |pode |poderia |podes )(?:menciona|destaca|ressalta|sublinha)',
      '(?:diga|digam|dizer|escreva|escrever|escrevam|ponha|p[oô]r|coloque|colocar|comente|comentem|comentar|fale|falar) (?:que|como|o quanto|o qu[aã]o|sobre (?:a rapidez|a qualidade|o atendimento))',
      '(?:copi|col)(?:ar|e|a|em|ando|ou)(?:-las|-lo|-la|-los)? (?:\\p{L}+ ){0,3}(?:palavras|texto|frases?|mensagem|coment[aá]rio|linhas|elogios)',
      '(?:copiar e colar|copie e cole|copia e cola|ctrl\\+c)',
      '(?:essas|estas|as) (?:mesmas )?(?:lindas |gentis |belas |boas |simp[aá]ticas )?(?:palavras|frases|linhas)',
      '(?:suas|tuas) (?:lindas|gentis|belas|boas|simp[aá]ticas|carinhosas) palavras',
      '(?:o seguinte texto|este texto|esse texto|a seguinte frase)',
      '(?:algo (?:assim )?como|uma frase (?:como|do tipo))',
      // What to write: "comment that the delivery was fast".
      '(?:comenta|comente|diga|fala|fale) que',
      'pode usar palavras como',
    ],
    contactAsk: [
      '(?:qual|quais) (?:[eé] |seria |seriam )?(?:o |a |os )?(?:melhor |melhores |seu |sua |teu |tua )?(?:e-?mails?|emails?|telefones?|celular|telem[oó]vel|whats ?app|n[uú]mero de (?:telefone|celular|whats ?app|contat?c?to))(?! (?:que|do|da) (?:consta|aparece|est[aá]) (?:no|na) (?:pedido|encomenda|etiqueta))',
      '(?:para )?qu(?:e|al) (?:e-?mail|email|endere[cç]o de e-?mail|n[uú]mero|telefone|celular|telem[oó]vel|whats ?app|zap) (?:\\p{L}+ ){0,3}(?:podemos|posso|devemos|enviar|mandar|escrever|ligar)',
      '(?:um|o|algum|seu|teu|o seu|o teu) (?:n[uú]mero|telefone|celular|telem[oó]vel|e-?mail|email|whats ?app|zap)(?: de contat?c?to)? (?:para|onde|em que|no qual|pelo qual) (?:\\p{L}+ ){0,2}(?:lig|contat|contact|encontr|escrev|mand|envi|pass)\\p{L}{0,8}',
      // Send-type verbs: only "your e-mail" ("envie-nos um e-mail" is writing to us, not a request for details).
      `(?:envie|envia|mande|manda|passe|passa|informe|informa|escreva|escreve)(?:-nos|-me)? (?:o |a )?(?:seu|sua|teu|tua) (?:\\p{L}+ )?${CONTACT}`,
      // Send-type verbs only with "your": "nos envie um e-mail" is writing to the seller.
      `(?:nos|me) (?:envie|envia|mande|manda) (?:o |a )?(?:seu|sua|teu|tua) (?:\\p{L}+ )?${CONTACT}`,
      `(?:nos|me) (?:passe|passa|informe|informa|forne[cç]a|diga|deixe|confirme) (?:o |a )?(?:seu|sua|teu|tua|um|uma|algum|alguma) (?:\\p{L}+ )?${CONTACT}`,
      // "Pode deixar o seu número aqui que eu ligo": a number to be called on.
      '(?:seu|sua|teu|tua) n[uú]mero (?:\\p{L}+ ){0,3}(?:que|para|pra) (?:eu |a gente |n[oó]s )?(?:te |lhe )?(?:ligo|ligamos|ligar|liga|chamo|chamamos|mando|mandamos|ligarmos)',
      `(?:forne[cç]a|fornece|indique|indica|partilhe|compartilhe|deixe|deixa|diga|diz|confirme|confirma|anote)(?:-nos|-me)?(?: por favor,?)? (?:o |a )?(?:seu|sua|teu|tua|um|uma|algum|alguma) (?:\\p{L}+ )?${CONTACT}`,
      `(?:nos )?(?:pode|poderia|podes|poderias|podia) (?:nos |me )?(?:enviar|mandar)(?:-nos|-me)? (?:o |a )?(?:seu|sua|teu|tua) (?:\\p{L}+ )?${CONTACT}`,
      `(?:nos )?(?:pode|poderia|podes|poderias|podia) (?:nos |me )?(?:passar|informar|fornecer|dizer|deixar|indicar|confirmar|partilhar|compartilhar)(?:-nos|-me)? (?:o |a )?(?:seu|sua|teu|tua|um|uma|algum|alguma) (?:\\p{L}+ )?${CONTACT}`,
      `(?<!\\bn[aã]o\\s)(?<!\\bnunca\\s)(?:qual [eé]|precisamos d[eo]|precisar[ií]amos d[eo]|necessitamos d[eo]|gostar[ií]amos de ter|pedimos|pedir[ií]amos|solicitamos) (?:\\p{L}+ )?(?:o |a )?(?:seu|sua|teu|tua|um|uma|algum|alguma) (?:\\p{L}+ )?${CONTACT}`,
      '(?:seu|sua|teu|tua|o seu|o teu) (?:e-?mail|email|n[uú]mero de (?:telefone|celular|telem[oó]vel|whats ?app)|telefone de contat?c?to|celular|telem[oó]vel|whats ?app|zap),? (?:por favor|para (?:que|podermos|enviarmos|lhe enviar|te enviar|mandarmos)|assim|e (?:lhe|te) (?:enviamos|mandamos|enviaremos|mandaremos))',
      `(?:responda|responde)(?:-nos)? (?:\\p{L}+ ){0,2}com (?:o |a )?(?:seu|sua|teu|tua) (?:\\p{L}+ )?${CONTACT}`,
    ],
    deliveryContext: [
      '(?:entregador\\p{L}{0,2}|transportadora|estafeta|motorista|motoboy|courier|correios|sedex|ctt|jadlog|loggi|total express|dhl|ups|fedex|dpd|gls|seur|entreg\\p{L}{0,6})',
      '(?:que|o que) (?:consta|aparece|est[aá]|temos|indicou|informou) (?:no|na) (?:seu |sua )?(?:pedido|encomenda|cadastro)',
      '(?:na|da|para a) etiqueta(?: de envio)?',
      '(?:para|do) (?:o )?envio(?! (?:do|da|dos|das) (?:manual|v[ií]deo|arquivo|ficheiro|pdf|documento|cat[aá]logo|cupom|cup[aã]o|nota|fatura|factura|guia|instru[cç][oõ]es))',
    ],
    feedbackNotice: [
      // A statement ("pode atualizar"), not a request ("poderia alterar…?").
      `(?:[eé] poss[ií]vel|pode|poder[aá]|podem|podes|poder[aã]o|tem a (?:op[cç][aã]o|possibilidade) de|tens a (?:op[cç][aã]o|possibilidade) de|existe a (?:op[cç][aã]o|possibilidade) de|a (?:op[cç][aã]o|possibilidade) de) (?:\\p{L}+ )?(?:atualizar|actualizar|alterar|editar|remover|excluir|retirar|apagar|mudar|rever)(?: ou (?:atualizar|actualizar|alterar|editar|remover|excluir|retirar|apagar))? (?:aqui )?(?:o|a|seu|sua|teu|tua|o seu|a sua) (?:\\p{L}+ )?${FEEDBACK}(?![^.!?\\n]{0,60}\\?)`,
      '(?:se|caso) (?:voc[eê] |o senhor |a senhora )?(?:considera|considerar|acha|achar|entende|entender|estiver satisfeit[oa]|est[aá] satisfeit[oa]|ficou satisfeit[oa]) (?:com |de )?(?:que |como |a forma como )?(?:\\p{L}+ )?(?:resolvemos|tenhamos resolvido|foi resolvid[oa]|ficou resolvid[oa]|est[aá] resolvid[oa]|solucionamos|foi solucionad[oa])',
    ],
    settlement: [
      'substitu\\p{L}{0,6}',
      'troca(?:r|mos|remos)?',
      'reposi[cç][aã]o',
      'pe[cç]as? de reposi[cç][aã]o',
      'reenvi\\p{L}{0,4}',
      '(?:um|uma|outro|outra) (?:nov[oa]|outr[oa])',
      '(?:uma|um) (?:unidade|pe[cç]a) (?:nova|novo)',
      'outra unidade',
      'sentimos muito',
      'lamentamos',
      'lamento',
      'desculp\\p{L}{0,6}',
      'perd[aã]o',
      'danificad[oa]s?',
      'quebrad[oa]s?',
      'partid[oa]s?',
      'defeituos[oa]s?',
      'com defeito',
      'falt(?:a|ava|avam|ando|ante|antes)',
      'errad[oa]s?',
      'incorret[oa]s?',
      'extraviad[oa]s?',
      'perdid[oa]s?',
      'atras\\p{L}{0,4}',
      'transtornos?',
      'inconvenientes?',
      'inc[oô]modos?',
      '(?:para )?compensar',
      'devolu[cç](?:[aã]o|[oõ]es)',
      '(?:nos )?devolv(?:a|e|am|er)',
      '(?:o|seu|sua|teu|tua|este|esse|esta|essa|a) (?:problema|defeito|erro|falha|dano|reclama[cç][aã]o|ocorr[eê]ncia)',
      '(?:fizemos|emitimos|processamos|realizamos|efetuamos|efectuamos|j[aá] fizemos) (?:o|um|seu|o seu) (?:reembolso|estorno)',
    ],
  },

  amazonFeedbackNotice:
    'Se você considera que resolvemos satisfatoriamente o seu problema, é possível atualizar ou remover aqui o feedback que você deixou originalmente.',

  courtesy: {
    thanks: [
      '(?:muito |muit[ií]ssimo )?obrigad[oa]s?(?: (?:mais uma vez|de novo|novamente))?(?: (?:pel[oa]s?|por) (?:sua |seu |tua |teu |a sua |o seu |a |o )?(?:\\p{L}+ )?(?:compra|pedido|encomenda|confian[cç]a|paci[eê]ncia|prefer[eê]ncia|apoio|compreens[aã]o)| por (?:escolher|preferir|confiar em|comprar (?:conosco|connosco|na|no|em)|comprar)(?:-nos)?[^.!?\\n]{0,60})?',
      'obrigad[oa]s? por (?:escolher|preferir|confiar (?:em|na|no)|comprar (?:conosco|connosco|na|no|em)|comprar)(?:-nos)?(?: (?:noss[oa]s?|a|o|em|na|no) [^.!?\\n]{0,40})?',
      '(?:agradecemos|agrade[cç]o|queremos agradecer|quero agradecer|gostar[ií]amos de agradecer) (?:muito |imensamente |sinceramente |de cora[cç][aã]o )?(?:a |pela |pelo |por )?(?:sua |seu |tua |teu |a sua |o seu )?(?:\\p{L}+ )?(?:compra|pedido|encomenda|confian[cç]a|prefer[eê]ncia|apoio|escolha)[^.!?\\n]{0,80}',
      '(?:toda a |toda )?(?:nossa |a nossa )?(?:equipe|equipa) (?:lhe |te )?agradece[^.!?\\n]{0,80}',
      '(?:s[oó] |apenas )?(?:quer[ií]amos|queria|queremos|quero|passamos para|passando para|vim) (?:lhe |te )?agradecer(?: (?:de cora[cç][aã]o|pessoalmente))?(?: (?:pela|pelo|por) [^.!?\\n]{0,50})?',
      '(?:ficamos|estamos) (?:muito |t[aã]o )?(?:felizes|contentes|gratos|honrados) (?:em|de|por|com) (?:ter (?:voc[eê]|o senhor|a senhora|-lo|-la)|t[eê]-lo|t[eê]-la|que (?:voc[eê] )?(?:tenha|tenhas) (?:escolhido|confiado|comprado)|sua (?:compra|escolha|prefer[eê]ncia))[^.!?\\n]{0,30}',
      '(?:sua|seu|tua|teu|cada) (?:compra|pedido|encomenda|apoio|confian[cç]a) (?:nos )?(?:motiva|ajuda|significa|importa|alegra|incentiva)[^.!?\\n]{0,50}',
      // Season's greetings alone say no more than thanks.
      'feliz natal', 'boas festas', 'feliz ano novo', 'próspero ano novo', 'feliz páscoa',
    ],
    padding: [
      // A greeting asked as a question ("Olá, tudo bem?") is not a question about the order.
      '(?:tudo bem|tudo bom|tudo certo|como vai|como est[aá])(?: com (?:voc[eê]|o senhor|a senhora))? ?\\?',
      '(?:passando|passo|passamos|estou passando|estamos passando|t[oô] passando)(?: aqui)?(?: s[oó])? (?:para|pra) (?:avisar|informar|lembrar|dizer)(?: que)?',
      // Tag questions of spoken Brazilian Portuguese ("…, viu?", "…, né?") ask nothing.
      '(?:viu|n[eé]|t[aá]|ok|certo|beleza) ?\\?',
      '(?:gostar[ií]amos de |queremos )?(?:lhe |te )?informa(?:r|mos) (?:de )?que',
      '(?:seguiremos|continuaremos|vamos continuar) (?:a )?(?:trabalhando|trabalhar|melhorando|melhorar|dando o nosso melhor|dar o nosso melhor)[^.!?\\n]{0,50}',
      '(?:significa|significam) (?:muito|imenso) para (?:n[oó]s|mim)',
      // Kind words in general: a message with only these is only a thank-you (G1701).
      '(?:esperamos|espero|tomara|oxal[aá])(?: que)? [^.!?\\n]{0,80}',
      '(?:lhe |te |vos )?(?:desejamos|desejo)[^.!?\\n]{0,80}',
      '(?:estamos|estou|ficamos|fico) (?:muito |t[aã]o |super |realmente )?(?:felizes|feliz|content[eo]s?|encantad[oa]s?|orgulhos[oa]s?|grat[oa]s?|agradecid[oa]s?)[^.!?\\n]{0,80}',
      '(?:aproveite|aproveita|aproveitem|curta|curtam|desfrute|desfruta) (?:bem |muito )?(?:o|a|os|as|seu|sua|seus|suas|teu|tua)[^.!?\\n]{0,60}',
      '(?:tenha|tenham|tem) (?:um|uma) (?:[oó]tim[oa]|bom|boa|excelente|feliz|lind[oa]|maravilhos[oa]) (?:dia|semana|fim de semana|tarde|noite)',
      '(?:nos|me) (?:alegra|deixa (?:muito )?feliz|deixa (?:muito )?contente)[^.!?\\n]{0,80}',
      '(?:toda a |toda )?(?:nossa |a nossa )?(?:equipe|equipa) (?:lhe |te )?agradece[^.!?\\n]{0,80}',
      '(?:o |do )?(?:servi[cç]o|departamento|setor|sector) (?:de )?(?:p[oó]s-?venda|atendimento(?: ao cliente)?|apoio ao cliente|assist[eê]ncia t[eé]cnica|sac)(?: d[ao])?(?: [\\p{L}\'-]{1,20}){0,2}',
      '(?:beijos|beijo|bjs|abra[cç]os?|um abra[cç]o|um grande abra[cç]o|abra[cç]o forte)',
      '(?:ol[aá]|oi|bom dia|boa tarde|boa noite|prezad[oa]s?|car[oa]s?|querid[oa]s?|estimad[oa]s?|ex\\.?m[oa]\\.?)(?: (?:sr|sra|srta|dr|dra)\\.?| senhora| senhor| dona| seu)?(?: [\\p{L}\'-]{1,20}){0,2}',
      '(?:prezad[oa]s?|car[oa]s?|estimad[oa]s?) (?:client[ea]s?|comprador(?:a|es)?|amig[oa]s?)',
      '(?:atenciosamente|cordialmente|com os melhores cumprimentos|melhores cumprimentos|cumprimentos|sauda[cç][oõ]es|um abra[cç]o|abra[cç]os|grat[oa] desde j[aá]|desde j[aá] agradecemos|desde j[aá] obrigad[oa]|att\\.?|at\\.te)',
      '(?:a |o )?(?:equipe|equipa|time)(?: d[aeo])?(?: [\\p{L}\'-]{1,20}){0,2}',
      '(?:o )?(?:atendimento(?: ao cliente)?|servi[cç]o de apoio ao cliente|sac|suporte)(?: d[aeo])?(?: [\\p{L}\'-]{1,20}){0,2}',
      '(?:tenha|tenham) (?:um |uma )?(?:[oó]tim[oa]|bom|boa|feliz|excelente|lind[oa])(?: (?:dia|semana|fim de semana|tarde|noite))?',
      '(?:bom|boa|feliz|[oó]timo|[oó]tima) (?:dia|semana|fim de semana|tarde|noite)',
      '(?:aproveite-o|aproveite-a|aproveite-os|aproveite-as|aproveita-o|aproveita-a|bom proveito)(?: bastante| muito)?',
      '(?:foi|[eé]|ser[aá]) um (?:prazer|gosto|honra) (?:atend[eê]-lo|atend[eê]-la|atender (?:voc[eê]|o senhor|a senhora)|ajud[aá]-lo|ajud[aá]-la|te atender|te ajudar|lhe atender)',
      '(?:para n[oó]s )?[eé] uma (?:honra|alegria|satisfa[cç][aã]o|prazer) (?:t[eê]-lo|t[eê]-la|ter (?:voc[eê]|o senhor|a senhora))(?: como client[ea])?',
      '(?:esperamos|esperamos poder) (?:v[eê]-lo|v[eê]-la|atend[eê]-lo|atend[eê]-la|t[eê]-lo|t[eê]-la|revê-lo|rev[eê]-la) (?:novamente|de novo|outra vez|em breve)(?: em breve)?',
      '(?:lhe |te )?escrevo para (?:me )?apresentar(?:-me)?',
      '(?:s[oó] |apenas )?(?:queremos|quer[ií]amos|queria|quero) (?:lhe |te )?lembrar que',
      '(?:me apresento|sou|chamo-me|me chamo|meu nome [eé]|o meu nome [eé]|aqui [eé]|quem fala [eé])(?: \\p{L}+)?(?: d[ao] (?:equipe|equipa|departamento|setor|loja) (?:\\p{L}+ ){0,2})?',
      '(?:se tiver|se tiveres|caso tenha|caso tenhas|para|em caso de|qualquer) (?:qualquer|alguma|algum|outra|outro)? ?(?:outra |outro )?(?:pergunta|d[uú]vida|problema|quest[aã]o)s?(?: ou (?:\\p{L}+))?(?: (?:sobre|relacionad[oa]s? (?:a|ao|aos|com)|d[oa]s?) (?:o |a |os |as )?(?:seu|sua|seus|suas|teu|tua|o|este|esta) (?:pedido|encomenda|compra)s?)?,?(?: (?:n[aã]o hesite em |n[aã]o deixe de |fique [aà] vontade para |pode |podes )?(?:nos contatar|nos contactar|contatar-nos|contactar-nos|entrar em contato|entrar em contacto|entre em contato|entre em contacto|nos escrever|escrever-nos|escreva-nos|fale conosco|fale connosco|nos avise|avise-nos|estamos [aà] disposi[cç][aã]o))?(?: (?:quando quiser|a qualquer momento|pela amazon|pelas mensagens da amazon|por aqui|por este canal))?',
      '(?:n[aã]o hesite|n[aã]o hesites|n[aã]o deixe de|fique [aà] vontade para|sinta-se [aà] vontade para) (?:em )?(?:nos contatar|nos contactar|contatar-nos|contactar-nos|entrar em contat?c?to|nos escrever|escrever-nos|nos chamar|falar conosco|falar connosco)(?: (?:sempre que (?:precisar|necessitar|quiser)|a qualquer momento|quando quiser))?',
      '(?:estamos|estou|ficamos|fico|seguimos|continuamos) (?:sempre )?[aà] (?:sua |tua |inteira |vossa )?(?:inteira )?disposi[cç][aã]o',
      '(?:ficamos|fico) (?:no )?aguardo',
      'estamos aqui para (?:ajudar|ajud[aá]-lo|ajud[aá]-la|te ajudar|o que precisar)',
      'para o que (?:precisar|necessitar|for preciso)',
      '(?:sua|tua|a sua|a tua) satisfa[cç][aã]o [eé] (?:a )?(?:nossa|muito importante|o mais importante|prioridade)[^.!?\\n]{0,30}',
      '(?:at[eé] breve|at[eé] a pr[oó]xima|at[eé] logo)',
      // The seller's small business introduced: warmth, no purpose.
      'somos uma pequena (?:empresa|loja|equipe|família)(?: familiar)?', 'cada pedido (?:é|significa) (?:\\p{L}+ ){0,3}para nós',
    ],
    confirmation: [
      '(?:est[aá]|est[aã]o|j[aá] est[aá]) (?:\\p{L}+ )?(?:embalad[oa]s?|empacotad[oa]s?|separad[oa]s?|pront[oa]s? para (?:envio|enviar|sair|despacho))',
      '(?:foi|foram|j[aá] foi) (?:\\p{L}+ )?(?:enviad[oa]s?|despachad[oa]s?|postad[oa]s?|expedid[oa]s?|entregue (?:[aà]|ao)|coletad[oa]s?|recolhid[oa]s?)[^.!?\\n]{0,60}',
      '(?:est[aá]|est[aã]o|vai|v[aã]o|j[aá] est[aá]|t[aá]) (?:j[aá] )?(?:a caminho|em tr[aâ]nsito|em rota de entrega|saiu para entrega|em distribui[cç][aã]o)',
      '(?:entrega|chegada) (?:prevista|estimada)[^.!?\\n]{0,40}',
      '(?:c[oó]digo|n[uú]mero) de (?:rastreio|rastreamento|seguimento|objeto)[^.!?\\n]{0,40}',
      '(?:saiu|sai|j[aá] saiu) (?:hoje |esta manh[aã] |ontem )?(?:do nosso (?:armaz[eé]m|estoque|centro de distribui[cç][aã]o)|pelos correios|pela transportadora|com|pel[oa]s?)[^.!?\\n]{0,50}',
      '(?:seu|sua|teu|tua|o seu|a sua|o teu|a tua) (?:pedido|encomenda|pacote|produto|artigo|item|compra|envio)(?: \\d{3}-\\d{7}-\\d{7})? (?:j[aá] )?(?:foi|est[aá]|t[aá]|vai|saiu|seguiu|segue) (?:enviad[oa]|confirmad[oa]|despachad[oa]|postad[oa]|expedid[oa]|entregue|a caminho|em tr[aâ]nsito|para entrega|separad[oa]|embalad[oa]|hoje|para a transportadora|com os correios|pelos correios)',
      '(?:j[aá] )?(?:enviamos|despachamos|postamos|confirmamos|expedimos|recebemos|embalamos|separamos|processamos) (?:o |a )?(?:seu|sua|teu|tua) (?:pedido|encomenda|pacote|produto|artigo|compra|pagamento)(?: \\d{3}-\\d{7}-\\d{7})?',
      '(?:j[aá] )?(?:estamos|estamos a) (?:preparando|separando|embalando|preparar|separar|embalar) (?:o |a )?(?:seu|sua|teu|tua) (?:pedido|encomenda|pacote|envio)[^.!?\\n]{0,40}',
      '(?:vamos|iremos) (?:lhe |te )?(?:avisar|informar|notificar|escrever) (?:quando|assim que|logo que|t[aã]o logo) (?:\\p{L}+ ){0,2}(?:sair|for enviad[oa]|seguir|for despachad[oa]|tivermos o c[oó]digo de rastreio)[^.!?\\n]{0,40}',
      '(?:dever[aá] chegar|deve chegar|chegar[aá]|ser[aá] entregue|ser[aá] entregado)[^.!?\\n]{0,40}',
      '(?:seu|sua|teu|tua|o) c[oó]digo de (?:rastreio|rastreamento) [eé][^.!?\\n]{0,60}',
      'c[oó]digo de (?:rastreio|rastreamento|objeto):?',
      '(?:confirma[cç][aã]o|confirmamos) (?:d[oa] |de |que )?(?:seu |sua |o seu |a sua )?(?:pedido|encomenda|envio|compra)',
      'pode (?:acompanhar|rastrear|seguir|consultar) (?:o |a )?(?:seu|sua|teu|tua|o|a) (?:pedido|pacote|encomenda|envio|entrega)[^.!?\\n]{0,60}',
      '(?:boas|[oó]timas) not[ií]cias',
    ],
    signOffs: [
      '(?:beijos|beijo|bjs|abra[cç]os?|um abra[cç]o|um grande abra[cç]o|abra[cç]o forte)',
      '(?:atenciosamente|cordialmente)',
      '(?:com os )?(?:melhores )?cumprimentos',
      'sauda[cç][oõ]es(?: cordiais)?',
      'att\\.?',
      'grat[oa] desde j[aá]',
      'desde j[aá] (?:agradecemos|obrigad[oa])',
      '(?:ficamos|fico) (?:no )?aguardo',
      '(?:ficamos|fico) [aà] disposi[cç][aã]o',
    ],
    checkIns: [
      '(?:est[aá] )?tudo (?:bem|certo|certinho|ok|em ordem|perfeito) (?:com|a[ií] com) (?:o|a|os|as|seu|sua|seus|suas|teu|tua) [^.!?\\n]{0,40}\\?',
      '(?:esperamos|espero) que (?:\\p{L}+ ){0,3}(?:tenha|tenham|tenhas) recebido (?:tudo |o |a |os |as |seu |sua |o seu |a sua )?[^.!?\\n]{0,40}(?:bem|certinho|direitinho|em ordem|em (?:bom|perfeito) estado|sem problemas|a tempo)',
      // "A sua encomenda já chegou?": the parcel first, then the question.
      '(?:o|a|os|as) (?:seu |sua |seus |suas |teu |tua )?(?:\\p{L}+ ){0,2}\\p{L}+ (?:j[aá] )?(?:chegou|chegaram|foi entregue|foram entregues)(?: (?:bem|direitinho|certinho|inteir[oa]s?|em bom estado))? ?\\?',
      // Delivery check-ins in general.
      '(?:j[aá] )?(?:chegou|chegaram) (?:bem |tudo bem |direitinho )?(?:o|a|os|as|seu|sua|seus|suas|teu|tua) (?:\\p{L}+ ){0,3}\\p{L}+[^.!?\\n]{0,30}\\?',
      '(?:est[aá]|correu|deu|foi|ficou) tudo (?:bem|certo|ok|em ordem|perfeito)[^.!?\\n]{0,40}\\?',
      // "Como está…?" asked; "dicas como esta" is a demonstrative.
      '(?:como|que tal) (?:está|est[aã]o|vai|v[aã]o|foi|est[aá] sendo|tem sido|correu)[^.!?\\n]{0,60}\\?',
      '(?:saber|perguntar|confirmar|verificar) (?:se|como) [^.!?\\n]{0,60}(?:chegou|recebeu|recebido|chegado|gostou|est[aá] (?:tudo )?bem|funciona)',
      '(?:saber|perguntar) (?:como|que tal) (?:est[aá]|vai|foi|est[aá] sendo) (?:\\p{L}+ ){0,1}(?:com )?(?:o|a|os|as|seu|sua|seus|suas|teu|tua) (?:nov[oa]s? )?(?:\\p{L}+ ){0,2}\\p{L}+',
      '(?:passo|passamos|passando|escrevo|escrevemos|estou escrevendo|estamos escrevendo)(?: por aqui)? (?:s[oó] |apenas |somente )?para (?:saber|verificar|confirmar|perguntar|ter certeza|nos certificar|me certificar|garantir) (?:de )?(?:se|que|como)[^.!?\\n]{0,80}(?:chegou|recebeu|recebido|chegado|em m[aã]os|em casa|bem|direitinho|sem (?:nenhum )?problema)',
      '(?:s[oó] |apenas |somente )?(?:quer[ií]amos|queria|queremos|quero|gostar[ií]amos de|gostaria de) (?:nos certificar|me certificar|confirmar|saber|verificar|perguntar|garantir|ter certeza) (?:de )?(?:que|se|como) [^.!?\\n]{0,60}(?:chegou|recebeu|recebido|chegado|entregue|bem|em (?:bom|perfeito) estado|corretamente|direitinho|sem problemas|funciona|gostou)',
      '(?:j[aá] )?(?:recebeu|recebeste|chegou|chegaram) (?:bem |direitinho |j[aá] )?(?:o|a|os|as|seu|sua|seus|suas|teu|tua) (?:\\p{L}+ ){0,3}(?:pedido|encomenda|pacote|produto|artigo|item|compra|envio)s?[^.!?\\n]{0,40}\\?',
      '(?:esperamos|espero) que (?:\\p{L}+ ){0,3}(?:tenha|tenham) chegado (?:tudo |j[aá] )?(?:bem|direitinho|corretamente|em (?:bom|perfeito) estado|sem problemas|a tempo)[^.!?\\n]{0,40}',
      '(?:esperamos|espero) que (?:o|a|os|as|seu|sua|seus|suas|teu|tua|tudo) (?:\\p{L}+ ){0,3}(?:tenha|tenham) chegado(?: (?:bem|direitinho|corretamente|em (?:bom|perfeito) estado|sem problemas|a tempo|j[aá]))?[^.!?\\n]{0,40}',
      '(?:como|que tal) (?:est[aá]|est[aã]o|vai|v[aã]o|est[aá] sendo|tem sido|foi)(?: a experi[eê]ncia)? com (?:o|a|os|as|seu|sua|seus|suas|teu|tua) (?:nov[oa]s? )?(?:\\p{L}+ ){0,3}\\p{L}+ ?\\?',
      '(?:segundo o rastreio|pelo rastreio|vimos que|verificamos que|o rastreio indica que|consta que|o rastreamento mostra que),? (?:o |a )?(?:seu|sua|teu|tua) (?:\\p{L}+ )?(?:pedido|pacote|encomenda|envio|artigo|produto)(?: \\([^)\\n]{0,40}\\))? (?:j[aá] )?(?:foi entregue|consta como entregue|aparece como entregue|chegou)(?: ontem| hoje| esta manh[aã]| h[aá] (?:\\p{L}+ ){0,1}\\p{L}+)?',
    ],
    helpOffers: [
      '(?:n[aã]o hesite|n[aã]o hesites|n[aã]o deixe de|fique [aà] vontade para|sinta-se [aà] vontade para) (?:em )?(?:nos contatar|nos contactar|contatar-nos|contactar-nos|entrar em contat?c?to|nos escrever|escrever-nos|nos chamar)[^.!?\\n]{0,60}',
      '(?:estamos|estou|seguimos|continuamos) (?:sempre |aqui |dispon[ií]ve(?:l|is) )+(?:para (?:voc[eê]|o senhor|a senhora|ti|o que (?:precisar|necessitar)|ajudar|ajud[aá]-lo|ajud[aá]-la|te ajudar))',
      '(?:se|caso) (?:precisar|precisares|necessitar|tiver|tiveres) (?:de )?(?:qualquer coisa|algo|alguma d[uú]vida|qualquer d[uú]vida|ajuda)[^.!?\\n]{0,60}',
      '(?:conte|conta|pode contar|podes contar) (?:comigo|conosco|connosco|com a gente)(?: (?:sempre|para o que (?:precisar|for preciso)))?(?: (?:aqui )?(?:na|pela|atrav[eé]s da) (?:amazon|mensagens da amazon))?',
      '(?:qualquer coisa|o que precisar)(?: que (?:precisar|surgir|acontecer))?,? (?:[eé] s[oó] )?(?:chamar|falar|nos chamar|me chamar|me chama|nos chama|me chame|nos chame|chama|chame|estou aqui|estamos aqui|t[oô] aqui)[^.!?\\n]{0,60}',
      '(?:a partir de (?:hoje|agora)|de agora em diante|desde (?:hoje|j[aá])),? (?:\\p{L}+ ){0,2}(?:serei|ser[aá]|sou|[eé]|somos|seremos|estarei|estaremos) (?:o seu|a sua|o teu|a tua|seu|sua|teu|tua) (?:\\p{L}+ ){0,3}(?:contat?c?to|consultor[a]?|atendente|agente|gestor[a]?|representante|assistente|respons[aá]vel|pessoa de refer[eê]ncia)',
      '(?:sou|serei|seremos|somos) (?:o seu|a sua|o teu|a tua|seu|sua|teu|tua) (?:pessoa de contat?c?to|consultor[a]?(?: pessoal| dedicad[oa])?|gestor[a]?(?: pessoal)?|atendente (?:pessoal|exclusiv[oa]|dedicad[oa])|assistente pessoal|contat?c?to (?:pessoal|direto|directo))',
      '(?:estou|estamos|estarei|estaremos) (?:sempre )?(?:aqui|dispon[ií]ve(?:l|is)|[aà] (?:sua|tua|inteira) disposi[cç][aã]o) para (?:ajud[aá]-lo|ajud[aá]-la|te ajudar|ajudar|lhe ajudar|o que (?:precisar|necessitar)|qualquer (?:coisa|d[uú]vida|quest[aã]o|pergunta))(?: (?:em|com) (?:tudo )?o que (?:precisar|necessitar))?(?: (?:com|sobre) (?:o seu|a sua|seu|sua|o|este|esta) (?:pedido|encomenda|compra|produto|artigo))?',
      '(?:vou|vamos|irei|iremos) (?:cuidar|tratar) (?:pessoalmente )?(?:de (?:todas as )?(?:suas|tuas) (?:d[uú]vidas|quest[oõ]es|solicita[cç][oõ]es)|do seu atendimento|do teu atendimento|de tudo o que (?:precisar|necessitar))[^.!?\\n]{0,60}',
      '(?:seu|sua|teu|tua) (?:consultor[a]?|gestor[a]?|atendente|assistente) (?:pessoal|dedicad[oa]|exclusiv[oa])',
      '(?:estamos|estou|ficamos|fico|seguimos|continuamos) (?:sempre )?[aà] (?:sua |tua |inteira )?(?:inteira )?disposi[cç][aã]o',
      '(?:felizes|content[eo]s|sempre prontos) (?:em|de|para) (?:ajudar|ajud[aá]-lo|ajud[aá]-la|te ajudar)',
      '(?:com (?:muito )?prazer|ser[aá] um prazer|ficaremos felizes em) (?:lhe |te )?(?:ajud|atend)\\p{L}{1,6}',
      '(?:se|caso) (?:\\p{L}+ )?(?:precisar|precisares|necessitar|tiver|tiveres|surgir) (?:de )?(?:algo|ajuda|qualquer coisa|alguma (?:d[uú]vida|pergunta|quest[aã]o)|qualquer (?:d[uú]vida|pergunta|quest[aã]o|problema))',
      '(?:para|diante de|em caso de) (?:qualquer|quaisquer) (?:d[uú]vida|pergunta|quest[aã]o|coisa)s?',
      'estamos aqui para (?:ajudar|ajud[aá]-lo|ajud[aá]-la|te ajudar)',
      // Help offered for whenever the buyer needs it.
      'se (?:precisar|tiver) de (?:qualquer coisa|alguma coisa|ajuda)', 'é só responder (?:a )?esta mensagem',
      // Help offered for whenever the buyer needs it.
      'estou aqui para o que (?:você|a senhora|o senhor) precisar', 'pode me chamar por aqui(?: a qualquer hora)?',
    ],
    purpose: [
      'infelizmente', 'lamentavelmente', 'sentimos', 'lament\\p{L}{1,5}', 'desculp\\p{L}{0,6}', 'perd[aã]o',
      'danificad[oa]s?', 'quebrad[oa]s?', 'partid[oa]s?', 'defeituos[oa]s?', 'defeito', 'falta', 'faltava', 'faltou', 'incorret[oa]s?',
      'errad[oa]s?', 'engan\\p{L}{1,4}', 'erro', 'problemas?', 'atras\\p{L}{0,4}', 'esgotad[oa]s?', 'sem estoque', 'sem stock',
      'devolu[cç][aã]o', 'reembols\\p{L}{0,4}', 'estorn\\p{L}{0,4}', 'substitui\\p{L}{0,4}', 'troca', 'reposi[cç][aã]o', 'reenvi\\p{L}{0,4}',
      'cancel\\p{L}{0,6}', 'endere[cç]o', 'morada', 'cep', 'grava[cç][aã]o', 'grav(?:ar|amos|emos)', 'bordad\\p{L}{0,2}',
      'personaliza\\p{L}{0,6}', 'agendar', 'agendamento', 'hor[aá]rios?', 'alf[aâ]ndega', 'taxa de importa[cç][aã]o', 'pendente',
      'por favor,? (?:confirme|envie|informe|escolha|verifique|responda|revise|indique)', 'poderia', 'deseja', 'prefer\\p{L}{0,3}',
      'op[cç](?:[aã]o|[oõ]es)', 'confirm(?:e|ar|a)', 'nos informe', 'informe-nos', 'diga-nos', 'nos diga', 'responda',
      'escolh[ae] (?:entre|uma|um|qual|o|a|se)(?!\\p{L})', 'anex\\p{L}{0,3}', 'segue em anexo', 'nota fiscal', 'fatura', 'factura', 'manual', 'instru[cç][oõ]es', 'garantia',
      'avalia[cç](?:[aã]o|[oõ]es)', 'resenhas?', 'opini[aã]o', 'avali(?:e|ar|ar-nos)', 'estrelas',
      'assinatura', 'algu[eé]m em casa', 'ningu[eé]m em casa', 'certifique-se',
      'fotos?',
      'medidas?',
      'tamanho',
      'nos enviar',
      'enviar-nos',
      'precisamos',
      // Instructions are content of their own ("Para montar a estante, vai precisar de uma chave Phillips").
      'montar', 'montagem', '(?:vai|vais|ir[aá]|ir[aá]s) precisar',
      // Instructions for the item (what to do before use) are a purpose of their own.
      'observe que', 'antes de usar', 'antes do primeiro uso',
    ],
  },

  topics: {
    address: [
      'caixa postal', 'ponto de (?:coleta|retirada|recolha)', 'portaria', 'interfone', 'campainha', 'porteiro', 'devolvid[oa] ao remetente', 'destinat[aá]rio',
      'endere[cç]os?(?! de e-?mail)(?: de (?:entrega|envio))?', 'morada', 'resid[eê]ncia', 'cep', 'c[oó]digo postal',
      'rua', 'avenida', 'bairro', 'complemento', 'apartamento', 'apto', 'bloco', 'andar', 'edif[ií]cio', 'pr[eé]dio', 'condom[ií]nio', 'incomplet[oa]',
      'n[uú]mero (?:da (?:casa|rua|porta)|do (?:pr[eé]dio|apartamento))',
      'ponto de refer[eê]ncia', 'alguma refer[eê]ncia',
      'n[aã]o (?:encontrou|encontra|conseguiu encontrar|localizou|achou|conseguiu localizar)',
    ],
    deliveryScheduling: [
      'instalador\\p{L}{0,2}', '(?:pela|de) (?:manh[aã]|tarde)', 'estacionamento', 'montador\\p{L}{0,2}',
      'agend\\p{L}{1,6}', 'hor[aá]rios?', 'faixa de hor[aá]rio', 'janela de entrega', 'data de entrega', 'marcar a entrega',
      'entreg\\p{L}{0,6}', 'entregador\\p{L}{0,2}', 'transportadora', 'estafeta', 'caminh[aã]o', 'cami[aã]o', 'elevador',
      '(?:algu[eé]m|ningu[eé]m) (?:vai estar |estar[aá] |est[aá] )?em casa', 'montagem', 'instala[cç][aã]o', 't[eé]cnico',
      '(?:que|outro) dia',
    ],
    customization: [
      'cor(?:es)? d[oa]s? (?:tecido|estampa|linha|bordado|tinta)', 'designer',
      'mai[uú]sculas', 'min[uú]sculas', '(?:rever|revise|reveja|confirmar|confirme|conferir|confira|verificar|verifique) o (?:texto|nome|design|desenho|layout)', 'antes de (?:cortar|gravar|imprimir|bordar|costurar|fabricar|produzir|estampar)',
      '(?:o seu|seu|sua|a sua) (?:texto|foto|imagem|desenho|logo|logotipo|arte)', 'suas fotos', 'logotipo',
      'grava[cç](?:[aã]o|[oõ]es)', 'grav(?:ar|amos|aremos|ado|ada|e)', 'bordado', 'bord(?:ar|amos|aremos)',
      'personaliza\\p{L}{0,6}', 'texto personalizado', 'texto d[ao] (?:grava[cç][aã]o|bordado)', 'design', 'arte final', 'pr[eé]-?visualiza[cç][aã]o', 'prova (?:de cor|digital|de impress[aã]o)',
      'esbo[cç]o', 'layout', 'imprim\\p{L}{1,6}', 'impress[aã]o', 'estamp\\p{L}{1,5}', 'resolu[cç][aã]o', 'sob medida', '[aà] medida',
      'tipo de letra', 'fonte', 'tipografia', 'inscri[cç][aã]o', 'dedicat[oó]ria', 'iniciais',
      '(?:o|a|seu|sua) (?:texto|frase|nome|data|mensagem) (?:que|a) (?:gravar|bordar|imprimir|estampar|colocar)',
      '(?:qual|que|quais) (?:nome|nomes|texto|frase|data|iniciais|mensagem|dizeres)s? (?:\\p{L}+ ){0,2}(?:ir|vai|v[aã]o|deve|devem|quer|gostaria|prefere|colocar|gravar|bordar|estampar|imprimir)',
      'cor (?:da linha|do bordado|da grava[cç][aã]o|da estampa|das letras)',
    ],
    review: [REVIEW, '(?:\\d|cinco) estrelas', 'avali(?:ar|e|ar-nos)'],
    problem: [
      // A jammed zip, a repair, an item no longer available.
      'trav(?:ou|ad[oa]|ando|a)', 'consert\\p{L}{1,5}', 'costura', 'n[aã]o est[aá] mais dispon[ií]vel', 'indispon[ií]vel',
      'tempestade', 'chuvas?', 'enchentes?', 'inunda[cç](?:[aã]o|[oõ]es)', 'greve', 'paralisa[cç][aã]o', 'tentativa de entrega', 'falhad[oa]', 'amassad[oa]s?', 'torto', 'torta',
      'em vez de', 'ao inv[eé]s de', 's[oó] (?:um|uma|parte)', 'aviso', 'perigo', 'risco', 'vizinh[oa]s?', 'outr[oa] (?:porta|casa|endere[cç]o)', 'marcad[oa] como entregue',
      'parad[oa]s?',
      'reclama[cç](?:[aã]o|[oõ]es)',
      'retid[oa]s?',
      'infelizmente', 'lamentavelmente', 'lament\\p{L}{1,5}', 'sentimos',
      'desculp\\p{L}{0,6}', 'danificad[oa]s?', 'danos?', 'quebrad[oa]s?', 'partid[oa]s?', 'rachad[oa]s?', 'riscad[oa]s?', 'arranh\\p{L}{1,5}', 'defeit\\p{L}{0,5}',
      'falt(?:a|ava|avam|am|ando|ou|aram)', 'engan\\p{L}{1,4}', 'incorret[oa]s?', 'errad[oa]s?', 'erros?', 'atras\\p{L}{0,4}',
      'extraviad[oa]s?', 'perdid[oa]s?', 'esgotad[oa]s?', 'sem (?:estoque|stock)', 'fora de (?:estoque|stock)',
      'problemas?', 'n[aã]o funciona\\p{L}{0,2}', 'n[aã]o (?:liga|carrega|conecta|acende)', 'alf[aâ]ndega', 'fiscaliza[cç][aã]o',
      'devolvid[oa]', 'reembols\\p{L}{0,6}', 'estorn\\p{L}{0,4}', 'substitui[cç](?:[aã]o|[oõ]es)', 'troca',
      'reposi[cç][aã]o', 'cancel\\p{L}{0,6}', 'seguran[cç]a', 'recall', 'superaquec\\p{L}{1,6}', 'sobreaquec\\p{L}{1,6}', 'vazamento', 'vaza', 'fuga',
      'imprevisto', 'soltou', 'solt[oa]s?', 'incompat\\p{L}{2,6}', 'n[aã]o (?:serve|servem|encaixa|encaixam|cabe|cabem)', 'aviso do fabricante', 'ru[ií]dos?', 'barulh\\p{L}{1,4}', 'estranh[oa]s?', 'vibra\\p{L}{1,5}', 'cheiro de queimado',
      'n[aã]o (?:chegou|chegaram|foi entregue)', 'n[aã]o (?:podemos|poderemos|conseguimos|conseguiremos|[eé] poss[ií]vel) (?:enviar|entregar|despachar)',
      'estoque', 'stock', 'indispon[ií]ve(?:l|is)', 'n[aã]o (?:est[aá]|estar[aá]|ficar[aá]) dispon[ií]vel',
      'demora\\p{L}{0,2}', 'avaria\\p{L}{0,2}', 'estragad[oa]s?', 'falhas?', 'mal estado', 'manchad[oa]s?', 'n[aã]o (?:corresponde|confere|bate)',
    ],
  },
};
