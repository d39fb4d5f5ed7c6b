/**
 * Turkish phrases, as sellers on amazon.com.tr write them: the polite siz ("yapabilir misiniz",
 * "lütfen gönderiniz") and the familiar sen ("yaz", "bırakır mısın"). Turkish adds its suffixes
 * to the word (yorum, yorumunuz, yorumunuzu; WhatsApp'tan), so stems are left open
 * (yorum\p{L}{0,8}); key words also match without Turkish letters ("siparis", "degerlendirme").
 * The text is lower-cased the JavaScript way (İ and I both become i), so phrases write i, or
 * [ıi] where a capital I may stand. Syntax: see ./types.ts.
 */
import type { PhraseBook } from './types.ts';
import { spelledPhone } from './numbers.ts';
import { refusedOffers, refusedOutside, refusedWays, type RefusalWords } from './refusals.ts';

/** Yorum, değerlendirme, puan, geri bildirim, yıldız: what a buyer leaves, with any suffix. */
const REVIEW =
  '(?:yorum\\p{L}{0,8}|de[ğg]erlendirme\\p{L}{0,8}|puan(?:\\p{L}{0,8})|[üu]r[üu]n incelemes\\p{L}{0,6}|geri ?bildirim\\p{L}{0,8}|feedback\\p{L}{0,6}|y[ıi]ld[ıi]z\\p{L}{0,6})';
/** The same without "puan" (points, also a score on a test) and "değerlendirme" as "consideration". */
const REVIEW_STRICT = '(?:yorum\\p{L}{0,8}|[üu]r[üu]n de[ğg]erlendirme\\p{L}{0,8}|geri ?bildirim\\p{L}{0,8}|feedback\\p{L}{0,6}|y[ıi]ld[ıi]z\\p{L}{0,6})';
/** Leaving a review: yapmak, bırakmak, yazmak, vermek, paylaşmak, eklemek, in every form. */
const LEAVE = '(?:yap\\p{L}{0,12}|b[ıi]rak\\p{L}{0,12}|yaz\\p{L}{0,12}|ver\\p{L}{0,12}|payla[şs]\\p{L}{0,12}|ekle\\p{L}{0,12}|g[öo]nder\\p{L}{0,12})';
/** What sellers offer in return: gifts, discounts, coupons, free things, money back. */
const INCENTIVE_WORDS =
  '(?:hediye\\p{L}{0,8}|s[üu]rpriz\\p{L}{0,6}|indirim\\p{L}{0,6}|kupon\\p{L}{0,6}|[üu]cretsiz|bedava|para iade\\p{L}{0,6}|iade edece[ğg]\\p{L}{0,6}|geri [öo]de\\p{L}{0,8}|[çc]ek\\p{L}{0,2} (?:hediye|al[ıi][şs]veri[şs])|hediye [çc]eki\\p{L}{0,4}|bonus\\p{L}{0,4}|[öo]d[üu]l\\p{L}{0,6}|kazan[ıi]rs[ıi]n[ıi]z|kazanacaks[ıi]n[ıi]z)';
/** Money and percentages: "%10" (Turkish puts the sign first), "10 %", "50 TL", "20 lira". */
const AMOUNT = '(?:% ?\\d{1,3}|\\d{1,3} ?%|\\d{1,5}(?:[.,]\\d{2})? ?(?:tl|₺|lira|try|euro|€))';
const INCENTIVE = `(?:${INCENTIVE_WORDS}|${AMOUNT})`;
/** The buyer's own e-mail or phone. */
const CONTACT =
  '(?:(?:[öo]zel |ki[şs]isel |cep )?telefon(?:u)? numara\\p{L}{1,6}|cep telefon\\p{L}{1,6}|cep numara\\p{L}{1,6}|gsm numara\\p{L}{1,6}|e-?posta adres\\p{L}{1,6}|e-?mail adres\\p{L}{1,6}|mail adres\\p{L}{1,6}|whats ?app numara\\p{L}{1,6}|ileti[şs]im bilgi\\p{L}{1,6}|(?:[öo]zel|ki[şs]isel) numara\\p{L}{1,6})';
/** The order: sipariş with its suffixes. */
const ORDER = '(?:sipari[şs]\\p{L}{0,8})';
/** Cancelling, said to the buyer (you-forms; the seller's "iptal edeceğiz" is not one). */
const CANCEL_YOU =
  '(?:iptal (?:edin|ediniz|edebilir misiniz|edebilir misin|edebilirsiniz|edebilirseniz|etseniz|etmenizi|etmeniz(?! gerek)|et(?=[ .,!?\\n])|eder misiniz|etmeyi (?:deneyin|unutmay)))';

/** A way of paying or a messenger named only to refuse it (refusals.ts). */
const REFUSALS: RefusalWords = {
  ways: ['havale\\p{L}{0,6}', 'eft\\p{L}{0,6}', 'nakit\\p{L}{0,6}', 'iban\\p{L}{0,6}', 'kap[ıi]da [öo]deme\\p{L}{0,4}', 'papara\\p{L}{0,6}', 'banka hesab\\p{L}{0,6}'],
  joiners: [',', ',? veya', ',? ya da', ',? ve', ',? ne de'],
  negations: ['ne', 'hiçbir', 'asla', 'olmadan'],
  refusals: ['kabul (?:etmiyoruz|edemiyoruz|edilmiyor|edilmez|etmemekteyiz)', 'teklif et\\p{L}*', 'sor(?:du|mu[şs])\\p{L}*', 'öner\\p{L}*', 'yaz(?:m[ıi][şs]|d[ıi])\\p{L}*', 'belirt(?:mi[şs]|ti)\\p{L}*', 'söyle(?:mi[şs]|di)\\p{L}*', 'istemiyoruz', 'istemeyiz', 'm[üu]mk[üu]n de[ğg]il', 'gerek yok', 'gerekmiyor', 'gerekmez', 'kullanm[ıi]yoruz', 'yapam[ıi]yoruz', 'yapm[ıi]yoruz', '\\p{L}+m[ıi]yoruz', '\\p{L}+m[ıi]yor', '\\p{L}+mez', '\\p{L}+maz', 'de[ğg]il', '\\p{L}+m[ae]y[ae]cek'],
  reported: ['sor(?:du|mu[şs]tu|mu[şs]|uyor)\\p{L}{0,8}', '(?:teklif|öner)\\p{L}{0,12}', '(?:sorunuz|sorunuzu|sorunuza|talebiniz|talebinizi)'],
  prepositions: ['ile'],
};
const OUTSIDE_AMAZON = 'amazon d[ıi][şs][ıi]nda(?:ki)?';

/** A discount code or a better price the buyer asked for, refused (refusals.ts refusedOffers). */
const OFFERS = ['indirim kod(?:u|unu|ları|larını)', 'indirim kuponu?', 'kupon(?:u|lar)?', 'promosyon kodu', 'indirim(?:i|ler)?', 'özel fiyat'];

