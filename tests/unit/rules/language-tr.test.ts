/**
 * Turkish phrase data (lib/rules/phrases/tr.ts): for every rule that Turkish phrases feed, cases
 * that must be found and near-misses that must not, in the registers sellers write (the polite
 * siz, the familiar sen, text typed without Turkish letters).
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../lib/rules/index.ts';
import { runRuleTable } from './tester.ts';

const order = '406-1234567-1234567';

runRuleTable('tr: review-positive', 'review-positive', {
  valid: [
    "Vaktiniz olursa Amazon'da bir değerlendirme bırakmanızı rica ederiz.",
    'Güzel yorumunuz için çok teşekkür ederiz! Eksik vidayı yarın gönderiyoruz.',
    'Kutuda beş adet yedek vida bulunuyor.',
  ],
  invalid: [
    {
      text: "Lütfen Amazon'da olumlu bir yorum bırakın.",
      errors: [{ ruleId: 'review-positive', actual: 'olumlu bir yorum' }],
      output: "Lütfen Amazon'da yorum bırakın.",
    },
    { text: 'Bize 5 yıldız verirseniz çok seviniriz.', errors: [{ ruleId: 'review-positive' }] },
    { text: 'Ürünü tam puanla değerlendirmenizi bekliyoruz.', errors: [{ ruleId: 'review-positive' }] },
  ],
});

runRuleTable('tr: review-conditional', 'review-conditional', {
  valid: [
    "Vaktiniz olursa Amazon'da ürünle ilgili deneyiminizi paylaşmanızı rica ederiz.",
    'Rengi beğenmediyseniz battaniyeyi değiştiririz. Dürüst bir değerlendirme bırakırsanız seviniriz.',
    'Gravür yazı tipini beğendiniz mi? Onayınızı cuma gününe kadar bekliyoruz.',
  ],
  invalid: [
    { text: 'Ürünümüzden memnun kaldıysanız lütfen bir yorum bırakın.', errors: [{ ruleId: 'review-conditional' }] },
    { text: "Kupayı beğendin mi? O zaman Amazon'a bir yorum yaz!", errors: [{ ruleId: 'review-conditional' }] },
    { text: 'Ürün beklentilerinizi karşıladıysa birkaç cümleyle değerlendirmenizi rica ederiz.', errors: [{ ruleId: 'review-conditional' }] },
    { text: 'Olumsuz yorum yapmadan önce lütfen bizimle iletişime geçin.', errors: [{ ruleId: 'review-conditional' }] },
  ],
});

runRuleTable('tr: review-incentive', 'review-incentive', {
  valid: [
    'Yenisini ücretsiz gönderiyoruz, yaşanan sorun için özür dileriz. Bir değerlendirme bırakırsanız seviniriz.',
    'Çizik tabla için ücretin %20’sini iade ettik.',
  ],
  invalid: [
    { text: 'Yorumunuz karşılığında size 50 TL hediye çeki göndereceğiz.', errors: [{ ruleId: 'review-incentive' }] },
    { text: 'Değerlendirme yaptıktan sonra bir sonraki siparişiniz için %10 indirim kazanırsınız.', errors: [{ ruleId: 'review-incentive' }] },
    { text: "Deneyimini Amazon'da paylaşan herkese bizden ücretsiz bir kupa hediye.", errors: [{ ruleId: 'review-incentive' }] },
  ],
});

runRuleTable('tr: review-pressure', 'review-pressure', {
  valid: [
    'Biz küçük bir aile işletmesiyiz ve her kupayı elde boyuyoruz. Bir değerlendirme bırakırsanız seviniriz.',
    'Her dürüst değerlendirme diğer alıcıların seçim yapmasına yardımcı olur.',
    "Görüşleriniz bizim için çok değerli. Vaktiniz olursa Amazon'da bir değerlendirme bırakın.",
  ],
  invalid: [
    { text: 'Yorumlarınız olmadan küçük dükkanımız ayakta kalamaz.', errors: [{ ruleId: 'review-pressure' }] },
    { text: 'Değerlendirmeniz bizim için çok önemli, lütfen bize destek olun.', errors: [{ ruleId: 'review-pressure' }] },
    { text: 'Yorum yapmayı unutmayın!', errors: [{ ruleId: 'review-pressure' }] },
  ],
});

runRuleTable('tr: review-instruction', 'review-instruction', {
  valid: [
    'Yorumunuzda belirttiğiniz gibi kutu ezik gelmiş; yenisini gönderiyoruz.',
    'Kaç sandalyeye daha ihtiyacınız olduğunu bize yazın.',
  ],
  invalid: [
    { text: 'Yorumunuzda hızlı kargodan bahsederseniz çok seviniriz.', errors: [{ ruleId: 'review-instruction' }] },
    { text: 'Mesajınızdaki aynı güzel sözleri yorumunuza kopyalayabilirsiniz.', errors: [{ ruleId: 'review-instruction' }] },
  ],
});

runRuleTable('tr: review-change', 'review-change', {
  valid: [
    'Yorumunuzu okuduk ve ambalajı güçlendirdik.',
    'Teslimat adresinizi Amazon hesabınızdan değiştirebilirsiniz.',
    'Sorunlarınızı çözdüğümüzden memnunsanız, başlangıçta verdiğiniz geri bildirimi buradan güncelleyebilir veya kaldırabilirsiniz.',
  ],
  invalid: [
    { text: 'Sorun çözüldüğüne göre olumsuz yorumunuzu kaldırabilir misiniz?', errors: [{ ruleId: 'review-change' }] },
    { text: 'Puanınızı güncellemenizi rica ediyoruz.', errors: [{ ruleId: 'review-change' }] },
    { text: 'Değerlendirmeni değiştirir misin?', errors: [{ ruleId: 'review-change' }] },
  ],
});

runRuleTable('tr: contact-request', 'contact-request', {
  valid: [
    'Siparişteki telefon numaranız güncel mi? Kurye teslimattan önce arayacak.',
    'Lütfen cihazın etiketindeki seri numarasını bize gönderin.',
    'Nakliye firmasının şoförü için telefon numaranızı teyit eder misiniz?',
  ],
  invalid: [
    { text: 'Teknisyenimizin sizi araması için telefon numaranızı paylaşır mısınız?', errors: [{ ruleId: 'contact-request' }] },
    { text: 'Kılavuzu gönderebilmemiz için e-posta adresinizi yazın.', errors: [{ ruleId: 'contact-request' }] },
    { text: 'Cep telefonu numaranız nedir?', errors: [{ ruleId: 'contact-request' }] },
  ],
});

runRuleTable('tr: messenger-contact', 'messenger-contact', {
  valid: ['Teslimatla ilgili bir sorun olursa kargo firmasını arayabilirsiniz.', 'Fatura üzerindeki vergi numaramız doğrudur.'],
  invalid: [
    { text: 'Daha hızlı çözüm için bizi telefonla arayın.', errors: [{ ruleId: 'messenger-contact' }] },
    { text: 'Destek hattımızdan bize her zaman ulaşabilirsiniz.', errors: [{ ruleId: 'messenger-contact' }] },
  ],
});

runRuleTable('tr: messenger-app', 'messenger-app', {
  valid: ['Fotoğrafları buradan, Amazon mesajları üzerinden gönderebilirsiniz.'],
  invalid: [
    { text: "Fotoğrafları WhatsApp'tan atarsanız daha hızlı döneriz.", errors: [{ ruleId: 'messenger-app' }] },
    { text: 'Bize WhatsApp üzerinden yazabilirsiniz.', errors: [{ ruleId: 'messenger-app' }] },
  ],
});

runRuleTable('tr: off-amazon-sale', 'off-amazon-sale', {
  valid: [
    'İkinci sandalyeyi Amazon dışında satamıyoruz.',
    'Kurulum videosu üreticinin sayfasında da var.',
    'Sorularınızı doğrudan bize bu mesajla yazabilirsiniz.',
  ],
  invalid: [
    { text: 'Bir dahaki sefere doğrudan bizden satın alın.', errors: [{ ruleId: 'off-amazon-sale' }] },
    { text: "Web sitemizden sipariş verirseniz Amazon'dan daha ucuza gönderiyoruz.", errors: [{ ruleId: 'off-amazon-sale' }] },
    { text: 'İkinci koltuğu Amazon dışında size daha ucuza da satabiliriz.', errors: [{ ruleId: 'off-amazon-sale', actual: 'Amazon dışında' }] },
  ],
});

runRuleTable('tr: off-amazon-payment', 'off-amazon-payment', {
  valid: ['Havale ile ödeme kabul etmiyoruz; tüm ödemeler Amazon üzerinden yapılır.', 'Gümrük vergisi teslimatta kargo görevlisine nakit ödenir.'],
  invalid: [
    { text: 'Ücreti IBAN numaramıza havale ile göndermeniz yeterli.', errors: [{ ruleId: 'off-amazon-payment' }, { ruleId: 'off-amazon-payment' }] },
    { text: 'İsterseniz kapıda ödeme ile de gönderebiliriz.', errors: [{ ruleId: 'off-amazon-payment' }] },
  ],
});

runRuleTable('tr: cancellation-request', 'cancellation-request', {
  valid: [
    'Dilerseniz siparişinizi iptal edip ücretin tamamını iade edebiliriz.',
    'Lütfen siparişi iptal etmeyin, yeni paket yola çıktı.',
    'Siparişi iptal etmenize gerek yok, eksik parçayı gönderiyoruz.',
  ],
  invalid: [
    { text: 'Lütfen siparişinizi hesabınızdan iptal edin.', errors: [{ ruleId: 'cancellation-request' }] },
    { text: 'Ürün stokta kalmadı, siparişi iptal edebilir misiniz?', errors: [{ ruleId: 'cancellation-request' }] },
    { text: 'Siparişlerim bölümünden bir iptal talebi oluşturmanızı rica ederiz.', errors: [{ ruleId: 'cancellation-request' }] },
  ],
});

runRuleTable('tr: opt-out', 'opt-out', {
  valid: ['Koşu bandı durursa kumandadaki "STOP" tuşuna basın.', 'Bu ürünü kullanmayı bırakın ve prize takmayın.'],
  invalid: [
    { text: 'Bu tür mesajlar almak istemiyorsanız "DUR" yazmanız yeterli.', errors: [{ ruleId: 'opt-out' }, { ruleId: 'opt-out' }] },
    { text: 'Dilediğiniz zaman abonelikten çıkabilirsiniz.', errors: [{ ruleId: 'opt-out' }] },
  ],
});

runRuleTable('tr: promotion', 'promotion', {
  valid: [
    'Ekrandaki E4 hata kodu filtrenin tıkandığını gösterir.',
    'Sigorta şirketiniz için satış faturasını ekte gönderiyoruz.',
    "Çizik için ücretin %15'ini kısmi iade olarak ödedik.",
    'Tüm ürünlerimiz CE belgelidir.',
    'Tabladaki çizik için ücretten %15 indirim yapabiliriz; iadeyi Amazon üzerinden yapacağız.',
  ],
  invalid: [
    { text: 'YAZ10 indirim kodu ile bir sonraki siparişinizde %10 indirim kazanın.', errors: [{ ruleId: 'promotion' }, { ruleId: 'promotion' }, { ruleId: 'promotion' }] },
    { text: 'Diğer ürünlerimize göz atmak için mağazamızı ziyaret edin.', errors: [{ ruleId: 'promotion' }, { ruleId: 'promotion' }] },
    { text: "Instagram'da bizi takip edin!", errors: [{ ruleId: 'promotion' }, { ruleId: 'promotion' }] },
  ],
});

runRuleTable('tr: help-only', 'help-only', {
  valid: ['Merhaba, ben kişisel temsilcinizim. Maalesef kolide bir vida eksik çıktı, bugün gönderiyoruz. Saygılarımızla'],
  invalid: [
    { text: 'Merhaba, bundan sonra kişisel destek sorumlunuzum. Herhangi bir sorunuz olursa çekinmeden yazın. Saygılarımla, Ayşe', errors: [{ ruleId: 'help-only' }] },
  ],
});

runRuleTable('tr: delivery-check-in', 'delivery-check-in', {
  valid: ['Merhaba, kargo teslim edildi görünüyor ama paket size ulaşmadı mı? Hemen şikayet kaydı açalım. Saygılarımızla'],
  invalid: [
    { text: `Merhaba, ${order} numaralı siparişiniz elinize ulaştı mı? Saygılarımızla`, errors: [{ ruleId: 'delivery-check-in' }] },
    { text: 'Selam, her şey yolunda mı? Sevgiler, Elif', errors: [{ ruleId: 'delivery-check-in' }] },
  ],
});

runRuleTable('tr: thank-you-only', 'thank-you-only', {
  valid: [`${order} numaralı siparişiniz için teşekkür ederiz. Nakış için hangi iplik rengini tercih edersiniz?`],
  invalid: [
    { text: 'Merhaba, bizi tercih ettiğiniz için çok teşekkür ederiz. Battaniyenizi iyi günlerde kullanın! Saygılarımızla, Keten Atölye Ekibi', errors: [{ ruleId: 'thank-you-only' }] },
  ],
});

runRuleTable('tr: placeholder', 'placeholder', {
  valid: [
    { text: 'Gravür metni: [Ayşe & Can 2021]. Yazım doğru mu?', options: { asSent: true } },
    { text: 'Merhaba {buyerName}, faturanız ektedir.', options: { asSent: false } },
  ],
  invalid: [
    { text: 'Merhaba [Müşteri Adı], faturanız ektedir.', options: { asSent: true }, errors: [{ ruleId: 'placeholder', actual: '[Müşteri Adı]' }] },
    { text: '{sipariş_no} numaralı siparişinizin faturası ekte.', options: { asSent: true }, errors: [{ ruleId: 'placeholder' }] },
  ],
});

runRuleTable('tr: critical-reason-misuse', 'critical-reason-misuse', {
  valid: [
    {
      text: `Merhaba,\n\nmaalesef ${order} numaralı siparişinizdeki ayna kargoda kırılmış. Bugün yenisini gönderiyoruz.\n\nSaygılarımızla`,
      options: { contactReason: 'unexpected-problem' },
    },
    {
      text: `Merhaba,\n\n${order} numaralı siparişinizdeki kanepeyi nakliye firması getirecek. Salı günü 9 ile 12 arası size uygun mu?\n\nSaygılarımızla`,
      options: { contactReason: 'delivery-scheduling' },
    },
    {
      text: `Merhaba,\n\n${order} numaralı siparişinizdeki tabelanın tasarımı ekte. Onayınızı alınca gravüre başlayacağız.\n\nSaygılarımızla`,
      options: { contactReason: 'customization' },
    },
    {
      text: `Merhaba,\n\n${order} numaralı siparişinizin paketi bize geri döndü: adreste daire numarası eksik. Tam adresinizi yazar mısınız?\n\nSaygılarımızla`,
      options: { contactReason: 'address-issue' },
    },
  ],
  invalid: [
    {
      text: `Merhaba,\n\n${order} numaralı siparişinizdeki termosun işinizi gördüğünü umuyoruz. Amazon'da bir değerlendirme bırakmanızı rica ederiz.\n\nSaygılarımızla`,
      options: { contactReason: 'address-issue' },
      errors: [{ ruleId: 'critical-reason-misuse' }],
    },
    {
      text: 'Merhaba,\n\nalışverişiniz için teşekkür ederiz, iyi günler dileriz.\n\nSaygılarımızla',
      options: { contactReason: 'delivery-scheduling' },
      errors: [{ ruleId: 'critical-reason-misuse' }],
    },
  ],
});

runRuleTable('tr: important-tag', 'important-tag', {
  valid: ['Önemli: ilk kullanımdan önce koruyucu filmi çıkarın.'],
  invalid: [
    { text: 'Teslimat adresiniz', subject: '[ÖNEMLİ] Siparişiniz', errors: [{ ruleId: 'important-tag', field: 'subject' }] },
    { text: '(Acil) Lütfen baskı metnini onaylayın.', errors: [{ ruleId: 'important-tag' }] },
  ],
});

// Wordings found while probing for general phrasing, with their near-misses.
runRuleTable('tr: review-pressure (a future tied to reviews)', 'review-pressure', {
  valid: ['Mağazamızın geleceği için yeni depomuzu açtık; siparişiniz artık daha hızlı gelecek.'],
  invalid: [{ text: 'Merhaba, mağazamızın geleceği sizin yorumlarınıza bağlı. Saygılarımızla', errors: [{ ruleId: 'review-pressure' }] }],
});

runRuleTable('tr: cancellation-request (iptal ederseniz)', 'cancellation-request', {
  valid: ['Siparişi iptal ederseniz ücretin tamamı Amazon tarafından iade edilir.'],
  invalid: [
    { text: 'Siparişi iptal ederseniz çok seviniriz.', errors: [{ ruleId: 'cancellation-request' }] },
    { text: 'Ürünü gönderemiyoruz, bu yüzden siparişten vazgeçmenizi rica ediyoruz.', errors: [{ ruleId: 'cancellation-request' }] },
  ],
});

runRuleTable('tr: delivery-check-in (umarım ulaşmıştır)', 'delivery-check-in', {
  valid: ['Merhaba, umarım paketiniz ulaşmıştır? Kargo firması kolinin ezildiğini bildirdi, bir fotoğraf gönderir misiniz? Saygılarımla'],
  invalid: [{ text: 'Merhaba Ebru Hanım, umarım paketiniz sağlam ulaşmıştır? Saygılarımla', errors: [{ ruleId: 'delivery-check-in' }] }],
});

runRuleTable('tr: review manipulation in indirect wordings', 'review-manipulation', {
  valid: [
    "Memnun kalsanız da kalmasanız da Amazon'da dürüst bir değerlendirme bırakırsanız seviniriz.",
    'Güzel yorumunuz bizi çok sevindirdi. Eksik vidayı bugün gönderiyoruz.',
  ],
  invalid: [
    { text: "Lamba salonunuzda işinizi gördüyse bunu Amazon'da diğer alıcılara anlatır mısınız?", errors: [{ category: 'review-manipulation' }] },
    { text: "Ürün fotoğrafını Amazon'da paylaşan herkese küçük bir sürprizimiz var.", errors: [{ category: 'review-manipulation' }] },
    { text: "Bizi Amazon'da değerlendirmeden önce bir sorun varsa bize yazın.", errors: [{ category: 'review-manipulation' }] },
  ],
});

runRuleTable('tr: cancellation-request (indirect)', 'cancellation-request', {
  valid: ['Beklemek istemezseniz yazmanız yeterli, siparişi biz iptal ederiz.'],
  invalid: [
    { text: 'Siparişi geri çekebilir misiniz? Biz maalesef gönderemiyoruz.', errors: [{ ruleId: 'cancellation-request' }] },
    { text: 'Sipariş ayrıntılarında "İptal talep et" düğmesine tıklayın lütfen.', errors: [{ ruleId: 'cancellation-request' }] },
  ],
});

describe('tr: detectLanguage tells Turkish from its neighbours in short messages', () => {
  const cases: [string, string][] = [
    ['Merhaba, paketiniz yolda ve perşembe günü size ulaşacak.', 'tr'],
    ['Lütfen adresinizi teyit edin, kurye binayı bulamıyor.', 'tr'],
    ['Merhaba, siparisiniz icin tesekkurler, lutfen adresi kontrol edin.', 'tr'],
    ['Hasarın bir fotoğrafını gönderir misiniz? Size hemen yenisini yollayalım.', 'tr'],
    // Neighbours: German (many Turkish sellers write to amazon.de buyers), English, Polish.
    ['Vielen Dank für Ihre Bestellung, das Paket kommt am Donnerstag.', 'de'],
    ['Dzień dobry, paczka jest już w drodze i dotrze w czwartek.', 'pl'],
    ['Hello, your parcel is on its way and will arrive on Thursday.', 'en'],
  ];
  for (const [text, language] of cases) {
    it(`${JSON.stringify(text.slice(0, 30))} -> ${language}`, () => {
      expect(detectLanguage(text)).toBe(language);
    });
  }
});
