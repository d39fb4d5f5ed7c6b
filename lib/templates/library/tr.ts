/**
 * Turkish templates, in the polite siz form that Turkish shops use with customers. Plain text;
 * {tokens} are placeholders (see ../placeholders.ts).
 */
import type { LocaleLibrary } from '../types.ts';
import { lines } from './text.ts';

const SIGN_OFF = ['Saygılarımızla', '{sellerName}'];

export const tr: LocaleLibrary = {
  'address-problem': {
    title: 'Teslimat adresiyle ilgili sorun',
    body: lines(
      'Merhaba {buyerName},',
      '',
      '{orderId} numaralı siparişinizi gönderime hazırlıyoruz, ancak kargo firması teslimat adresinizi doğrulayamıyor. Adres eksik görünüyor; örneğin daire numarası yazılmamış olabilir.',
      '',
      '"{productName}" ürününün size sorunsuz ulaşması için lütfen bu mesajı tam adresinizle yanıtlayın veya siparişteki adresin doğru olduğunu kısaca teyit edin.',
      '',
      'Yanıtınızı alana kadar gönderimi bekletiyoruz.',
      '',
      ...SIGN_OFF,
    ),
  },
  'information-needed': {
    title: 'Siparişiniz için gereken bilgi',
    body: lines(
      'Merhaba {buyerName},',
      '',
      '{orderId} numaralı siparişiniz için teşekkür ederiz. "{productName}" ürününü göndermeden önce sizden bir bilgiye daha ihtiyacımız var:',
      '',
      '{requestedInformation}',
      '',
      'Bu mesajı yanıtlamanız yeterli. Bilgi bize ulaşır ulaşmaz siparişinizi gönderime hazırlayacağız.',
      '',
      ...SIGN_OFF,
    ),
  },
  'customization-confirmation': {
    title: 'Kişiselleştirme ayrıntılarının onayı',
    body: lines(
      'Merhaba {buyerName},',
      '',
      '{orderId} numaralı siparişiniz için teşekkür ederiz. "{productName}" ürününü sizin için hazırlamadan önce kişiselleştirme ayrıntılarını sizinle teyit etmek istiyoruz. Elimizdeki bilgiler şöyle:',
      '',
      '{customizationDetails}',
      '',
      'Lütfen yazımı, boşlukları ve tarihleri dikkatle kontrol edin; ardından her şeyin doğru olduğunu onaylayın veya düzeltilmiş bilgileri bize gönderin. Yanıtınızı aldığımızda üretime başlayacağız.',
      '',
      ...SIGN_OFF,
    ),
  },
  'delivery-scheduling': {
    title: 'Teslimat randevusu',
    body: lines(
      'Merhaba {buyerName},',
      '',
      '{orderId} numaralı siparişinizdeki "{productName}" büyük hacimli bir ürün olduğu için bir nakliye firması tarafından teslim edilecek ve teslimat gününü sizinle birlikte belirlememiz gerekiyor. En erken teslimat tarihi {deliveryDate}.',
      '',
      'Lütfen teslimatı hangi günlerde ve hangi saat aralıklarında alabileceğinizi, ayrıca şoförün bilmesi gereken bir durum olup olmadığını (merdiven, dar bir giriş veya park yeri sıkıntısı gibi) bize yazın. Seçtiğiniz zamanı nakliye firmasına iletiriz.',
      '',
      ...SIGN_OFF,
    ),
  },
  'delay-or-problem': {
    title: 'Siparişinizde gecikme',
    body: lines(
      'Merhaba {buyerName},',
      '',
      'Maalesef {orderId} numaralı siparişiniz beklenmeyen bir sorun nedeniyle gecikecek: "{productName}" ürününü planlandığı gibi gönderemiyoruz. Şu anki bilgilere göre ürün {deliveryDate} tarihine kadar elinizde olacak.',
      '',
      'Bu kadar beklemek istemezseniz lütfen bu mesajı yanıtlayın, siparişi sizin için biz iptal edelim. Beklemeyi tercih ederseniz hiçbir şey yapmanıza gerek yok.',
      '',
      'Yaşattığımız aksaklık için özür dileriz.',
      '',
      ...SIGN_OFF,
    ),
  },
  'return-question': {
    title: 'İadenizle ilgili bir soru',
    body: lines(
      'Merhaba {buyerName},',
      '',
      '{orderId} numaralı siparişinizdeki "{productName}" için iade talebinizi aldık. Talebi en kısa sürede sonuçlandırabilmek için iade nedeni hakkında biraz daha bilgi almak istiyoruz.',
      '',
      'Ürün hasarlı geldiyse veya çalışmıyorsa, sorunun kısa bir açıklaması ve bir fotoğrafı bize çok yardımcı olur. Belki o zaman ürünü geri göndermenize gerek kalmadan yedek parça gönderebilir veya sorunu çözebiliriz.',
      '',
      ...SIGN_OFF,
    ),
  },
  invoice: {
    title: 'Siparişinizin faturası',
    body: lines(
      'Merhaba {buyerName},',
      '',
      '{orderId} numaralı siparişinizdeki "{productName}" ürününün faturası ekte yer almaktadır.',
      '',
      'Faturada bir değişiklik gerekiyorsa (örneğin şirket unvanı veya vergi numarası), lütfen doğru bilgilerle bu mesajı yanıtlayın. Size düzeltilmiş bir fatura göndereceğiz.',
      '',
      ...SIGN_OFF,
    ),
  },
  'warranty-instructions': {
    title: 'Garanti bilgileri',
    body: lines(
      'Merhaba {buyerName},',
      '',
      '{orderId} numaralı siparişinizdeki "{productName}" garantilidir. Garanti koşullarını ve kullanım kılavuzunu, gerektiğinde elinizin altında olması için bu mesaja ekledik.',
      '',
      'Garanti süresi içinde bir arıza olursa lütfen Amazon\'daki "Siparişlerim" bölümünden sorunun kısa bir açıklamasını ve mümkünse bir fotoğrafını içeren bir mesaj gönderin. Onarım veya değişim için gerekeni yapacağız.',
      '',
      ...SIGN_OFF,
    ),
  },
  'review-request': {
    title: 'Değerlendirme isteği',
    body: lines(
      'Merhaba {buyerName},',
      '',
      '{orderId} numaralı siparişinizdeki "{productName}" ürününün size sorunsuz ulaştığını umuyoruz.',
      '',
      'Vaktiniz olursa, ürünle ilgili deneyiminizi Amazon\'da bir değerlendirmeyle paylaşmanızdan memnuniyet duyarız. Bunu "Siparişlerim" bölümünden kolayca yapabilirsiniz. Değerlendirmeler diğer alıcıların karar vermesine yardımcı olur.',
      '',
      ...SIGN_OFF,
    ),
  },
};