export const tr: PhraseBook = {
  language: 'tr',
  name: 'Turkish',
  wordBoundaries: true,
  stopWords: [
    've', 'bir', 'bu', 'için', 'icin', 'ile', 'çok', 'cok', 'siz', 'sizin', 'sizi', 'biz', 'bizim', 'bize',
    'bizi', 'ama', 'veya', 'gibi', 'olarak', 'daha', 'kadar', 'sonra', 'önce', 'ancak', 'lütfen', 'lutfen',
    'teşekkür', 'teşekkürler', 'tesekkurler', 'tesekkur', 'ederiz', 'ederim', 'merhaba', 'sayın', 'siparişiniz',
    'siparişinizi', 'siparişinizin', 'siparisiniz', 'sipariş', 'siparis', 'ürün', 'ürünü', 'ürününüz', 'urun',
    'kargo', 'saygılarımızla', 'iyi', 'günler', 'bey', 'hanım', 'yok', 'değil', 'nasıl', 'olan', 'rica', 'misiniz',
    'mısınız', 'musunuz', 'değerli', 'eğer', 'hemen', 'tekrar', 'şu', 'çünkü', 'mı', 'mu', 'mü', 'ki', 'hiç',
    'tüm', 'ise', 'olursa', 'bilgi', 'sizinle', 'bizimle', 'maalesef',
    // Words of seller messages that only Turkish writes, so that a one-line message runs Turkish phrases.
    'yorum', 'yorumunuz', 'yorumunuzu', 'değerlendirme', 'değerlendirmenizi', 'hesabınızdan', 'numaralı', 'ekte', 'bugün', 'yarın',
    'gönderin', 'yazın', 'ücretsiz', 'indirim', 'paketiniz', 'kargoya', 'adresinizi', 'teslimat', 'bunu', 'edin',
  ],
  // A capital İ does not fold to i in a case-insensitive regex, so the words spell it out.
  importantTagWords: ['öneml[i\\u0130]', 'onemli', 'ac[i\\u0130]l', 'd[i\\u0130]kkat', 'öneml[i\\u0130] b[i\\u0130]lg[i\\u0130]', 'öneml[i\\u0130] duyuru'],

  promotion: {
    patterns: [
      '(?:indirim|kupon|promosyon|kampanya)\\s?kod\\p{L}{0,6}',
      '(?:% ?\\d{1,3}|\\d{1,3} ?%)(?:\'?\\p{L}{0,4})? (?:indirim\\p{L}{0,6}|daha ucuz|tasarruf)',
      // "Bir sonraki siparişinizde": a benefit on the next order (the locative and dative say so).
      '(?:bir sonraki|sonraki|gelecek|bir dahaki) (?:sipari[şs](?:inizde|inde|lerinizde|inize|e|te)|al[ıi][şs]veri[şs](?:inizde|inde|te|e|lerinizde))',
      'kampanyam[ıi]z\\p{L}{0,4}', '(?:yeni|[öo]zel|b[üu]y[üu]k|s[ıi]n[ıi]rl[ıi]) kampanya\\p{L}{0,4}', '(?:[öo]zel|s[ıi]n[ıi]rl[ıi]|ka[çc][ıi]r[ıi]lmayacak) f[ıi]rsat\\p{L}{0,4}',
      '(?:yaz|k[ıi][şs]|bahar|y[ıi]lba[şs][ıi]|sezon sonu|b[üu]y[üu]k|dev) indirim\\p{L}{0,4}', 'black ?friday', 'efsane cuma', 'bayram indirim\\p{L}{0,4}',
      'di[ğg]er [üu]r[üu]nlerimize', 'yeni [üu]r[üu]nlerimiz\\p{L}{0,4}', '(?:di[ğg]er|t[üu]m) [üu]r[üu]nlerimiz\\p{L}{0,4} (?:[\\p{L}\']+ ){0,3}(?:g[öo]z at|bak[ıi]n|incele|ke[şs]fed|ziyaret|g[öo]r[üu]n)\\p{L}{0,8}', '(?:yeni|bahar|yaz|k[ıi][şs]) koleksiyon\\p{L}{0,6}', 'koleksiyonumuz\\p{L}{0,4}',
      '(?:ma[ğg]azam[ıi]z|sayfam[ıi]z|vitrinimiz)\\p{L}{0,4} (?:[\\p{L}\']+ ){0,2}(?:ziyaret|g[öo]z at|u[ğg]ray|bak)\\p{L}{0,8}',
      '[üu]r[üu]nlerimize (?:[\\p{L}\']+ ){0,2}(?:g[öo]z at|bak)\\p{L}{0,8}',
      '(?:b[üu]lten\\p{L}{0,8}|e-?b[üu]lten\\p{L}{0,8})',
      '(?:bizi|sayfam[ıi]z[ıi]|hesab[ıi]m[ıi]z[ıi]) (?:[\\p{L}\']+ ){0,2}takip (?:edin|ediniz|edebilirsiniz|etmeyi unutmay\\p{L}{0,6}|edersen\\p{L}{0,3})',
      '(?:instagram|facebook|tiktok|youtube|twitter)(?:\'\\p{L}{1,5})? (?:hesab|sayfa|kanal)\\p{L}{0,8}',
      '(?:instagram|facebook|tiktok|youtube)(?:\'ta|\'da|\'tan|\'dan)',
      '[çc]ekili[şs]\\p{L}{0,6}', 'kazanma [şs]ans\\p{L}{0,4}', 'hediye kazan\\p{L}{0,8}',
      'kupon\\p{L}{0,4} (?:kazan|hediye|verilir|veriyoruz)\\p{L}{0,6}', '(?:arkada[şs]\\p{L}{0,10}|tan[ıi]d[ıi]k\\p{L}{0,10}) (?:[\\p{L}\']+ ){0,3}(?:tavsiye|[öo]ner)\\p{L}{0,10}', 'arkada[şs][ıi]n[ıi] getir', 'referans program\\p{L}{0,4}',
      // "Sizi tekrar bekleriz": come and buy again (questions awaited again are no promotion).
      '(?:sizi|sizleri) (?:[\\p{L}\']+ )?(?:tekrar|yine|yeniden) bekleriz', '(?:tekrar|yine|yeniden) (?:al[ıi][şs]veri[şs]|sipari[şs])\\p{L}{0,6} (?:[\\p{L}\']+ )?bekle(?:riz|yoruz)',
      'ilginizi [çc]ekebilir', 'bunlar[ıi] da be[ğg]enebilirsiniz', '[şs]unlar[ıi] da (?:be[ğg]enebilirsiniz|incele)',
      '(?:uyumlu|e[şs]le[şs]en|tamamlay[ıi]c[ıi]) (?:[\\p{L}\']+ )?(?:[üu]r[üu]nlerimiz|setimiz|modellerimiz)\\p{L}{0,4}',
      // "Bu arada aynı renkte yastıklarımız da var": other products offered in passing.
      '(?:ayr[ıi]ca|bu arada|ayn[ıi] renkte|ayn[ıi] desende|uyumlu|e[şs]le[şs]en) (?:[\\p{L}\']+ ){0,3}\\p{L}{2,15}(?:lar[ıi]m[ıi]z|lerimiz) (?:da|de) (?:var|mevcut|bulunuyor)',
      '(?:sadakat|vip|[üu]yelik) program\\p{L}{0,4}', 'vip m[üu][şs]teri\\p{L}{0,4}',
      'amazon (?:ma[ğg]azam[ıi]z|sayfam[ıi]z|vitrinimiz)\\p{L}{0,4}',
      // "Amazon'da markamızın adını, yani Cam Atölyesi'ni aratırsanız".
      'amazon\'?da (?:[\\p{L}\']+ ){0,2}(?:markam[ıi]z|ma[ğg]azam[ıi]z)\\p{L}{0,6}[^.!?\\n]{0,50}arat\\p{L}{0,8}',
      // A code and a percentage in words: "YATAK10 koduyla bizden yüzde on daha ucuza".
      '\\p{L}{2,12}\\d{1,3} (?:indirim )?kodu(?:yla|nu|nuzu| ile)',
      'y[üu]zde (?:\\d{1,3}|be[şs]|on|on be[şs]|yirmi|yirmi be[şs]|otuz) daha (?:ucuz|uygun)\\p{L}{0,3}',
      '(?:amazon\'da|amazon\'dan) (?:[\\p{L}\']+ ){0,3}(?:arat\\p{L}{0,6}|aray\\p{L}{0,6})',
      '(?:m[üu][şs]terilerimiz|al[ıi]c[ıi]lar) (?:[\\p{L}\']+ ){0,3}(?:genellikle|s[ıi]kl[ıi]kla|ayr[ıi]ca) (?:[\\p{L}\']+ ){0,2}(?:de |da )?(?:al[ıi]yor|tercih ediyor|sat[ıi]n al[ıi]yor)',
      '(?:[üu]cretsiz|bedava) kargo (?:[\\p{L}\']+ ){0,2}(?:bir sonraki|sonraki|gelecek)',
      // Referrals in other words: "çevrenize önerin", "önerinizle alışveriş yapan her arkadaşınız için".
      '[çc]evreniz\\p{L}{0,2} (?:[\\p{L}\']+ )?(?:[öo]ner|tavsiye)\\p{L}{0,6}', '(?:sizin |senin )?[öo]neri(?:niz|n)(?:le|den)', 'her (?:bir )?arkada[şs]\\p{L}{0,8} i[çc]in',
      // A new line, and a search on Amazon: "ipek yastık serimizi satışa çıkarıyoruz", "Amazon'da ... diye aratın".
      '\\p{L}{0,12}serimiz\\p{L}{0,4}', 'sat[ıi][şs]a [çc][ıi]kar\\p{L}{0,8}', 'amazon\'?da [^.!?\\n]{0,50}diye arat\\p{L}{0,8}',
      // A coupon code to type in: "HAKAN15 kodunu gir".
      '\\p{L}{2,12}\\d{1,3} kod\\p{L}{0,4} (?:gir|kullan|yaz|uygula)\\p{L}{0,6}', 'tekrar al[ıi][şs]veri[şs] yapars\\p{L}{0,4}',
      'fırsatlar[ıi]m[ıi]z\\p{L}{0,4}', 'herkesten [öo]nce',
    ],
    exceptions: [
      ...refusedOffers(REFUSALS, OFFERS),
      '(?:sat[ıi][şs] s[öo]zle[şs]mesi|sat[ıi][şs] ko[şs]ullar[ıi])',
      // A delay explained by a sales event is no invitation to it: "Efsane Cuma yoğunluğu nedeniyle".
      '(?:efsane cuma|black ?friday|prime day|kas[ıi]m indirimleri|bayram)\\p{L}{0,4} (?:[\\p{L}\']+ )?(?:yo[ğg]unlu[ğg]u\\p{L}{0,4}|nedeniyle|y[üu]z[üu]nden|sebebiyle|d[öo]nemi\\p{L}{0,4}|s[üu]resince)',
      // The item the buyer ordered comes from the new collection: a fact, not an offer.
      '(?:yeni|bahar|yaz|k[ıi][şs]) koleksiyon\\p{L}{0,6} (?:[\\p{L}\']+ ){0,2}(?:sipari[şs] etti[ğg]i\\p{L}{0,4}|ald[ıi][ğg][ıi]\\p{L}{0,4}|se[çc]ti[ğg]i\\p{L}{0,4})',
      // A percentage off this order for damage or a delay settles a problem; it is no discount on a future one.
      '(?:[çc]izi\\p{L}{1,6}|hasar\\p{L}{0,8}|kusur(?!suz)\\p{L}{0,6}|gecikme\\p{L}{0,6}|sorun(?!uz)\\p{L}{0,6}|ar[ıi]za\\p{L}{0,6}|eksik(?!siz)\\p{L}{0,6}|[öo]z[üu]r\\p{L}{0,8}|telafi\\p{L}{0,6}|tazmin\\p{L}{0,6}|k[ıi]smi iade\\p{L}{0,6}|fark[ıi] (?:amazon|iade)\\p{L}{0,8}|amazon [üu]zerinden)[^.!?\\n]{0,80}(?:% ?\\d{1,3}|\\d{1,3} ?%)(?:\'\\p{L}{0,4})? (?:indirim\\p{L}{0,6}|daha ucuz|tasarruf)', '(?:% ?\\d{1,3}|\\d{1,3} ?%)(?:\'\\p{L}{0,4})? (?:indirim\\p{L}{0,6}|daha ucuz|tasarruf)[^.!?\\n]{0,80}(?:[çc]izi\\p{L}{1,6}|hasar\\p{L}{0,8}|kusur(?!suz)\\p{L}{0,6}|gecikme\\p{L}{0,6}|sorun(?!uz)\\p{L}{0,6}|ar[ıi]za\\p{L}{0,6}|eksik(?!siz)\\p{L}{0,6}|[öo]z[üu]r\\p{L}{0,8}|telafi\\p{L}{0,6}|tazmin\\p{L}{0,6}|k[ıi]smi iade\\p{L}{0,6}|fark[ıi] (?:amazon|iade)\\p{L}{0,8}|amazon [üu]zerinden)',
    ],
  },

  reviewPositive: {
    patterns: [
      {
        pattern: `(?:olumlu|pozitif|iyi|g[üu]zel|harika|m[üu]kemmel|y[üu]ksek|tam|parlak|[öo]vg[üu] dolu) (?:bir )?(${REVIEW})`,
        replacement: '$1',
        label: 'reviewWithoutKind',
      },
      {
        pattern: '(?:5|be[şs]) y[ıi]ld[ıi]z\\p{L}{0,6}',
        replacement: 'değerlendirme',
        label: 'reviewWithoutRating',
      },
      'tam puan\\p{L}{0,4}', '(?:5|be[şs]) (?:[üu]zerinden|de) (?:5|be[şs])',
      // The top rating without the word "stars", word of mouth with a review, only the fully satisfied asked, what to write.
      'tam puan',
      'en yüksek puan',
      'bütün yıldızlar',
      'tüm yıldızlar',
      '(?:arkadaşlarınıza|ailenize|çevrenize) (?:\\p{L}+ ){0,3}(?:anlatın|önerin|tavsiye edin)[^.!?\\n]{0,80}(?:yorum|değerlendirme)',
      'sadece (?:\\p{L}+ ){0,2}(?:%100|tamamen|tam anlamıyla) memnun (?:kalan )?müşteri',
    ],
    exceptions: [
      `(?:olumlu|g[üu]zel|iyi|harika|nazik) (?:[\\p{L}']+ )?${REVIEW} (?:[\\p{L}']+ ){0,2}i[çc]in (?:[\\p{L}']+ )?te[şs]ekk[üu]r`,
      // The buyer's own review, already written ("güzel yorumunuz bizi çok sevindirdi").
      '(?:olumlu|pozitif|iyi|g[üu]zel|harika|m[üu]kemmel|nazik|tatl[ıi]) (?:yorum|de[ğg]erlendirme|geri ?bildirim|puan)(?:unuz|[üu]n[üu]z|[ıi]n[ıi]z|iniz|nuz|n[üu]z|niz|n[ıi]z|un|[ıi]n|in)\\p{L}{0,4}',
    ],
  },

  reviewConditional: {
    patterns: [
      // "Memnun kaldıysanız yorum bırakın", "beğendiyseniz 5 yıldız verin".
      `(?:memnun(?:san[ıi]z|san| kald[ıi]ysan[ıi]z| kald[ıi]ysan| kald[ıi]n[ıi]zsa| iseniz| olduysan[ıi]z| olursan[ıi]z)|be[ğg]endiysen[ıi]z|be[ğg]endiysen|be[ğg]endinizse|be[ğg]enirseniz|ho[şs]unuza gittiyse)[^.!?\\n]{0,80}${REVIEW}`,
      // "Olumsuz yorum yapmadan önce bize yazın": only the unhappy are held back.
      `(?:olumsuz|k[öo]t[üu]|d[üu][şs][üu]k|negatif|d[üu][şs][üu]k puanl[ıi]) (?:bir )?${REVIEW} (?:[\\p{L}']+ ){0,2}(?:yapmadan|b[ıi]rakmadan|vermeden|yazmadan|girmeden) (?:[öo]nce|evvel)`,
      `${REVIEW} (?:[\\p{L}']+ ){0,2}(?:yapmadan|b[ıi]rakmadan|vermeden|yazmadan|girmeden) (?:[öo]nce|evvel)`,
      '(?:de[ğg]erlendir|puanla|yorumla|oyla)(?:meden|madan) (?:[öo]nce|evvel)',
      '(?:l[üu]tfen )?(?:[öo]nce|ilk olarak|ilk [öo]nce) (?:bizimle ileti[şs]ime ge[çc]\\p{L}{0,6}|bize (?:yaz|ula[şs])\\p{L}{0,6})',
      '(?:memnun kalmad[ıi]ysan[ıi]z|memnun de[ğg]ilseniz|bir sorun (?:olursa|varsa)|bir [şs]ey ters giderse)[^.!?\\n]{0,60}(?:[öo]nce|ilk olarak|ilk [öo]nce)',
    ],
  },

  reviewIncentive: {
    patterns: [
      `${REVIEW}(?: \\p{L}+){0,3} kar[şs][ıi]l[ıi][ğg][ıi]nda`,
      `${REVIEW}[^.!?\\n]{0,60}(?:kar[şs][ıi]l[ıi][ğg][ıi]nda|kar[şs][ıi]s[ıi]nda|i[çc]in|sonra|ard[ıi]ndan|takdirde|halinde)[^.!?\\n]{0,50}${INCENTIVE}`,
      `${INCENTIVE}[^.!?\\n]{0,60}${REVIEW}\\p{L}{0,2} (?:[\\p{L}']+ ){0,2}(?:kar[şs][ıi]l[ıi][ğg][ıi]nda|kar[şs][ıi]s[ıi]nda|kar[şs][ıi]l[ıi][ğg][ıi])`,
      // "Amazon'da paylaşan herkese bir sürprizimiz var": a reward for whoever writes.
      '(?:amazon\'?da|[üu]r[üu]n sayfas[ıi]nda) (?:[\\p{L}\']+ ){0,3}(?:payla[şs]|yaz|anlat|yorum yap|de[ğg]erlendir)\\p{L}{0,3}(?:an|en) (?:herkese|her m[üu][şs]teri\\p{L}{0,6}|al[ıi]c[ıi]lara|m[üu][şs]terilerimize)[^.!?\\n]{0,60}',
      `(?:ekran g[öo]r[üu]nt[üu]s[üu]\\p{L}{0,4}|screenshot\\p{L}{0,4}|link\\p{L}{0,4}) (?:[\\p{L}']+ ){0,2}${REVIEW}`,
      `${REVIEW} (?:[\\p{L}']+ ){0,2}(?:ekran g[öo]r[üu]nt[üu]s[üu]\\p{L}{0,4}|screenshot\\p{L}{0,4})`,
      // Faster help or free products traded for a review: "once your review is up, we ship the part the same day", a tester club.
      'yorumunuz(?:u)? (?:\\p{L}+\'?\\p{L}* ){0,3}(?:yayınlandıktan sonra|yayınlandığında|yayınlanır yayınlanmaz|görünce|gördüğümüzde)',
      '(?:test|deneme) (?:kulübü|ekibi|grubu)',
      'karşılığında (?:\\p{L}+ ){0,3}(?:yorum|değerlendirme)',
    ],
  },

  reviewChange: {
    patterns: [
      `${REVIEW} (?:[\\p{L}']+ ){0,3}(?:kalk(?:ma|mas|sa|ar)\\p{L}{0,8}|g[üu]ncelle\\p{L}{0,12}|kald[ıi]r\\p{L}{0,12}|sil\\p{L}{1,12}|de[ğg]i[şs]tir\\p{L}{0,12}|d[üu]zelt\\p{L}{0,12}|y[üu]kselt\\p{L}{0,12}|art[ıi]r\\p{L}{0,12}|g[öo]zden ge[çc]ir\\p{L}{0,12}|geri [çc]ek\\p{L}{0,12}|d[üu]zenle\\p{L}{0,12}|revize)`,
      `(?:g[üu]ncellenme|kald[ıi]r[ıi]lma|silinme|de[ğg]i[şs]tirilme)\\p{L}{0,6} (?:[\\p{L}']+ ){0,2}${REVIEW}`,
      `${REVIEW}[^\\n]{0,80}?(?:art[ıi]k|bug[üu]nk[üu]) (?:[\\p{L}']+ ){0,3}(?:yans[ıi]tm[ıi]yor|yans[ıi]tmamaktad[ıi]r|ge[çc]erli de[ğg]il)`,
    ],
  },

  messenger: {
    patterns: [
      '(?:bizi|beni) (?:[\\p{L}\']+ ){0,2}(?:aray[ıi]n\\p{L}{0,2}|arayabilirsiniz|ara(?=[ .,!?\\n])|aray[ıi]n[ıi]z)',
      '(?:telefon|cep|gsm|whatsapp|destek) (?:numaram[ıi]z|numaram|hatt[ıi]m[ıi]z)\\p{L}{0,4}',
      'numaram[ıi]z(?:dan|a) (?:[\\p{L}\']+ )?(?:aray|ula[şs]|yaz|mesaj|whatsapp)\\p{L}{0,8}', '(?:m[üu][şs]teri hizmetleri|destek) hatt[ıi]m[ıi]z\\p{L}{0,4}',
      'sms (?:at|g[öo]nder)\\p{L}{0,8}',
      // An e-mail address written out: "magaza et gmail nokta com".
      '[\\p{L}\\p{N}][\\p{L}\\p{N}_-]{1,29}(?:\\.[\\p{L}\\p{N}_-]{1,29})? (?:et|at) [\\p{L}\\p{N}-]{2,30} nokta (?:com|net|org|tr)', 'telefonla (?:[\\p{L}\']+ )?(?:ula[şs]|ara|ileti[şs]im)\\p{L}{0,10}',
      'bize (?:[\\p{L}\']+ )?(?:telefondan|telefonla|e-?postayla|e-?posta ile|mail ile|mailden) (?:ula[şs]|yaz)\\p{L}{0,8}',
    ],
    exceptions: ['(?:kargo|kurye|nakliye|[üu]retici|servis)\\p{L}{0,8} (?:[\\p{L}\']+ ){0,2}(?:aray[ıi]n|arayabilirsiniz)',
      // A call refused: "telefonla aramamız da mümkün değil".
      '(?:telefon\\p{L}*|ara\\p{L}*) (?:\\p{L}+ ){0,3}(?:mümkün değil|gerekmiyor|gerek yok)',
    ],
  },

  optOut: {
    patterns: [
      'abonel(?:ik|i[ğg])\\p{L}{0,6} (?:[\\p{L}\']+ ){0,2}(?:iptal|sonland[ıi]r|[çc][ıi]k)\\p{L}{0,10}', 'abonelikten [çc][ıi]k\\p{L}{0,12}',
      '(?:listemizden|listeden|b[üu]ltenden) [çc][ıi]k\\p{L}{0,8}',
      '(?:mesaj|e-?posta|bildirim|ileti)\\p{L}{0,6} (?:[\\p{L}\']+ ){0,3}(?:almak|gelmesini) istemiyorsan[ıi]z',
      '(?:almak|gelmesini|g[öo]rmek) (?:istemiyorsan[ıi]z|istemezseniz|istemiyorsan|istemezsen)',
      '(?:bu t[üu]r|bu tip|b[öo]yle) (?:[\\p{L}\']+ )?(?:mesaj|e-?posta|bildirim|ileti)\\p{L}{0,6} (?:[\\p{L}\']+ ){0,2}(?:istemiyorsan[ıi]z|istemezseniz)',
      '["„“»]?(?:dur|stop|iptal)["”“«]? (?:yaz[ıi]n|yaz[ıi]p|yazman[ıi]z|yazarak|yaz[ıi]n[ıi]z|yazmaniz)',
      '(?:art[ıi]k )?(?:mesaj|e-?posta|bildirim)\\p{L}{0,6} (?:[\\p{L}\']+ ){0,2}(?:g[öo]ndermemizi|atmam[ıi]z[ıi]) istemiyorsan[ıi]z',
    ],
  },

  phoneWords: { patterns: spelledPhone({ words: ['altmış', 'altmis', 'yetmiş', 'yetmis', 'seksen', 'doksan', 'sıfır', 'sifir', 'sekiz', 'dokuz', 'yirmi', 'dört', 'dort', 'altı', 'alti', 'yedi', 'otuz', 'kırk', 'kirk', 'elli', 'bir', 'iki', 'beş', 'bes', 'yüz', 'yuz', 'üç', 'uc', 'on'] }) },
  messengerApps: {
    patterns: [
      '(?:whats ?app|telegram|signal|viber|wechat|messenger|bip)(?:\'(?:tan|dan|ten|den|a|e|ta|da|tan|\\p{L}{1,4}))? (?:[üu]zerinden|hatt\\p{L}{1,6}|numara\\p{L}{0,6}|grub\\p{L}{0,6}|dm|mesaj\\p{L}{0,6}|yaz\\p{L}{0,8}|ula[şs]\\p{L}{0,8}|ekle\\p{L}{0,8}|ileti[şs]im\\p{L}{0,6})',
      '(?:whats ?app|telegram|viber|wechat)(?:\'(?:tan|dan|ten|den|a|e))',
      '(?:instagram|facebook|tiktok)(?:\'(?:tan|dan|a|e))? (?:[\\p{L}\']+ )?(?:dm|[öo]zel mesaj\\p{L}{0,6}|mesaj\\p{L}{0,6})',
      '(?:dm|[öo]zelden) (?:at|yaz|g[öo]nder)\\p{L}{0,8}',
    ],
    exceptions: [
      ...refusedWays(REFUSALS),
      // The buyer's own question, reported ("WhatsApp'tan gönderip gönderemeyeceğinizi sormuşsunuz"), and a refusal.
      '(?:whats ?app|telegram|signal|viber|wechat|messenger|bip)[^.!?\\n]{0,100}sor(?:du|mu[şs]tu|mu[şs]|uyor)\\p{L}{0,8}',
      '(?:whats ?app|telegram|signal|viber|wechat|messenger|bip)(?:\'\\p{L}{1,4})? (?:[\\p{L}\']+ ){0,3}(?:kullanam[ıi]yoruz|kullanm[ıi]yoruz|kullanmıyoruz|yok(?:tur)?|kabul edem\\p{L}{0,6}|m[üu]mk[üu]n de[ğg]il)',
    ],
  },

  offAmazonSale: {
    patterns: [
      '(?:do[ğg]rudan|direkt|direk) (?:olarak )?(?:bizden|web sitemiz\\p{L}{0,6}|internet sitemiz\\p{L}{0,6}|ma[ğg]azam[ıi]z\\p{L}{0,6}|benden) (?:[\\p{L}\']+ ){0,3}(?:al|sat[ıi]n al|sipari[şs]|ucuz|uygun|temin)\\p{L}{0,10}',
      '(?:web sitemiz|internet sitemiz|kendi sitemiz|sitemiz|online ma[ğg]azam[ıi]z|kendi ma[ğg]azam[ıi]z|e-?ticaret sitemiz)\\p{L}{0,6} (?:[\\p{L}\']+ ){0,4}(?:sipari[şs]|sat[ıi]n al|al[ıi]n|al[ıi]rsan[ıi]z|daha ucuz|daha uygun|indirimli|ucuza)\\p{L}{0,8}',
      'amazon d[ıi][şs][ıi]nda', 'amazon\'?(?:u|un)? (?:aradan [çc][ıi]kar|atla|devre d[ıi][şs][ıi])\\p{L}{0,8}',
      // "yedek bıçakları Amazon'da satmıyoruz ... proforma fatura gönderelim".
      'amazon\'?da (?:[\\p{L}\']+ )?(?:satm[ıi]yoruz|sunmuyoruz|satışta değil)[^\\n]{0,160}(?:proforma|fatura g[öo]nder\\p{L}{0,4}|[öo]demeden sonra|havale|do[ğg]rudan (?:kargola|g[öo]nder|yolla))',
      'amazon komisyon\\p{L}{0,6}', 'amazon\'?dan daha (?:ucuz|uygun)\\p{L}{0,3}', 'amazon\'?a (?:[\\p{L}\']+ )?(?:komisyon|kesinti) (?:[\\p{L}\']+ )?[öo]deme\\p{L}{0,8}',
      'daha (?:ucuza|uyguna|ucuz|uygun) (?:[\\p{L}\']+ ){0,3}(?:bizden|sitemizden|do[ğg]rudan)',
      '(?:sonraki|gelecek|bir sonraki) sipari[şs]\\p{L}{0,6} (?:[\\p{L}\']+ ){0,3}(?:do[ğg]rudan|direkt|bize|telefonla|whatsapp)',
      // "dükkânımızdan da doğrudan alabilirsiniz"
      '(?:d[üu]kk[âa]n[ıi]m[ıi]z|ma[ğg]azam[ıi]z|at[öo]lyemiz|showroomumuz)\\p{L}{0,6} (?:[\\p{L}\']+ ){0,2}(?:do[ğg]rudan|direkt) (?:al|sat[ıi]n al|sipari[şs])\\p{L}{0,14}',
    ],
    exceptions: [
      ...refusedOutside(REFUSALS, OUTSIDE_AMAZON),
      'amazon d[ıi][şs][ıi]nda[^.!?\\n]{0,50}(?:yasak|m[üu]mk[üu]n de[ğg]il|\\p{L}{2,14}(?:am[ıi]yoruz|emiyoruz|amay[ıi]z|emeyiz)|kabul edem\\p{L}{0,6}|izin verilm\\p{L}{0,6}|olmaz)',
      '(?:asla|hi[çc]bir [şs]ekilde|kesinlikle) (?:[\\p{L}\']+ ){0,4}amazon d[ıi][şs][ıi]nda',
    ],
  },

  offAmazonPayment: {
    patterns: [
      'havale\\p{L}{0,6}', 'eft(?:\\p{L}{0,6})?', 'banka hesab[ıi]m[ıi]z\\p{L}{0,4}', 'hesab[ıi]m[ıi]za (?:[\\p{L}\']+ ){0,2}(?:yat[ıi]r|g[öo]nder|havale|[öo]de)\\p{L}{0,8}', 'hesap numaram\\p{L}{0,6}', 'iban\\p{L}{0,6}',
      'nakit\\p{L}{0,6}', 'kap[ıi]da [öo]deme\\p{L}{0,4}', 'elden [öo]deme\\p{L}{0,4}', 'paypal\\p{L}{0,6}', 'papara\\p{L}{0,6}',
      '(?:bize|bana|hesab[ıi]m[ıi]za) (?:[\\p{L}\']+ ){0,2}(?:[öo]deme(?:yi)? yap|para(?:y[ıi])? g[öo]nder|[üu]creti g[öo]nder|yat[ıi]r)\\p{L}{0,8}',
    ],
    exceptions: [
      ...refusedWays(REFUSALS),
      '(?:havale|eft|nakit|iban|paypal|kap[ıi]da [öo]deme)\\p{L}{0,6} (?:[\\p{L}\']+ ){0,5}(?:kabul (?:etmiyoruz|edemiyoruz|edilmiyor|edilmez)|istemiyoruz|yasak\\p{L}{0,4}|m[üu]mk[üu]n de[ğg]il|yapmay[ıi]n|gerekm(?:iyor|ez|emektedir)|gerek yok|ihtiyac[ıi]m[ıi]z yok)',
      // The buyer's own question, reported: "kapıda ödeme yapıp yapmayacağınızı sormuştunuz".
      '(?:havale|eft|nakit|iban|paypal|kap[ıi]da [öo]deme)[^.!?\\n]{0,100}sor(?:du|mu[şs]tu|mu[şs]|uyor)\\p{L}{0,8}',
      // Import duties paid to the carrier are not a payment to the seller.
      '(?:g[üu]mr[üu]k|vergi)\\p{L}{0,8}[^.!?\\n]{0,60}(?:nakit\\p{L}{0,6}|kap[ıi]da [öo]deme\\p{L}{0,4})',
      // Refunds go back through Amazon.
      'amazon hesab[ıi]n[ıi]z\\p{L}{0,4}',
      // No payment to the seller needed: "bize ayrıca ödeme yapmanız gerekmiyor".
      'bize (?:\\p{L}+ ){0,2}ödeme yapman\\p{L}* (?:[\\p{L}\\p{N}\'’-]+ ){0,6}(?:gerekmiyor|gerek yok|gerekmez)',
    ],
  },

  cancellationRequest: {
    patterns: [
      `${ORDER} (?:[\\p{L}']+ ){0,4}${CANCEL_YOU}`,
      `${ORDER} (?:[\\p{L}']+ ){0,3}geri [çc]ek(?:in|iniz|ebilir misiniz|ebilirsiniz|menizi|meniz|erseniz)`,
      `${ORDER} (?:[\\p{L}']+ ){0,3}vazge[çc](?:in|iniz|menizi|meniz|ebilir misiniz|ebilirsiniz|erseniz|mek i[çc]in)`,
      `${CANCEL_YOU} (?:[\\p{L}']+ ){0,2}(?:rica ederiz|rica ediyoruz|rica ederim|bekliyoruz|gerekiyor|gerekmektedir|laz[ıi]m)`,
      '(?:sizden|siz) (?:[\\p{L}\']+ ){0,4}iptal (?:etmenizi|etmeniz|edebilirsiniz|ederseniz|talebi)',
      // "İptal ederseniz seviniriz": a wish that the buyer cancels (a bare "if you cancel" may answer the buyer's question).
      'iptal ederseniz (?:[\\p{L}\']+ ){0,2}(?:sevinir|memnun olur|minnettar olur|iyi olur|daha iyi olur|daha h[ıi]zl[ıi] olur|harika olur)\\p{L}{0,6}',
      'iptal (?:talebi|iste[ğg]i|ba[şs]vurusu)\\p{L}{0,4} (?:[\\p{L}\']+ ){0,2}(?:olu[şs]turun\\p{L}{0,2}|olu[şs]turman[ıi]z\\p{L}{0,2}|olu[şs]turabilir\\p{L}{0,8}|g[öo]nderin\\p{L}{0,2}|g[öo]nderebilir\\p{L}{0,8}|g[öo]ndermeniz\\p{L}{0,2}|iletin\\p{L}{0,2}|bulunun\\p{L}{0,2}|bulunman[ıi]z\\p{L}{0,2}|bulunabilir\\p{L}{0,8}|a[çc][ıi]n\\p{L}{0,2}|a[çc]man[ıi]z\\p{L}{0,2}|yap[ıi]n\\p{L}{0,2}|yapman[ıi]z\\p{L}{0,2}|yapabilir\\p{L}{0,8})',
      '["„“»]?(?:iptal et|iptal talep et|iptal iste|sipari[şs]i iptal et|[üu]r[üu]nleri iptal et)["”“«]? (?:butonu|d[üu][ğg]mesi|se[çc]ene[ğg]i|linki)\\p{L}{0,4}',
      '(?:hesab[ıi]n[ıi]zdan|sipari[şs]lerim (?:sayfas[ıi]ndan|b[öo]l[üu]m[üu]nden)|siz(?:in)? taraf[ıi]n[ıi]zdan) (?:[\\p{L}\']+ ){0,3}iptal (?:edin|ediniz|edebilirsiniz|edilmesi|etmeniz|etmenizi|edebilir misiniz)',
    ],
    exceptions: [
      'iptal etmenize gerek', 'iptal (?:etmeyin|etmeyiniz|etmemenizi)', 'iptal etmeniz(?:e)? gerekmiyor',
    ],
  },

  placeholderWords: [
    'ad', 'adı', 'adi', 'isim', 'ismi', 'soyad', 'soyadı', 'alıcı', 'alici', 'müşteri', 'musteri', 'sipariş', 'siparis',
    'no', 'numara', 'numarası', 'numarasi', 'ürün', 'urun', 'mağaza', 'magaza', 'satıcı', 'satici', 'firma', 'tarih',
    'tarihi', 'teslimat', 'adres', 'adresi', 'takip', 'imza', 'buraya', 'yazın', 'tutar', 'fiyat',
  ],
  placeholderKinds: {
    other: ['ürün', 'urun', 'ürün adı', 'takip numarası', 'takip', 'kargo takip'],
    sellerName: ['satıcı', 'satici', 'mağaza', 'magaza', 'mağaza adı', 'firma', 'imza', 'adınız'],
    orderId: ['sipariş', 'siparis', 'sipariş no', 'sipariş numarası'],
    buyerName: ['alıcı', 'alici', 'müşteri', 'musteri', 'müşteri adı', 'ad', 'adı', 'isim', 'soyad', 'ad soyad'],
  },

  concepts: {
    satisfied: [
      '(?:memnun(?:san[ıi]z|san| kald[ıi]ysan[ıi]z| kald[ıi]ysan| kald[ıi]n[ıi]zsa| iseniz| olduysan[ıi]z| olursan[ıi]z| kal[ıi]rsan[ıi]z)|mutlu (?:olduysan[ıi]z|kald[ıi]ysan[ıi]z)|ho[şs]nut (?:kald[ıi]ysan[ıi]z|iseniz))',
      '(?:be[ğg]endiysen[ıi]z|be[ğg]endiysen|be[ğg]endinizse|be[ğg]enirseniz|be[ğg]endi[ğg]iniz takdirde|ho[şs]unuza gittiyse|i[şs]ini(?:zi)? g[öo]rd[üu]yse|g[üu]zelle[şs]tirdiyse|kolayla[şs]t[ıi]rd[ıi]ysa|sevindirdiyse|mutlu ettiyse|keyif verdiyse|be[ğg]eni kazand[ıi]ysa|i[şs]inize yarad[ıi]ysa|beklentilerinizi kar[şs][ıi]lad[ıi]ysa|beklentinizi kar[şs][ıi]lad[ıi]ysa|sizi memnun ettiyse|g[üu]l[üu]msettiyse)',
      '(?:e[ğg]er )?(?:her [şs]ey|[üu]r[üu]n) (?:[\\p{L}\']+ ){0,2}(?:yolundaysa|sorunsuzsa|iyiyse|istedi[ğg]iniz gibiyse|be[ğg]enildiyse)',
      '(?:memnun kald[ıi]n[ıi]z m[ıi]|memnun musunuz|memnun kald[ıi]n m[ıi]|be[ğg]endiniz mi|be[ğg]endin mi|ho[şs]unuza gitti mi|beklentilerinizi kar[şs][ıi]lad[ıi] m[ıi])',
      '(?:memnun kalmad[ıi]ysan[ıi]z|memnun de[ğg]ilseniz)[^.!?\\n]{0,40}(?:[öo]nce|ilk olarak)',
      '(?:hak etti[ğg]ini d[üu][şs][üu]n[üu]yorsan[ıi]z|hak etti[ğg]imizi d[üu][şs][üu]n[üu]yorsan[ıi]z)',
      // A good effect as the condition: "if the lamp made your evenings cozier".
      '(?:\\p{L}+ ){1,4}(?:güzelleştirdiyse|kolaylaştırdıysa|keyiflendirdiyse|sevindirdiyse)',
    ],
    reviewRef: [
      REVIEW,
      '(?:birka[çc]|iki|[üu][çc]) (?:[\\p{L}\']+ )?(?:c[üu]mle|kelime|s[öo]z)\\p{L}{0,6}',
      '(?:deneyim|tecr[üu]be|izlenim|d[üu][şs][üu]nce|g[öo]r[üu][şs])(?:ler)?(?:iniz|in)\\p{L}{0,4}',
      'di[ğg]er (?:m[üu][şs]terilere|al[ıi]c[ıi]lara|kullan[ıi]c[ıi]lara)', '[üu]r[üu]n sayfas[ıi]\\p{L}{0,4}',
      '(?:[üu]r[üu]n[üu]|bizi|ma[ğg]azam[ıi]z[ıi]|sat[ıi]c[ıi]y[ıi]|al[ıi][şs]veri[şs]inizi|sipari[şs]inizi) (?:[\\p{L}\']+ )?de[ğg]erlendir\\p{L}{0,12}',
    ],
    reviewAsk: [
      `${REVIEW} (?:[\\p{L}']+ ){0,2}${LEAVE}`,
      '(?:deneyim|tecr[üu]be|izlenim|d[üu][şs][üu]nce|g[öo]r[üu][şs])\\p{L}{0,10} (?:[\\p{L}\']+ ){0,3}payla[şs]\\p{L}{0,12}',
      '(?:[üu]r[üu]n[üu]|bizi|ma[ğg]azam[ıi]z[ıi]|sat[ıi]c[ıi]y[ıi]|al[ıi][şs]veri[şs]inizi|sipari[şs]inizi) (?:[\\p{L}\']+ )?de[ğg]erlendir(?:ir|ebilir|menizi|meniz|in|iniz|irseniz|ebilirseniz|mek|meyi|mene)\\p{L}{0,8}',
      `${REVIEW}(?: \\p{L}+){0,2} (?:bekliyoruz|bekleriz|rica ediyoruz|rica ederiz|rica ederim|sevinir\\p{L}{0,4}|memnun olur\\p{L}{0,4}|minnettar olur\\p{L}{0,4})`,
      'di[ğg]er (?:m[üu][şs]terilere|al[ıi]c[ıi]lara|kullan[ıi]c[ıi]lara) (?:[\\p{L}\']+ ){0,4}(?:anlat|yaz|payla[şs]|yard[ıi]mc[ıi])\\p{L}{0,10}',
      '(?:foto[ğg]raf|video|resim)\\p{L}{0,8}[^.!?\\n]{0,40}(?:[üu]r[üu]n sayfas[ıi]\\p{L}{0,4}|amazon\'?(?:a|da|ta))',
      // A few words on Amazon: a review in other words.
      'amazon\'?(?:da|ta) (?:birkaç|iki) (?:kelime|satır)',
    ],
    incentive: [
      INCENTIVE_WORDS,
      '(?!100 ?%|% ?100)(?:% ?\\d{1,3}|\\d{1,3} ?%)',
      '\\d{1,5}(?:[.,]\\d{2})? ?(?:tl|₺|lira)',
      'kar[şs][ıi]l[ıi][ğg][ıi]nda', 'te[şs]ekk[üu]r (?:olarak|mahiyetinde|hediyesi)', 'bizden (?:bir )?(?:hediye|s[üu]rpriz)', 'bizden olsun',
      'ek (?:garanti|[üu]r[üu]n|hediye)\\p{L}{0,4}', 'uzat[ıi]lm[ıi][şs] garanti',
      // Something given "as a thank-you" for the time a review takes.
      'teşekkür olarak',
      'teşekkür amacıyla',
      'hediye olarak',
      'ücretsiz',
    ],
    pressure: [
      '(?:ayakta|hayatta) kal\\p{L}{0,10}', '(?:kapan|kapat)(?:mak|abilir|ma|acak|abiliriz|may[ıi])\\p{L}{0,6}',
      '(?:k[üu][çc][üu]k|aile) (?:bir )?(?:aile )?(?:i[şs]letme|firma|d[üu]kkan|ma[ğg]aza)\\p{L}{0,6} (?:[\\p{L}\']+ ){0,4}(?:ba[ğg]l[ıi]|ihtiya[çc]|muhta[çc]|zor)\\p{L}{0,6}',
      // "Bizim için çok değerli" alone is a courtesy; vital importance or a small shop pleading is pressure.
      'bizim i[çc]in (?:[\\p{L}\']+ )?(?:hayati|ya[şs]amsal) (?:[\\p{L}\']+ )?(?:[öo]nemli|[öo]nem ta[şs][ıi]yor)',
      '(?:k[üu][çc][üu]k|aile) (?:bir )?(?:aile )?(?:i[şs]letme|firma|d[üu]kkan|ma[ğg]aza)\\p{L}{0,6}[^.!?\\n]{0,60}(?:[çc]ok [öo]nemli|hayati|b[üu]y[üu]k [öo]nem|[çc]ok de[ğg]erli|fark yarat)\\p{L}{0,4}',
      '(?:her|tek bir) (?:[\\p{L}\']+ )?(?:yorum|y[ıi]ld[ıi]z|puan|de[ğg]erlendirme)\\p{L}{0,4} (?:[\\p{L}\']+ ){0,3}(?:[öo]nemli|fark yarat[ıi]r|hayati)',
      '(?:deste[ğg]inize|yard[ıi]m[ıi]n[ıi]za|yorumunuza|yorumlara|de[ğg]erlendirmenize) (?:[\\p{L}\']+ )?(?:ihtiyac[ıi]m[ıi]z var|muhtac[ıi]z|ba[ğg]l[ıi]y[ıi]z)',
      '(?:l[üu]tfen )?(?:bize )?destek (?:olun|olur musunuz|olabilir misiniz|verin)',
      '(?:i[şs]im|i[şs]imiz|gelece[ğg]imiz|ekmek paras[ıi]|ge[çc]imimiz)\\p{L}{0,4} (?:[\\p{L}\']+ ){0,3}(?:ba[ğg]l[ıi]|tehlikede)',
      '(?:unutmay[ıi]n|unutmay[ıi]n[ıi]z|unutma)(?:[ıi]z)?',
      '(?:tekrar|yeniden|bir kez daha|son kez) (?:[\\p{L}\']+ ){0,2}hat[ıi]rlat\\p{L}{0,10}', 'son hat[ıi]rlatma',
      '(?:yorum|de[ğg]erlendirme|puan|deste[ğg])\\p{L}{0,10} ba[ğg]l[ıi]\\p{L}{0,4}', 'gelece[ğg]i\\p{L}{0,4} (?:[\\p{L}\']+ ){0,3}ba[ğg]l[ıi]\\p{L}{0,4}',
      '(?:h[âa]l[âa]|hala|ise) (?:[\\p{L}\']+ ){0,3}bekliyoruz',
      '(?:[çc]ok )?(?:[üu]z[üu]l[üu]r[üu]z|[üu]z[üu]l[üu]r[üu]m|hayal k[ıi]r[ıi]kl[ıi][ğg][ıi]na u[ğg]rar[ıi]z)',
      '(?:bizi )?(?:kurtar\\p{L}{0,8})',
    ],
    writeWhat: [
      '(?:belirtir|de[ğg]inir|vurgular|bahseder|s[öo]z eder) m[ıi]s[ıi]n(?:[ıi]z)?',
      '(?:bahsed|bahset|de[ğg]in|vurgula|belirt|s[öo]z ed|[öo]v)(?:in|iniz|ebilir misiniz|ebilirseniz|erseniz|irseniz|menizi|meniz|ersen|mesi|ebilirsin|yin|yiniz|yabilir misiniz|yabilirseniz|rsan[ıi]z|man[ıi]z[ıi])',
      '(?:[şs]u|[şs][öo]yle|a[şs]a[ğg][ıi]daki) (?:[\\p{L}\']+ )?(?:c[üu]mle|ifade|metin|s[öo]z|yaz[ıi])\\p{L}{0,6}', '[şs][öo]yle (?:bir [şs]ey )?yaz\\p{L}{0,10}',
      '(?:kopyala|yap[ıi][şs]t[ıi]r)\\p{L}{0,10}', 'ayn[ıi] (?:g[üu]zel |nazik )?(?:s[öo]zler|c[üu]mleler|kelimeler)\\p{L}{0,4}', 'gibi bir [şs]ey',
      '(?:oldu[ğg]unu|oldu[ğg]unuzu|geldi[ğg]ini) (?:[\\p{L}\']+ )?(?:yaz[ıi]n|yazabilir|yazarsan[ıi]z|yazman[ıi]z|belirt)\\p{L}{0,8}',
    ],
    contactAsk: [
      `${CONTACT} (?:[\\p{L}']+ ){0,2}(?:yolla|g[öo]nder|ver|yaz|ilet|at)(?:ır|ir|ar|er|r) m[ıi]s[ıi]n(?:[ıi]z)?`,
      `${CONTACT} (?:[\\p{L}']+ ){0,3}(?:payla[şs]|g[öo]nder|ilet|yaz|ver|bildir|b[ıi]rak)(?:ır m[ıi]s[ıi]n[ıi]z|ir misiniz|abilir misiniz|ebilir misiniz|[ıi]n|in|[ıi]n[ıi]z|iniz|[ıi]rsan[ıi]z|irseniz|man[ıi]z|meniz|man[ıi]z[ıi]|menizi|sen[ıi]z|san[ıi]z|ebilirseniz|abilirseniz)`,
      `${CONTACT} (?:nedir|ne(?=[ ?])|nedir\\s?\\?)`,
      `${CONTACT}(?:a|e|ya|ye|na|ne)? (?:[\\p{L}']+ )?ihtiyac[ıi]m[ıi]z (?:var|bulunmaktad[ıi]r)`,
      'hangi (?:numara|e-?posta|mail adresi)\\p{L}{0,6} (?:[\\p{L}\']+ ){0,3}(?:ula[şs]|ara|yaz|g[öo]nder)\\p{L}{0,10}',
    ],
    deliveryContext: [
      'kargo\\p{L}{0,8}', 'kurye\\p{L}{0,6}', 'teslimat\\p{L}{0,6}', 'teslim\\p{L}{0,8}', 'nakliye\\p{L}{0,6}', '[şs]of[öo]r\\p{L}{0,6}', 's[üu]r[üu]c[üu]\\p{L}{0,6}',
      '(?:aras|yurti[çc]i|mng|ptt|s[üu]rat|ups|dhl|hepsijet|trendyol express)', 'da[ğg][ıi]t[ıi]m\\p{L}{0,6}',
    ],
    feedbackNotice: [
      `${REVIEW} (?:[\\p{L}']+ ){0,3}(?:g[üu]ncelleyebilir|kald[ıi]rabilir|de[ğg]i[şs]tirebilir|silebilir)(?:siniz|sin)(?! mi)`,
      '(?:sorun\\p{L}{0,8}|[şs]ikayet\\p{L}{0,8}|talebiniz\\p{L}{0,4}|endi[şs]eleriniz\\p{L}{0,4}) (?:[\\p{L}\']+ ){0,2}(?:[çc][öo]zd[üu][ğg][üu]m[üu]z|[çc][öo]z[üu]ld[üu][ğg][üu]n|giderdi[ğg]imiz)\\p{L}{0,6}(?![^.!?\\n]{0,120}\\?)',
      '(?:g[üu]ncelleme|kald[ıi]rma) (?:imkan[ıi]n[ıi]z|se[çc]ene[ğg]iniz|olana[ğg][ıi]n[ıi]z) (?:bulunmaktad[ıi]r|var)',
    ],
    settlement: [
      'de[ğg]i[şs]im\\p{L}{0,6}', 'yenisini', 'yeni (?:bir )?(?:[üu]r[üu]n|par[çc]a|paket)\\p{L}{0,4}', '[öo]z[üu]r\\p{L}{0,8}', 'hasar\\p{L}{0,8}', 'kusur(?!suz)\\p{L}{0,6}',
      'ar[ıi]za\\p{L}{0,6}', 'eksik(?!siz)\\p{L}{0,6}', 'gecik\\p{L}{0,8}', 'sorun(?!s[uı]z|uz)\\p{L}{0,6}', 'problem\\p{L}{0,6}', '[şs]ikayet\\p{L}{0,6}', 'ma[ğg]duriyet\\p{L}{0,6}',
      'yanl[ıi][şs]\\p{L}{0,6}', 'k[ıi]r[ıi]k\\p{L}{0,4}', 'bozuk\\p{L}{0,4}', 'kay[ıi]p', 'iade s[üu]reci', 'rahats[ıi]zl[ıi]k',
    ],
  },

  amazonFeedbackNotice:
    'Sorunlarınızı çözdüğümüzden memnunsanız, başlangıçta verdiğiniz geri bildirimi buradan güncelleyebilir veya kaldırabilirsiniz.',

  courtesy: {
    thanks: [
      '(?:(?:[çc]ok |[çc]ok [çc]ok |tekrar |ayr[ıi]ca |i[çc]tenlikle )?te[şs]ekk[üu]r (?:ederiz|ederim|ediyoruz|ediyorum)|(?:[çc]ok )?te[şs]ekk[üu]rler|sa[ğg] ?olun)',
      '(?:sipari[şs]iniz|al[ıi][şs]veri[şs]iniz|tercihiniz|g[üu]veniniz|sabr[ıi]n[ıi]z|deste[ğg]iniz|ilginiz|sipari[şs]in)(?: \\p{L}+){0,2} i[çc]in (?:[\\p{L}\']+ )?te[şs]ekk[üu]r\\p{L}{0,8}',
      // "Siparişiniz ve bizi seçtiğiniz için teşekkür ederiz": anything thanked for.
      '(?:[\\p{L}\\p{N}\'-]+ ){0,6}i[çc]in (?:[\\p{L}\']+ )?te[şs]ekk[üu]r(?:ler| (?:ederiz|ederim|ediyoruz|ediyorum))',
      '(?:bizi|ma[ğg]azam[ıi]z[ıi]|bizden) (?:[\\p{L}\']+ )?(?:tercih etti[ğg]iniz|se[çc]ti[ğg]iniz|al[ıi][şs]veri[şs] yapt[ıi][ğg][ıi]n[ıi]z) i[çc]in (?:[\\p{L}\']+ )?te[şs]ekk[üu]r\\p{L}{0,8}',
      // Season's greetings alone say no more than thanks.
      'mutlu yıllar', 'iyi bayramlar', 'bayramınız kutlu olsun', '(?:ramazan|kurban) bayramınız',
      // Season's greetings alone say no more than thanks.
      'bayram\\p{L}* (?:\\p{L}+ ){0,4}kutlar\\p{L}*',
    ],
    padding: [
      '(?:merhaba|merhabalar|selam|selamlar|iyi g[üu]nler|g[üu]nayd[ıi]n|iyi ak[şs]amlar)(?: [\\p{L}\'-]{1,20}){0,2}(?: (?:bey|han[ıi]m))?',
      '(?:say[ıi]n|de[ğg]erli|sevgili)(?: [\\p{L}\'-]{1,20}){0,2}(?: (?:bey|han[ıi]m|m[üu][şs]terimiz))?',
      'de[ğg]erli m[üu][şs]terimiz', 'sayg[ıi]lar[ıi]m[ıi]zla', 'sayg[ıi]lar[ıi]mla', 'sayg[ıi]lar', 'sevgiler', 'sevgiyle', 'iyi g[üu]nler (?:dileriz|dilerim)', 'iyi g[üu]nler', 'iyi ak[şs]amlar', 'iyi haftalar',
      '(?:[\\p{L}\']+ )?(?:ekibi|ailesi|m[üu][şs]teri hizmetleri|destek ekibi)',
      '(?:[\\p{L}\']+ ){0,3}(?:iyi g[üu]nlerde kullan|keyifle kullan|g[üu]le g[üu]le kullan|sa[ğg]l[ıi]kla kullan)\\p{L}{0,12}(?: (?:dileriz|dilerim|diliyoruz))?',
      '(?:umar[ıi]z|umuyoruz|umar[ıi]m|diliyoruz|dileriz) [^.!?\\n]{0,80}\\s?\\??',
      // Turkish puts the wish last: "ürünü keyifle kullanmanızı umarız".
      '(?:[\\p{L}\']+ ){0,4}\\p{L}{1,20}(?:man[ıi]z[ıi]|meniz[ıi]|mas[ıi]n[ıi]|mesini|d[ıi][ğg][ıi]n[ıi]|di[ğg]ini|du[ğg]unu|d[üu][ğg][üu]n[üu]|t[ıi][ğg][ıi]n[ıi]|ti[ğg]ini|tu[ğg]unu) (?:umar[ıi]z|umuyoruz|umar[ıi]m|dileriz|diliyoruz)(?: [^.!?\\n]{1,80})?\\s?\\??',
      '(?:[çc]ok )?(?:mutluyuz|sevindik|memnunuz|gururluyuz)[^.!?\\n]{0,60}',
      '(?:[\\p{L}\']+ ){0,6}bizi (?:[çc]ok )?(?:mutlu (?:ediyor|etti|eder)|sevindiriyor|sevindirdi)',
      '(?:keyifli|g[üu]zel|iyi|mutlu|huzurlu|ne[şs]eli) (?:[\\p{L}\']+ )?(?:ak[şs]amlar|g[üu]nler|haftalar|hafta sonlar[ıi]|kullan[ıi]mlar|yolculuklar) (?:dileriz|dilerim|diliyoruz)',
      'g[üu]le g[üu]le (?:kullan|giy|otur)\\p{L}{0,6}', 'kendine iyi bak\\p{L}{0,3}', 'kendinize iyi bak[ıi]n', 'sevgilerimizle', 'sevgilerle', 'ben \\p{L}+,?',
      'memnuniyetiniz (?:[\\p{L}\']+ ){0,2}(?:[öo]nceli[ğg]imizdir|[öo]nemlidir|[çc]ok [öo]nemli)',
      '(?:benim ad[ıi]m|ad[ıi]m) \\p{L}+(?: \\p{L}+)?', 'g[üu]zel haber:?', 'bilginize:?',
      '(?:herhangi bir )?(?:sorunuz|sorular[ıi]n[ıi]z|talebiniz)\\p{L}{0,4} (?:olursa|olmas[ıi] durumunda|i[çc]in)[^.!?\\n]{0,60}',
      // The seller's small business introduced: warmth, no purpose.
      'küçük bir aile (?:işletmesi|şirketi)(?:yiz|yiz)?', 'her sipariş bizim için (?:çok )?(?:değerli|anlamlı|önemli)',
    ],
    confirmation: [
      '(?:sipari[şs]iniz|sipari[şs]in|kargonuz|paketiniz|[üu]r[üu]n[üu]n[üu]z)(?: \\d{3}-\\d{7}-\\d{7})? (?:[\\p{L}\']+ ){0,2}(?:kargoya verildi|kargoya verilmi[şs]tir|kargoya teslim edildi|yola [çc][ıi]kt[ıi]|g[öo]nderildi|g[öo]nderilmi[şs]tir|haz[ıi]rland[ıi]|paketlendi|onayland[ıi]|yolda)\\p{L}{0,4}',
      '(?:sipari[şs]inizi|[üu]r[üu]n[üu]n[üu]z[üu]|paketinizi) (?:[\\p{L}\']+ ){0,2}(?:kargoya verdik|g[öo]nderdik|paketledik|yola [çc][ıi]kard[ıi]k)',
      '(?:sipari[şs]inizin|sipari[şs]iniz) (?:[\\p{L}\']+ ){0,3}(?:al[ıi]nd[ıi][ğg][ıi]n[ıi]|onayland[ıi][ğg][ıi]n[ıi]|haz[ıi]rlanmaya ba[şs]land[ıi][ğg][ıi]n[ıi]|kargoya verildi[ğg]ini)[^.!?\\n]{0,60}',
      '(?:kargo )?takip (?:numaran[ıi]z|numaras[ıi]|kodu|linki|ba[ğg]lant[ıi]s[ıi])\\p{L}{0,4}:?', 'tahmini teslim(?:at)?(?: tarihi)?:?[^.!?\\n]{0,40}',
      '(?:sipari[şs]inizin|paketinizin|kargonuzun) (?:[\\p{L}\']+ ){0,2}(?:kargoya (?:teslim )?verildi[ğg]ini|kargoya teslim edildi[ğg]ini|g[öo]nderildi[ğg]ini|yola [çc][ıi]kt[ıi][ğg][ıi]n[ıi])(?: (?:bildiririz|bildirmek isteriz|haber veririz))?',
      'paketinizi (?:[\\p{L}\\p{N}\'-]+ ){0,4}(?:izleyebilirsiniz|takip edebilirsiniz)',
      '(?:yar[ıi]n|bug[üu]n|[öo]b[üu]r g[üu]n|\\d{1,2} (?:i[şs] )?g[üu]n i[çc]inde) (?:[\\p{L}\']+ ){0,3}(?:elinizde olmas[ıi]|ula[şs]mas[ıi]|teslim edilmesi)(?: bekleniyor| gerekiyor)?',
    ],
    signOffs: ['sevgilerimizle', 'sevgilerle', 'sayg[ıi]lar[ıi]m[ıi]zla', 'sayg[ıi]lar[ıi]mla', 'sayg[ıi]lar', 'sevgiler', 'iyi g[üu]nler'],
    checkIns: [
      `(?:${ORDER}|kargonuz|paketiniz|[üu]r[üu]n[üu]n[üu]z|[üu]r[üu]n) (?:[\\p{L}']+ ){0,3}(?:ula[şs]t[ıi] m[ıi]|geldi mi|eline ge[çc]ti mi|elinize ula[şs]t[ıi] m[ıi]|teslim edildi mi)\\s?\\??`,
      '(?:umar[ıi]m|umar[ıi]z|umuyoruz) (?:[\\p{L}\']+ ){0,3}(?:ula[şs]m[ıi][şs]t[ıi]r|gelmi[şs]tir|elinize ge[çc]mi[şs]tir|eline ge[çc]mi[şs]tir)\\s?\\??',
      '(?:[\\p{L}\\p{N}\'-]+ ){0,8}(?:ula[şs]t[ıi][ğg][ıi]ndan|geldi[ğg]inden|ula[şs]t[ıi][ğg][ıi]n[ıi]|geldi[ğg]ini)[^.!?\\n]{0,80}(?:emin olmak|kontrol etmek|sormak|[öo][ğg]renmek) (?:istedik|istedim|istiyoruz)',
      '(?:teslim ald[ıi]n[ıi]z m[ıi]|elinize ula[şs]t[ıi] m[ıi]|sorunsuz (?:[\\p{L}\']+ ){0,2}ula[şs]t[ıi] m[ıi])\\s?\\??',
      '(?:her [şs]ey|hersey) (?:yolunda|g[üu]zel|tamam) m[ıi]\\s?\\??',
      '(?:nas[ıi]l buldunuz|nas[ıi]l gidiyor|i[şs]inizi g[öo]r[üu]yor mu)\\s?\\??',
      '(?:ula[şs]t[ıi][ğg][ıi]n[ıi]|geldi[ğg]ini|ula[şs]mas[ıi]n[ıi]) (?:[\\p{L}\']+ )?(?:umuyoruz|umar[ıi]z|kontrol etmek istedik|sormak istedik)',
      '(?:ula[şs][ıi]p ula[şs]mad[ıi][ğg][ıi]n[ıi]|gelip gelmedi[ğg]ini|ula[şs]t[ıi][ğg][ıi]n[ıi]|sorunsuz ula[şs]t[ıi][ğg][ıi]n[ıi]) (?:[\\p{L}\']+ )?(?:sormak|kontrol etmek|[öo][ğg]renmek|teyit etmek) (?:istedik|istedim|istiyoruz|istemi[şs]tik)',
      '(?:kargo|kurye|\\p{L}+ kargo) (?:[\\p{L}\']+ ){0,2}(?:teslim edildi|teslim edilmi[şs]) (?:olarak )?(?:g[öo]r[üu]n[üu]yor|g[öo]steriyor|i[şs]aretledi)',
      // Whether it arrived without a problem: the check-in itself.
      '(?:sorunsuz|hasars[ıi]z|sa[ğg]lam) (?:bir [şs]ekilde )?(?:ula[şs][ıi]p ula[şs]mad[ıi][ğg][ıi]n[ıi]|ula[şs]t[ıi][ğg][ıi]n[ıi]|geldi[ğg]ini)[^.!?\\n]{0,40}(?:merak ettik|sormak istedik|[öo][ğg]renmek istedik)',
    ],
    helpOffers: [
      '(?:her zaman|7/24|daima) (?:[\\p{L}\']+ )?(?:buraday[ıi]z|yan[ıi]n[ıi]zday[ıi]z|hizmetinizdeyiz)', 'buraday[ıi]z', 'hizmetinizdeyiz',
      'yard[ıi]mc[ıi] olmaktan (?:[\\p{L}\']+ )?(?:mutluluk|memnuniyet|keyif) duyar[ıi]z',
      '(?:herhangi bir (?:[şs]eye |konuda |[şs]ey )?|her t[üu]rl[üu] )?(?:sorunuz|sorular[ıi]n[ıi]z|ihtiyac[ıi]n[ıi]z|talebiniz)\\p{L}{0,4} (?:olursa|olmas[ıi] durumunda|i[çc]in)[^.!?\\n]{0,60}',
      'yard[ıi]mc[ıi] olmaktan (?:[\\p{L}\']+ ){0,2}(?:mutluluk|memnuniyet|keyif) duyar[ıi]z',
      '(?:[çc]ekinmeden|[çc]ekinmeyin|tereddüt etmeden|diledi[ğg]iniz zaman|her zaman) (?:[\\p{L}\']+ ){0,3}(?:yaz[ıi]n|yazabilirsiniz|ula[şs][ıi]n|ula[şs]abilirsiniz|ileti[şs]ime ge[çc]ebilirsiniz)\\p{L}{0,4}',
      '(?:bundan sonra|bug[üu]nden itibaren|art[ıi]k) (?:[\\p{L}\']+ ){0,2}(?:ki[şs]isel|[öo]zel) (?:[\\p{L}\']+ )?(?:sorumlunuz|temsilciniz|dan[ıi][şs]man[ıi]n[ıi]z|asistan[ıi]n[ıi]z)(?:[ıi]m|um|yum)?',
      '(?:sizin )?(?:ki[şs]isel|[öo]zel) (?:destek |m[üu][şs]teri )?(?:sorumlunuz|temsilciniz|dan[ıi][şs]man[ıi]n[ıi]z)\\p{L}{0,4}',
      // Help offered for whenever the buyer needs it.
      'herhangi bir sorunuz olursa', 'her zaman buradayız',
      // Help offered for whenever the buyer needs it.
      'bundan sonra (?:\\p{L}+ ){0,2}temsilciniz', 'ne zaman isterseniz (?:\\p{L}+ ){0,3}yazabilirsiniz', 'yard[ıi]ma haz[ıi]r[ıi]z',
    ],
    purpose: [
      'maalesef', 'ne yaz[ıi]k ki', '[öo]z[üu]r\\p{L}{0,8}', 'hasar\\p{L}{0,8}', 'kusur(?!suz)\\p{L}{0,6}', 'ar[ıi]za\\p{L}{0,6}', 'eksik(?!siz)\\p{L}{0,6}', 'yanl[ıi][şs]\\p{L}{0,6}',
      'sorun(?!s[uı]z|uz)\\p{L}{0,6}', 'problem\\p{L}{0,6}', 'gecik\\p{L}{0,8}', 'stok\\p{L}{0,6}', 'iade\\p{L}{0,6}', 'de[ğg]i[şs]im\\p{L}{0,6}', 'fatura\\p{L}{0,6}',
      'k[ıi]lavuz\\p{L}{0,6}', 'garanti\\p{L}{0,6}', 'ekte', 'ek(?:\'?te| olarak)', 'adres\\p{L}{0,6}', 'randevu\\p{L}{0,6}', 'grav[üu]r\\p{L}{0,6}',
      'ki[şs]iselle[şs]tir\\p{L}{0,8}', 'tasar[ıi]m\\p{L}{0,6}', 'onay\\p{L}{0,8}', 'iptal\\p{L}{0,6}', 'rica ederiz', 'rica ediyoruz', 'rica ederim',
      'yorum\\p{L}{0,8}', 'de[ğg]erlendirme\\p{L}{0,8}', 'foto[ğg]raf\\p{L}{0,6}', '[öo]l[çc][üu]\\p{L}{0,6}', 'montaj\\p{L}{0,6}', 'kurulum\\p{L}{0,6}',
      'g[üu]mr[üu]k\\p{L}{0,6}', 'g[üu]venlik\\p{L}{0,6}', 'geri [çc]a[ğg][ıi]r\\p{L}{0,6}', 'ihtiyac[ıi]m[ıi]z var', '(?:g[öo]nderir|bildirir|onaylar|payla[şs][ıi]r|yazar) m[ıi]s[ıi]n[ıi]z',
      'nedeniyle', 'dolay[ıi]s[ıi]yla', 'y[üu]z[üu]nden', 'ancak', 'ilk kullan[ıi]m\\p{L}{0,6}', 'unutmay[ıi]n\\p{L}{0,2}', 'dikkat', '[öo]neri\\p{L}{0,4}', 'gerekir', 'gereklidir',
      // Instructions for the item (what to do before use) are a purpose of their own.
      'lütfen dikkat', 'kullanmadan önce',
    ],
  },

  topics: {
    address: [
      'adres\\p{L}{0,8}', 'posta kodu\\p{L}{0,4}', 'sokak\\p{L}{0,4}', 'sok\\.', 'cadde\\p{L}{0,4}', 'mahalle\\p{L}{0,4}', 'daire\\p{L}{0,4}', 'kap[ıi] (?:numaras|no)\\p{L}{0,4}',
      'bina\\p{L}{0,6}', 'apartman\\p{L}{0,4}', 'teslim edilemedi', 'teslim edilemiyor', 'al[ıi]c[ıi] bulunamad[ıi]', 'g[öo]ndericiye iade', 'il[çc]e\\p{L}{0,4}',
      'blok\\p{L}{0,4}', 'kat(?:ta|[ıi]nda|[ıi])?', 'semt\\p{L}{0,4}', 'bulunamad\\p{L}{0,4}', 'geri (?:d[öo]nd[üu]|geldi|g[öo]nderildi)', 'yanl[ıi][şs] (?:adres|il[çc]e|posta)\\p{L}{0,4}',
      'ta[şs][ıi]n\\p{L}{1,5}', '[şs]ube\\p{L}{0,4}', 'teslimat noktas\\p{L}{1,4}', 'zil\\p{L}{0,3}', 'kap[ıi]c[ıi]\\p{L}{0,3}', 'kom[şs]u\\p{L}{0,5}',
    ],
    deliveryScheduling: [
      'teslimat (?:tarih|saat|g[üu]n|randevu|zaman)\\p{L}{0,6}', 'randevu\\p{L}{0,6}', 'saat aral[ıi][ğg][ıi]\\p{L}{0,4}', 'hangi g[üu]n\\p{L}{0,4}', '[öo][ğg]leden (?:[öo]nce|sonra)',
      'nakliye\\p{L}{0,6}', 'montaj\\p{L}{0,6}', 'kurulum\\p{L}{0,6}', 'asans[öo]r\\p{L}{0,4}', 'merdiven\\p{L}{0,4}', 'palet\\p{L}{0,4}', 'uygun (?:bir )?(?:g[üu]n|saat|zaman)\\p{L}{0,4}',
      'pazartesi\\p{L}{0,4}', 'sal[ıi] g[üu]n\\p{L}{0,4}', '[çc]ar[şs]amba\\p{L}{0,4}', 'per[şs]embe\\p{L}{0,4}', 'cuma(?:rtesi)?\\p{L}{0,4}', 'sabah\\p{L}{0,4}', 'ak[şs]am\\p{L}{0,4}',
      'evde olaca\\p{L}{1,6}', 'evde bulun\\p{L}{1,8}', 'saat \\d{1,2}',
    ],
    delivery: ['kurye\\p{L}{0,6}', 'kargo\\p{L}{0,8}', 'teslim\\p{L}{0,8}', '[şs]of[öo]r\\p{L}{0,6}', 's[üu]r[üu]c[üu]\\p{L}{0,6}', 'evde'],
    customization: [
      'grav[üu]r\\p{L}{0,6}', 'kaz[ıi]n\\p{L}{0,6}', 'kaz[ıi]ma\\p{L}{0,4}', 'isim bask[ıi]\\p{L}{0,4}', 'ki[şs]iselle[şs]tir\\p{L}{0,8}', 'ki[şs]iye [öo]zel', '[öo]zel tasar[ıi]m\\p{L}{0,4}',
      'tasar[ıi]m\\p{L}{0,6}', 'bask[ıi]\\p{L}{0,4}', 'yaz[ıi] tipi\\p{L}{0,4}', 'font\\p{L}{0,4}', 'yaz[ıi]m\\p{L}{0,4}', 'nak[ıi][şs]\\p{L}{0,4}', 'logo\\p{L}{0,4}', '[öo]l[çc][üu]\\p{L}{0,6}',
      '[öo]nizleme\\p{L}{0,4}', 'metin\\p{L}{0,4}', 'ba[şs] harf\\p{L}{0,6}', 'isim\\p{L}{0,4}', 'desen\\p{L}{0,4}', 'motif\\p{L}{0,4}', 'dosya\\p{L}{0,4}',
      'foto[ğg]raf\\p{L}{0,6}', 'g[öo]rsel\\p{L}{0,4}', 'onay\\p{L}{0,6}', 'lazer\\p{L}{0,4}', '[öo]zel sipari[şs]\\p{L}{0,4}', 'sipari[şs] [üu]zerine', 'yaz[ıi]\\p{L}{0,4}', 'yaz[ıi]l\\p{L}{0,6}', '(?:b[üu]y[üu]k|k[üu][çc][üu]k) harf\\p{L}{0,4}', 'renk\\p{L}{0,6}',
    ],
    review: [REVIEW_STRICT],
    problem: [
      // A spare only the seller has, a failed delivery, a jammed zip, a repair.
      'yede[ğgk]\\p{L}{0,8}', 'bulunmad[ıi][ğg][ıi]ndan', '\\p{L}{2,14}(?:emedi|amad[ıi])\\p{L}{0,3}', '[çc]al[ıi][şs]m[ıi]yor\\p{L}{0,4}', 's[ıi]k[ıi][şs]\\p{L}{0,8}', 'onar\\p{L}{0,8}', 'tamir\\p{L}{0,8}', 'diki[şs]\\p{L}{0,6}',
      'maalesef', 'ne yaz[ıi]k ki', '[öo]z[üu]r\\p{L}{0,8}', 'hasar\\p{L}{0,8}', 'k[ıi]r[ıi]l\\p{L}{0,6}', 'k[ıi]r[ıi]k\\p{L}{0,4}', '[çc]izi\\p{L}{1,6}', 'kusur(?!suz)\\p{L}{0,6}', 'ar[ıi]za\\p{L}{0,6}',
      'bozuk\\p{L}{0,4}', '[çc]al[ıi][şs]m[ıi]yor', 'eksik(?!siz)\\p{L}{0,6}', 'yanl[ıi][şs]\\p{L}{0,6}', 'gecik\\p{L}{0,8}', 'stok\\p{L}{0,6}', 't[üu]kendi', 'kay[ıi]p', 'kaybol\\p{L}{0,6}',
      'geri [çc]a[ğg][ıi]r\\p{L}{0,6}', 'g[üu]venlik\\p{L}{0,6}', 'sorun(?!s[uı]z|uz)\\p{L}{0,6}', 'problem\\p{L}{0,6}', 'iade\\p{L}{0,6}', 'de[ğg]i[şs]im\\p{L}{0,6}', 'grev\\p{L}{0,4}',
      'hava ko[şs]ullar\\p{L}{0,4}', 'f[ıi]rt[ıi]na\\p{L}{0,4}', 'kar ya[ğg][ıi][şs]\\p{L}{0,4}', 'a[şs][ıi]r[ıi] [ıi]s[ıi]n\\p{L}{0,6}', 's[ıi]z[ıi]nt[ıi]\\p{L}{0,4}', 'iptal\\p{L}{0,6}',
      'g[üu]mr[üu]k\\p{L}{0,6}', 'ertelen\\p{L}{0,6}', '[üu]zg[üu]n[üu]z', 'kusura bakma\\p{L}{0,4}', '\\p{L}{2,12}(?:am[ıi]yoruz|emiyoruz)', 'tedarik\\p{L}{0,6}',
      '[üu]retici\\p{L}{0,4}', 'durdur\\p{L}{0,6}', 'e[ğg]ri(?:l\\p{L}{0,6})?', 'fark ettik', '[öo]tele\\p{L}{0,6}', 'de[ğg]i[şs]tir\\p{L}{0,8}', 'bozul\\p{L}{0,6}', 'aksakl[ıi]k\\p{L}{0,4}', 'hata\\p{L}{0,4}', 'ula[şs]mad[ıi]', 'gelmedi', 'uyar[ıi]\\p{L}{0,4}', 'tehlike\\p{L}{0,4}', '[şs]ikayet\\p{L}{0,6}', 'tak[ıi]l(?:d[ıi]|m[ıi][şs]|[ıi] kald[ıi])\\p{L}{0,4}',
      'hareket (?:yok|olmazsa|g[öo]rm[üu]yor)', 'ikinci (?:bir )?paket\\p{L}{0,4}', 'bekliyor',
    ],
  },
};
