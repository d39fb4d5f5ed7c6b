/**
 * Turkish, in the words of Seller Central (amazon.com.tr): Alıcı-Satıcı Mesajlaşma, iletişim nedeni.
 * The seller is addressed with the polite siz (seçin, kaldırın), as Turkish software does.
 */
import type { MessageCatalog } from './types.ts';

const KEEP_IN_MESSAGING = 'yazışmayı Alıcı-Satıcı Mesajlaşma üzerinden sürdürün.';

export const tr: MessageCatalog = {
  rules: {
    'important-tag': {
      title: '"[Important]" etiketi',
      why: 'Amazon, alıcının mesaj almama tercihini aşmak için "[Important]" ekleme seçeneğini kaldırdı; iletişim nedeni siparişin tamamlanması için kritik olan mesajlar zaten teslim edilir.',
      messages: {
        tag:
          '"{actual}": Amazon "[Important]" seçeneğini kaldırdı: etiket artık alıcının mesaj almama tercihini aşmıyor ve mesajın engellenmesine yol açabilir. ' +
          'Mesaj siparişin tamamlanması için kritikse bunun yerine uygun iletişim nedenini seçin (ürün kişiselleştirme, teslimat planlama ' +
          'veya teslimat adresiyle ilgili bir sorun): bu mesajlar, mesaj almak istemeyen alıcılara da teslim edilir.',
      },
    },
    promotion: {
      title: 'Pazarlama ve tanıtım',
      why: 'Alıcı-Satıcı Mesajlaşma pazarlama için kullanılamaz: kupon, indirim, başka ürünler, bülten, tavsiye programı veya sosyal medya bağlantısı olmaz.',
      messages: {
        phrase: '"{actual}" tanıtım amaçlıdır: Alıcı-Satıcı Mesajlaşma pazarlama, kupon veya başka ürünler için kullanılamaz.',
      },
    },
    'review-positive': {
      title: 'Olumlu değerlendirme isteme',
      why: 'Değerlendirme isteği tarafsız olmalıdır: olumlu veya 5 yıldızlı değerlendirme istemek ya da alıcıya ne yazacağını söylemek yasaktır.',
      messages: {
        phrase: '"{actual}" alıcıyı olumlu bir değerlendirmeye yönlendiriyor: tarafsız isteyin ("bir değerlendirme bırakın") ya da hiç istemeyin.',
      },
    },
    'review-conditional': {
      title: 'Koşullu değerlendirme isteği',
      why: 'Yalnızca memnun alıcılardan değerlendirme istemek ("memnun değilseniz önce bize yazın") yasaktır.',
      messages: {
        phrase: '"{actual}" yalnızca alıcı memnunsa değerlendirme istiyor: her alıcıya aynı şekilde sorulmalıdır.',
      },
    },
    'review-incentive': {
      title: 'Değerlendirme karşılığında teşvik',
      why: 'Değerlendirme karşılığında para, iade, hediye kartı, ücretsiz veya indirimli ürün ya da ileride sağlanacak herhangi bir fayda sunmak yasaktır.',
      messages: {
        phrase: '"{actual}" değerlendirme karşılığında bir şey sunuyor; Amazon buna izin vermez.',
      },
    },
    'review-change': {
      title: 'Değerlendirmeyi değiştirme veya kaldırma isteği',
      why: 'Alıcıdan bir ürün değerlendirmesini veya satıcı geri bildirimini güncellemesini, değiştirmesini ya da kaldırmasını istemek yasaktır.',
      messages: {
        phrase: '"{actual}" alıcıdan bir değerlendirmeyi veya geri bildirimi değiştirmesini ya da kaldırmasını istiyor; Amazon buna izin vermez.',
      },
    },
    'review-pressure': {
      title: 'Değerlendirme için baskı veya suçluluk hissettirme',
      why: 'Değerlendirme isteği tarafsız olmalıdır: yalvarmak, suçluluk hissettirmek veya baskı yapmak ("puanınız olmadan küçük dükkânımız ayakta kalamaz") yasaktır.',
      messages: {
        phrase: '"{actual}" değerlendirme konusunda alıcıya baskı yapıyor: bir kez ve tarafsız isteyin ya da hiç istemeyin.',
      },
    },
    'review-instruction': {
      title: 'Alıcıya ne yazacağını söyleme',
      why: 'Satıcılar alıcılara değerlendirmede ne yazacaklarını söyleyemez veya değerlendirmeye metin kopyalatamaz.',
      messages: {
        phrase: '"{actual}" alıcıya değerlendirmede ne yazacağını söylüyor; Amazon buna izin vermez.',
      },
    },
    'feedback-notice': {
      title: 'Geri bildirim güncelleme bildirimi',
      why: 'Sorun çözüldükten sonra Amazon yalnızca alıcının satıcı geri bildirimini güncelleyebileceğini veya kaldırabileceğini belirten tarafsız bir bildirimi kabul eder; daha ileri giden her şey ihlaldir.',
      messages: {
        phrase:
          '"{actual}" alıcının geri bildirimini değiştirmekten söz ediyor. Amazon, sorun çözüldükten sonra yalnızca kendi ifadesiyle tarafsız bir bildirimi kabul eder: "Sorunlarınızı çözdüğümüzden memnunsanız, başlangıçta verdiğiniz geri bildirimi buradan güncelleyebilir veya kaldırabilirsiniz."',
      },
    },
    'review-repeat': {
      title: 'Aynı sipariş için ikinci değerlendirme isteği',
      why: 'Amazon, tüm kanallar dahil sipariş başına bir değerlendirme veya geri bildirim isteğine izin verir.',
      messages: {
        repeat: '"{actual}" yeniden değerlendirme istiyor: bu sipariş için {date} tarihinde zaten bir değerlendirme isteği gönderildi ve Amazon sipariş başına bir isteğe izin verir.',
      },
    },
    'amazon-product-link': {
      title: 'Amazon\'da ürün, mağaza veya arama bağlantısı',
      why: 'Ürün sayfalarına, mağazalara, satıcı sayfalarına ve arama sonuçlarına verilen bağlantılar ürün tanıtımıdır; yalnızca sipariş, iade ve değerlendirme sayfalarına bağlantı verilebilir.',
      messages: {
        link: '"{actual}" Amazon\'da bir ürün, mağaza veya arama sayfasına gidiyor ve bu ürün tanıtımıdır: yalnızca siparişe, iadelere veya değerlendirme sayfasına giden bağlantılara izin verilir.',
      },
    },
    'external-link': {
      title: 'Amazon dışına bağlantı',
      why: 'Yalnızca Amazon bağlantılarına, kargo takip bağlantılarına ve siparişin tamamlanması için gereken güvenli bağlantılara izin verilir.',
      messages: {
        link: '"{actual}" Amazon dışına gidiyor: yalnızca Amazon sayfalarına, kargo takip bağlantılarına ve siparişin tamamlanması için gereken güvenli bağlantılara izin verilir.',
        insecureLink:
          '"{actual}" Amazon dışına gidiyor: yalnızca Amazon sayfalarına, kargo takip bağlantılarına ve siparişin tamamlanması için gereken güvenli bağlantılara izin verilir. Ayrıca güvenli değil (http).',
      },
    },
    'insecure-link': {
      title: 'Güvenli olmayan (http) bağlantı',
      why: 'Bağlantılar güvenli (https) olmalıdır: kurallar yalnızca güvenli bağlantılara izin verir, güvenli olmayan içeriğe izin vermez.',
      messages: {
        link: '"{actual}" güvenli değil: https kullanın. Amazon ve kargo takip bağlantılarına izin verilir, ancak yalnızca güvenli olanlara.',
      },
    },
    'link-shortener': {
      title: 'Kısaltılmış bağlantı',
      why: 'Kısaltılmış bağlantı nereye gittiğini gizler; yalnızca Amazon ve kargo takip bağlantılarına izin verilir.',
      messages: {
        link: '"{actual}" nereye gittiğini gizleyen kısaltılmış bir bağlantı: yalnızca Amazon ve kargo takip bağlantılarına izin verilir.',
      },
    },
    'email-address': {
      title: 'E-posta adresi',
      why: 'Mesajlar e-posta adresi içeremez; yazışma Alıcı-Satıcı Mesajlaşma üzerinden sürer.',
      messages: {
        address: `"{actual}" bir e-posta adresi: mesajlar e-posta adresi içeremez; ${KEEP_IN_MESSAGING}`,
        anonymised:
          '"{actual}" alıcının anonimleştirilmiş Amazon adresi: mesajlarda e-posta adresi yer alamaz, yanıt zaten Amazon üzerinden gider.',
      },
    },
    'phone-number': {
      title: 'Telefon numarası',
      why: 'Mesajlar telefon numarası içeremez; yazışma Alıcı-Satıcı Mesajlaşma üzerinden sürer.',
      messages: {
        number: `"{actual}" bir telefon numarasına benziyor: mesajlar telefon numarası içeremez; ${KEEP_IN_MESSAGING}`,
      },
    },
    'messenger-contact': {
      title: 'Mesajlaşma uygulaması veya doğrudan iletişim',
      why: 'Yazışmayı WhatsApp\'a, telefon görüşmesine veya Amazon dışındaki başka bir kanala taşımak yasaktır.',
      messages: {
        phrase: '"{actual}" yazışmayı Amazon dışına taşıyor: Alıcı-Satıcı Mesajlaşma üzerinden sürdürün.',
      },
    },
    'contact-request': {
      title: 'Alıcının iletişim bilgilerini isteme',
      why: 'Satıcılar alıcının e-posta adresini veya telefon numarasını isteyemez; yalnızca teslimat için teslimat iletişim bilgileri teyit edilebilir.',
      messages: {
        phrase: `"{actual}" alıcının iletişim bilgilerini istiyor: teslimat için teslimat bilgilerini teyit etmek dışında mesajlar bunu yapamaz; ${KEEP_IN_MESSAGING}`,
      },
    },
    'messenger-app': {
      title: 'Mesajlaşma uygulamasına geçme',
      why: 'Alıcıları WhatsApp, WeChat, Telegram, LINE veya Amazon dışındaki herhangi bir kanala yönlendirmek Amazon\'un satış sürecini atlatmaktır.',
      messages: {
        phrase: `"{actual}" yazışmayı Amazon dışındaki bir mesajlaşma uygulamasına taşıyor ve buna izin verilmez: ${KEEP_IN_MESSAGING}`,
      },
    },
    'off-amazon-sale': {
      title: 'Amazon dışında satış',
      why: 'Amazon alıcılarını başka bir web sitesine veya satış sürecine yönlendirmeye yönelik her girişim yasaktır.',
      messages: {
        phrase: '"{actual}" alıcıyı Amazon dışından satın almaya yönlendiriyor (doğrudan, kendi sitenizden, başka yerde daha ucuza); Amazon bunu yasaklar.',
      },
    },
    'off-amazon-payment': {
      title: 'Amazon dışında ödeme',
      why: 'Amazon siparişlerinin ödemeleri Amazon üzerinden yapılır; PayPal, havale veya nakit istemek Amazon\'un satış sürecini atlatmaktır.',
      messages: {
        phrase: '"{actual}" Amazon dışında ödeme istiyor ve bu yasaktır: her ödeme Amazon üzerinden yapılır.',
      },
    },
    'cancellation-request': {
      title: 'Alıcıdan iptal etmesini isteme',
      why: 'Amazon\'un kuralları şöyle der: alıcıyla iletişime geçip bir iptal talebi göndermesini istemeyin. Siparişi kendiniz iptal edin ve alıcıya nedenini açıklayın.',
      messages: {
        phrase:
          '"{actual}" alıcıdan siparişi iptal etmesini veya iptal talebinde bulunmasını istiyor; Amazon buna izin vermez: gönderemiyorsanız siparişi kendiniz iptal edin ve alıcıya nedenini açıklayın.',
      },
    },
    'opt-out': {
      title: 'Abonelikten çıkma ifadesi',
      why: 'Mesaj almamaya ilişkin bağlantılar ve abonelikten çıkma talimatları yasaktır: alıcılar mesaj tercihlerini Amazon hesaplarından yönetir.',
      messages: {
        phrase:
          '"{actual}" abonelikten çıkma ifadesi: alıcılar mesaj tercihlerini Amazon hesaplarından yönetir ve bu tür talimatlar mesajın engellenmesine yol açar.',
      },
    },
    'html-markup': {
      title: 'HTML kodu',
      why: 'Mesaj formu düz metindir; HTML kodu veya köprü içeren mesajlar engellenir (izleme pikselleri dahil).',
      messages: {
        tag: '"{actual}" HTML: mesaj formu düz metindir ve HTML kodu içeren mesajlar engellenir.',
        image: '"{actual}" bir HTML görseli: mesaj formu düz metindir; görseller veya izleme pikselleri mesajın engellenmesine yol açar.',
      },
    },
    image: {
      title: 'Gömülü görsel',
      why: 'Ürün görselleri, ilgisiz görseller, bağlantılı logolar ve izleme pikselleri yasaktır.',
      messages: {
        markdown: '"{actual}" bir görsel gömüyor: ürün görselleri, bağlantılı logolar ve izleme pikselleri yasaktır.',
      },
    },
    emoji: {
      title: 'Emoji',
      why: 'Amazon\'un biçim kuralları emojiye izin vermez.',
      messages: {
        emoji: 'Emoji "{actual}": Amazon\'un biçim kuralları emojiye izin vermez.',
      },
    },
    'line-breaks': {
      title: 'İkiden fazla satır sonu',
      why: 'Amazon\'un biçim kuralları art arda en fazla iki satır sonuna izin verir.',
      messages: {
        count: 'Art arda {count} satır sonu: Amazon\'un biçim kuralları en fazla ikiye izin verir.',
        many: 'Art arda çok sayıda satır sonu: Amazon\'un biçim kuralları en fazla ikiye izin verir.',
      },
    },
    shouting: {
      title: 'Tamamı büyük harf',
      why: 'Uzun büyük harf dizileri bağırmak gibi okunur ve mesajın biçimini aşma girişimi sayılır.',
      messages: {
        capitals: '"{actual}" büyük harflerle yazılmış ve bağırmak gibi okunuyor.',
      },
    },
    'repeated-punctuation': {
      title: 'Tekrarlanan "!" veya "?"',
      why: 'Art arda ünlem veya soru işaretleri baskı ya da pazarlama gibi okunur; Amazon\'un biçim kuralları düz metin ister.',
      messages: {
        marks: '"{actual}": art arda ünlem veya soru işaretleri baskı gibi okunur; bir tane yeterli.',
      },
    },
    'thank-you-only': {
      title: 'Yalnızca teşekkür içeren mesaj',
      why: 'Yalnızca teşekkür eden veya yalnızca yardıma hazır olduğunuzu söyleyen mesajlara izin verilmez.',
      messages: {
        thanks:
          'Bu mesaj yalnızca teşekkür ediyor: alıcıya yalnızca teşekkür eden (veya yalnızca yardım öneren) mesajlara izin verilmez. Teşekkürü bir amacı olan bir mesaja ekleyin ya da göndermeyin.',
      },
    },
    'confirmation-only': {
      title: 'Sipariş veya kargo onayı',
      why: 'Sipariş ve kargo onaylarını Amazon kendisi gönderir; satıcılar gönderemez.',
      messages: {
        confirmation:
          'Bu mesaj yalnızca bir sipariş veya kargo onayı: bunları Amazon kendisi gönderir ve satıcıların göndermesine izin verilmez. Yalnızca siparişin tamamlanması için alıcının ilgilenmesi gereken bir şey olduğunda mesaj gönderin.',
      },
    },
    'help-only': {
      title: 'Yalnızca yardım öneren mesaj',
      why: 'Kendine ait bir amacı olmayan, yalnızca yardıma hazır olduğunuzu söyleyen mesajlara izin verilmez.',
      messages: {
        help: 'Bu mesaj yalnızca yardım öneriyor ("{actual}"): yalnızca yardıma hazır olduğunuzu söyleyen mesajlara izin verilmez. Siparişin tamamlanması için alıcının ilgilenmesi gereken bir şey olduğunda yazın.',
      },
    },
    'delivery-check-in': {
      title: 'Teslimat yoklaması',
      why: 'Çözülecek bir sorun olmadan paketin ulaşıp ulaşmadığını sormak izin verilen bir mesaj değildir; teslimatları alıcılara Amazon kendisi bildirir.',
      messages: {
        checkIn: '"{actual}" yalnızca teslimatı yokluyor: Amazon kendine ait bir amacı olmayan mesajlara izin vermez. Alıcının ilgilenmesi gereken bir şey olduğunda yazın.',
      },
    },
    placeholder: {
      title: 'Doldurulmamış şablon değişkeni',
      why: 'Metinde bırakılan bir şablon değişkeni alıcıya olduğu gibi ulaşır; göndermeden önce doldurun.',
      messages: {
        placeholder: '"{actual}" doldurulmamış bir şablon değişkeni: alıcı onu olduğu gibi görür.',
      },
    },
    'critical-reason-misuse': {
      title: 'Kritik olmayan bir mesaj için kritik iletişim nedeni',
      why: 'Kritik iletişim nedenleri mesaj almak istemeyen alıcılara da ulaşır; Amazon bunları kritik olmayan mesajlar için kullanan satıcıları kısıtlar.',
      messages: {
        review: 'İletişim nedeni "{reason}", ancak "{actual}" değerlendirme istiyor: değerlendirme istekleri kritik değildir ve kritik bir nedeni kötüye kullanmak mesajlaşmanızın kısıtlanmasına yol açabilir. Değerlendirme isteği nedenini veya "Diğer"i seçin.',
        thanks: 'İletişim nedeni "{reason}", ancak mesaj yalnızca alıcıya teşekkür ediyor veya yardım öneriyor: kritik bir nedeni kötüye kullanmak mesajlaşmanızın kısıtlanmasına yol açabilir.',
        promotion: 'İletişim nedeni "{reason}", ancak "{actual}" ürün tanıtıyor: kritik bir nedeni kötüye kullanmak mesajlaşmanızın kısıtlanmasına yol açabilir.',
        notCritical: 'İletişim nedeni "{reason}", ancak mesajda bu konuyla ({reason}) ilgili hiçbir şey yok: kritik bir nedeni kötüye kullanmak mesajlaşmanızın kısıtlanmasına yol açabilir. Mesajın konusu olan nedeni seçin.',
      },
    },
    'message-length': {
      title: 'Mesaj çok uzun',
      why: 'Mesajlar en fazla 2.000 karakter, kişiselleştirme ayrıntıları teyit edilirken en fazla 800 karakter olabilir.',
      messages: {
        tooLong: 'Mesaj {count} karakter uzunluğunda; sınır {limit}. {excess} karakter kısaltın.',
        tooLongCustomization:
          'Mesaj {count} karakter uzunluğunda; kişiselleştirme mesajları için sınır {limit}. {excess} karakter kısaltın.',
      },
    },
    'missing-order-id': {
      title: 'Sipariş numarası yok',
      why: 'Amazon\'un kendi şablonlarında olduğu gibi, kendiliğinden gönderilen her mesaj sipariş numarasını (ör. 112-1234567-1234567) içermelidir.',
      messages: {
        missing:
          'Sipariş numarası bulunamadı: alıcının hangi siparişten söz ettiğinizi bilmesi için ekleyin (ör. 112-1234567-1234567); Amazon\'un kendi şablonları da bunu yapar.',
      },
    },
    'language-mismatch': {
      title: 'Alıcının dilinde değil',
      why: 'Mesajlar alıcının tercih ettiği dilde yazılmalıdır; bu dil mağazanın dilinden farklı olabilir.',
      messages: {
        mismatch:
          'Bu mesaj {language} yazılmış görünüyor, ancak alıcının tercih ettiği dil {buyerLanguage}: mesajlar alıcının dilinde yazılmalıdır.',
      },
    },
    'contact-reason-mismatch': {
      title: 'İletişim nedeni uymuyor',
      why: 'Yalnızca siparişin tamamlanması için kritik olan iletişim nedenleri (kişiselleştirme, teslimat planlama, adres sorunları) mesaj almak istemeyen alıcılara ulaşır.',
      messages: {
        reviewReasonForCritical:
          'İletişim nedeni "değerlendirme isteği", ancak mesaj şu konuyla ilgili: {reason}. Bu nedeni seçin; mesaj, mesaj almak istemeyen alıcılara da teslim edilir.',
        genericReasonForCritical:
          'Bu mesaj şu konuyla ilgili görünüyor: {reason}. "{reason}" iletişim nedenini seçerseniz mesaj, mesaj almak istemeyen alıcılara da teslim edilir.',
      },
    },
    'review-request': {
      title: 'Değerlendirme isteği',
      why: 'Amazon sipariş başına bir değerlendirme veya geri bildirim isteğine izin verir; Clearsend gönderdiğiniz istekleri hatırlar.',
      messages: {
        noted: '"{actual}" değerlendirme istiyor: Amazon sipariş başına bir isteğe izin verir. Gönderdiğinizde Clearsend bunu bu sipariş için hatırlar.',
      },
    },
  },
  labels: {
    removeTag: 'Etiketi kaldırın',
    removeLink: 'Bağlantıyı kaldırın',
    useHttps: 'https kullanın',
    removeEmail: 'E-posta adresini kaldırın',
    removePhone: 'Telefon numarasını kaldırın',
    removeHtml: 'HTML\'yi kaldırın',
    removeImage: 'Görseli kaldırın',
    removeEmoji: 'Emojiyi kaldırın',
    keepOneEmptyLine: 'Bir boş satır bırakın',
    normalCase: 'Normal harflerle yazın',
    useOneMark: 'Tek bir "{mark}" kullanın',
    neutralWording: 'Tarafsız bir ifade kullanın',
    reviewWithoutKind: 'Türünü belirtmeden değerlendirme isteyin',
    reviewWithoutRating: 'Puan belirtmeden değerlendirme isteyin',
    removeSentence: 'Bu cümleyi kaldırın',
    useAmazonWording: 'Amazon\'un ifadesini kullanın',
    removeWords: 'Bu kelimeleri kaldırın',
    removePlaceholder: 'Değişkeni kaldırın',
    fillOrderId: 'Sipariş numarasını girin: {value}',
    fillBuyerName: 'Alıcının adını girin: {value}',
    fillSellerName: 'Adınızı girin: {value}',
    chooseTemplate: 'Şablon seçin',
    selectOverLimit: 'Sınırı aşan kısmı seçin',
  },
  languages: {
    en: 'İngilizce',
    de: 'Almanca',
    fr: 'Fransızca',
    es: 'İspanyolca',
    it: 'İtalyanca',
    ja: 'Japonca',
    nl: 'Felemenkçe',
    sv: 'İsveççe',
    pl: 'Lehçe',
    tr: 'Türkçe',
    pt: 'Portekizce',
    ar: 'Arapça',
    zh: 'Çince',
  },
  reasons: {
    customization: 'ürün kişiselleştirme',
    deliveryScheduling: 'teslimat planlama',
    address: 'teslimat adresi sorunu',
  },
  criticalReasons: {
    customization: 'ürün kişiselleştirme',
    'delivery-scheduling': 'teslimat planlama',
    'address-issue': 'teslimat adresi sorunu',
    'unexpected-problem': 'beklenmeyen sorun',
  },
};
