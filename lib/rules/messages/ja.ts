/** Japanese, in the words of セラーセントラル (amazon.co.jp): 購入者とのメッセージ, 連絡理由. */
import type { MessageCatalog } from './types.ts';

const KEEP_IN_MESSAGING = 'やり取りは購入者とのメッセージで行ってください。';

export const ja: MessageCatalog = {
  rules: {
    'important-tag': {
      title: '「[Important]」タグ',
      why: 'Amazonは、「[Important]」を付けて購入者のメッセージ受信拒否を回避するオプションを廃止しました。注文の完了に不可欠な連絡理由のメッセージは、受信拒否に関係なく届きます。',
      messages: {
        tag:
          '「{actual}」：Amazonは「[Important]」オプションを廃止しました。このタグを付けても購入者の受信拒否は解除されず、メッセージがブロックされることがあります。' +
          '注文の完了に不可欠なメッセージの場合は、代わりに該当する連絡理由（商品のカスタマイズ、配達日時の調整、配送先住所の問題）を選択してください。' +
          'これらのメッセージは、受信拒否をしている購入者にも届きます。',
      },
    },
    promotion: {
      title: 'マーケティング・宣伝',
      why: '購入者とのメッセージはマーケティングに使用できません。クーポン、割引、他の商品、ニュースレター、紹介、ソーシャルメディアへのリンクは禁止されています。',
      messages: {
        phrase: '「{actual}」は宣伝にあたります。購入者とのメッセージは、マーケティング、クーポン、他の商品の案内には使用できません。',
      },
    },
    'review-positive': {
      title: '高評価レビューの依頼',
      why: 'レビューの依頼は中立でなければなりません。高評価や星5つのレビューを求めること、書く内容を指定することは禁止されています。',
      messages: {
        phrase: '「{actual}」は購入者を高評価のレビューへ誘導しています。中立的に依頼する（「レビューをお寄せください」）か、依頼しないでください。',
      },
    },
    'review-conditional': {
      title: '条件付きのレビュー依頼',
      why: '満足した購入者にだけレビューを依頼すること（「ご不満の場合は先にご連絡ください」など）は禁止されています。',
      messages: {
        phrase: '「{actual}」は購入者が満足している場合にだけレビューを依頼しています。すべての購入者に同じ方法で依頼する必要があります。',
      },
    },
    'review-incentive': {
      title: 'レビューの見返り',
      why: 'レビューの見返りとして、金銭、返金、ギフトカード、無料または割引の商品、その他将来の特典を提供することは禁止されています。',
      messages: {
        phrase: '「{actual}」はレビューの見返りを提供しています。これはAmazonで禁止されています。',
      },
    },
    'review-change': {
      title: 'レビューの変更・削除の依頼',
      why: '購入者にレビューや評価の更新、変更、削除を依頼することは禁止されています。',
      messages: {
        phrase: '「{actual}」は購入者にレビューや評価の変更・削除を依頼しています。これはAmazonで禁止されています。',
      },
    },
    'review-pressure': {
      title: 'レビューに関する圧力・罪悪感への訴え',
      why: 'レビューの依頼は中立でなければなりません。懇願したり、罪悪感を抱かせたり、圧力をかけたりすること（「評価をいただけないと、小さな当店は続けられないかもしれません」など）は禁止されています。',
      messages: {
        phrase: '「{actual}」はレビューについて購入者に圧力をかけています。中立的に1回だけ依頼するか、依頼しないでください。',
      },
    },
    'review-instruction': {
      title: 'レビューに書く内容の指示',
      why: '出品者は、レビューに書く内容を購入者に指示したり、用意した文言をレビューに書き写させたりしてはいけません。',
      messages: {
        phrase: '「{actual}」はレビューに書く内容を購入者に指示しています。これはAmazonで禁止されています。',
      },
    },
    'feedback-notice': {
      title: '評価の更新に関する案内',
      why: '問題が解決した後にAmazonが認めているのは、購入者が出品者の評価を更新または削除できるという中立的な案内のみです。それ以上の働きかけは違反になります。',
      messages: {
        phrase:
          '「{actual}」は購入者の評価の変更に触れています。Amazonが認めているのは、問題の解決後に、Amazon自身の文言で行う中立的な案内のみです：「If you are satisfied that we have resolved your concerns, it is possible to update or remove the feedback you originally provided here.」',
      },
    },
    'review-repeat': {
      title: '同じ注文への2回目のレビュー依頼',
      why: 'Amazonでは、レビューまたは評価の依頼は、どの手段で送るかにかかわらず1注文につき1回までです。',
      messages: {
        repeat: '「{actual}」は再度レビューを依頼しています。この注文のレビュー依頼は{date}に送信済みで、Amazonでは1注文につき1回までです。',
      },
    },
    'amazon-product-link': {
      title: 'Amazonの商品・ストア・検索へのリンク',
      why: '商品ページ、ストアページ、出品者ページ、検索結果へのリンクは商品の宣伝にあたります。リンクできるのは、注文、返品、レビューのページのみです。',
      messages: {
        link: '「{actual}」はAmazonの商品、ストア、または検索のページへのリンクで、商品の宣伝にあたります。使用できるのは、注文、返品、レビューのページへのリンクのみです。',
      },
    },
    'external-link': {
      title: 'Amazon外へのリンク',
      why: '使用できるのは、Amazonへのリンク、配送業者の追跡リンク、注文の完了に必要な安全なリンクのみです。',
      messages: {
        link: '「{actual}」はAmazon外へのリンクです。使用できるのは、Amazonのページ、配送業者の追跡リンク、注文の完了に必要な安全なリンクのみです。',
        insecureLink:
          '「{actual}」はAmazon外へのリンクです。使用できるのは、Amazonのページ、配送業者の追跡リンク、注文の完了に必要な安全なリンクのみです。また、このリンクは安全ではありません（http）。',
      },
    },
    'insecure-link': {
      title: '安全でない（http）リンク',
      why: 'リンクは安全（https）でなければなりません。ガイドラインでは安全なリンクのみが許可され、安全でないコンテンツは認められていません。',
      messages: {
        link: '「{actual}」は安全ではありません。httpsを使用してください。Amazonと配送業者の追跡リンクは使用できますが、安全なリンクに限ります。',
      },
    },
    'link-shortener': {
      title: '短縮リンク',
      why: '短縮リンクはリンク先を隠してしまいます。使用できるのはAmazonと配送業者の追跡リンクのみです。',
      messages: {
        link: '「{actual}」はリンク先が分からない短縮リンクです。使用できるのはAmazonと配送業者の追跡リンクのみです。',
      },
    },
    'email-address': {
      title: 'メールアドレス',
      why: 'メッセージにメールアドレスを含めることはできません。やり取りは購入者とのメッセージ内で行います。',
      messages: {
        address: `「{actual}」はメールアドレスです。メッセージにメールアドレスを含めることはできません。${KEEP_IN_MESSAGING}`,
        anonymised:
          '「{actual}」は購入者の匿名化されたAmazonアドレスです。メッセージにメールアドレスを記載することはできません。また、返信はいずれにしてもAmazon経由で届きます。',
      },
    },
    'phone-number': {
      title: '電話番号',
      why: 'メッセージに電話番号を含めることはできません。やり取りは購入者とのメッセージ内で行います。',
      messages: {
        number: `「{actual}」は電話番号のようです。メッセージに電話番号を含めることはできません。${KEEP_IN_MESSAGING}`,
      },
    },
    'messenger-contact': {
      title: 'メッセンジャー・直接の連絡',
      why: 'やり取りをWhatsApp、電話、その他Amazon外の手段に移すことは禁止されています。',
      messages: {
        phrase: '「{actual}」はやり取りをAmazonの外に移そうとしています。購入者とのメッセージ内で連絡してください。',
      },
    },
    'contact-request': {
      title: '購入者の連絡先の要求',
      why: '出品者は、購入者にメールアドレスや電話番号を尋ねてはいけません。確認できるのは、配送のための連絡先情報のみです。',
      messages: {
        phrase: `「{actual}」は購入者の連絡先を尋ねています。配送のための連絡先情報を確認する場合を除き、メッセージで連絡先を尋ねることはできません。${KEEP_IN_MESSAGING}`,
      },
    },
    'messenger-app': {
      title: 'メッセンジャーアプリへの誘導',
      why: '購入者をWhatsApp、WeChat、Telegram、LINEなどAmazon外の手段に誘導することは、Amazonの販売プロセスを回避する行為です。',
      messages: {
        phrase: `「{actual}」はやり取りをAmazon外のメッセンジャーに移そうとしています。これは禁止されています。${KEEP_IN_MESSAGING}`,
      },
    },
    'off-amazon-sale': {
      title: 'Amazon外での販売',
      why: 'Amazonの購入者を他のウェブサイトや他の販売プロセスに誘導しようとする行為は、すべて禁止されています。',
      messages: {
        phrase: '「{actual}」は購入者をAmazon外での購入（直接の取引、自社サイト、他所でより安く）に誘導しています。これはAmazonで禁止されています。',
      },
    },
    'off-amazon-payment': {
      title: 'Amazon外での支払い',
      why: 'Amazonの注文の支払いはAmazonを通じて行われます。PayPal、銀行振込、現金での支払いを求めることは、Amazonの販売プロセスを回避する行為です。',
      messages: {
        phrase: '「{actual}」はAmazon外での支払いを求めています。これは禁止されています。支払いはすべてAmazonを通じて行われます。',
      },
    },
    'cancellation-request': {
      title: '購入者へのキャンセルの依頼',
      why: 'Amazonのガイドラインでは、キャンセルリクエストを送信するよう購入者に依頼する目的で連絡してはならないとされています。注文は出品者自身でキャンセルし、その理由を購入者に伝えてください。',
      messages: {
        phrase:
          '「{actual}」は購入者に、注文のキャンセルまたはキャンセルリクエストを依頼しています。これはAmazonで禁止されています。発送できない場合は、出品者自身で注文をキャンセルし、その理由を購入者に伝えてください。',
      },
    },
    'opt-out': {
      title: '配信停止の案内',
      why: '配信停止のリンクや手順の案内は禁止されています。購入者はメッセージの受信設定をAmazonアカウントで管理します。',
      messages: {
        phrase:
          '「{actual}」は配信停止の案内です。購入者はメッセージの受信設定をAmazonアカウントで管理します。配信停止の手順を記載すると、メッセージがブロックされます。',
      },
    },
    'html-markup': {
      title: 'HTMLコード',
      why: 'メッセージフォームはプレーンテキストのみです。HTMLコードやハイパーリンク（トラッキングピクセルを含む）を含むメッセージはブロックされます。',
      messages: {
        tag: '「{actual}」はHTMLです。メッセージフォームはプレーンテキストのみで、HTMLコードを含むメッセージはブロックされます。',
        image: '「{actual}」はHTMLの画像です。メッセージフォームはプレーンテキストのみで、画像やトラッキングピクセルを含むメッセージはブロックされます。',
      },
    },
    image: {
      title: '埋め込み画像',
      why: '商品の画像、関係のない画像、リンク付きのロゴ、トラッキングピクセルは禁止されています。',
      messages: {
        markdown: '「{actual}」は画像を埋め込んでいます。商品の画像、リンク付きのロゴ、トラッキングピクセルは禁止されています。',
      },
    },
    emoji: {
      title: '絵文字',
      why: 'Amazonのスタイルルールでは、絵文字は使用できません。',
      messages: {
        emoji: '絵文字「{actual}」：Amazonのスタイルルールでは、絵文字は使用できません。',
      },
    },
    'line-breaks': {
      title: '3つ以上の連続した改行',
      why: 'Amazonのスタイルルールでは、連続した改行は2つまでです。',
      messages: {
        count: '改行が{count}つ続いています。Amazonのスタイルルールでは、連続した改行は2つまでです。',
        many: '改行が多数続いています。Amazonのスタイルルールでは、連続した改行は2つまでです。',
      },
    },
    shouting: {
      title: 'すべて大文字',
      why: '大文字が長く続くと、叫んでいるように見え、メッセージの書式を変えようとしていると受け取られます。',
      messages: {
        capitals: '「{actual}」はすべて大文字で書かれており、叫んでいるように見えます。',
      },
    },
    'repeated-punctuation': {
      title: '「!」や「?」の連続',
      why: '感嘆符や疑問符の連続は、圧力や宣伝のように受け取られます。Amazonのスタイルルールでは、簡潔なテキストが求められています。',
      messages: {
        marks: '「{actual}」：感嘆符や疑問符の連続は圧力のように受け取られます。1つで十分です。',
      },
    },
    'thank-you-only': {
      title: 'お礼のみのメッセージ',
      why: 'お礼を述べるだけ、またはサポートを申し出るだけのメッセージは許可されていません。',
      messages: {
        thanks:
          'このメッセージはお礼を述べているだけです。購入者へのお礼だけ（またはサポートの申し出だけ）のメッセージは許可されていません。目的のあるメッセージにお礼を含めるか、送信しないでください。',
      },
    },
    'confirmation-only': {
      title: '注文確認・発送通知',
      why: '注文確認と発送通知はAmazonが送信します。出品者が送信することはできません。',
      messages: {
        confirmation:
          'このメッセージは注文確認または発送通知にすぎません。これらはAmazonが送信するもので、出品者は送信できません。注文を完了するために購入者の対応が必要な場合にのみ、メッセージを送信してください。',
      },
    },
    'help-only': {
      title: 'サポートの申し出のみのメッセージ',
      why: 'サポートできることを伝えるだけで、それ自体に目的のないメッセージは許可されていません。',
      messages: {
        help: 'このメッセージはサポートを申し出ているだけです（「{actual}」）。サポートできることを伝えるだけのメッセージは許可されていません。注文を完了するために購入者の対応が必要な場合に、メッセージを送信してください。',
      },
    },
    'delivery-check-in': {
      title: '配達状況の確認',
      why: '解決すべき問題がないのに、荷物が届いたかどうかを尋ねるメッセージは許可されていません。配達についてはAmazonが購入者に通知します。',
      messages: {
        checkIn: '「{actual}」は配達状況を確認しているだけです。Amazonでは、それ自体に目的のないメッセージは許可されていません。購入者の対応が必要な場合に、メッセージを送信してください。',
      },
    },
    placeholder: {
      title: '未入力のプレースホルダー',
      why: 'テキストに残ったプレースホルダーは、そのままの文字で購入者に届きます。送信前に入力してください。',
      messages: {
        placeholder: '「{actual}」は入力されていないプレースホルダーです。購入者にはこのままの文字で表示されます。',
      },
    },
    'critical-reason-misuse': {
      title: '不可欠な連絡理由の不適切な使用',
      why: '注文の完了に不可欠な連絡理由のメッセージは、受信拒否をしている購入者にも届きます。Amazonは、不可欠ではないメッセージにこれらの連絡理由を使用する出品者に対して、メッセージの送信を制限しています。',
      messages: {
        review:
          '連絡理由は「{reason}」ですが、「{actual}」はレビューを依頼しています。レビューの依頼は注文の完了に不可欠なメッセージではありません。不可欠な連絡理由を不適切に使用すると、メッセージの送信が制限されることがあります。連絡理由には「レビューをリクエスト」または「その他」を選択してください。',
        thanks:
          '連絡理由は「{reason}」ですが、メッセージは購入者へのお礼またはサポートの申し出だけです。不可欠な連絡理由を不適切に使用すると、メッセージの送信が制限されることがあります。',
        promotion:
          '連絡理由は「{reason}」ですが、「{actual}」は商品を宣伝しています。不可欠な連絡理由を不適切に使用すると、メッセージの送信が制限されることがあります。',
        notCritical:
          '連絡理由は「{reason}」ですが、メッセージには「{reason}」に関する内容がありません。不可欠な連絡理由を不適切に使用すると、メッセージの送信が制限されることがあります。メッセージの内容に合った連絡理由を選択してください。',
      },
    },
    'message-length': {
      title: 'メッセージが長すぎます',
      why: 'メッセージは2,000文字まで、カスタマイズ内容の確認の場合は800文字までです。',
      messages: {
        tooLong: 'メッセージは{count}文字です。上限は{limit}文字です。{excess}文字短くしてください。',
        tooLongCustomization:
          'メッセージは{count}文字です。カスタマイズに関するメッセージの上限は{limit}文字です。{excess}文字短くしてください。',
      },
    },
    'missing-order-id': {
      title: '注文番号なし',
      why: '出品者から送るメッセージには、Amazonのテンプレートと同様に注文番号（例：112-1234567-1234567）を記載することをおすすめします。',
      messages: {
        missing:
          '注文番号が見つかりません。どの注文についての連絡か購入者に分かるよう、Amazonのテンプレートと同様に注文番号（例：112-1234567-1234567）を記載してください。',
      },
    },
    'language-mismatch': {
      title: '購入者の言語ではありません',
      why: 'メッセージは購入者の希望言語で書く必要があります。希望言語はマーケットプレイスの言語と異なる場合があります。',
      messages: {
        mismatch:
          'このメッセージは{language}で書かれているようですが、購入者の希望言語は{buyerLanguage}です。メッセージは購入者の言語で書く必要があります。',
      },
    },
    'contact-reason-mismatch': {
      title: '連絡理由が合っていません',
      why: '受信拒否をしている購入者に届くのは、注文の完了に不可欠な連絡理由（カスタマイズ、配達日時の調整、住所の問題）のメッセージのみです。',
      messages: {
        reviewReasonForCritical:
          '連絡理由は「レビューをリクエスト」ですが、メッセージの内容は「{reason}」に関するものです。その連絡理由を選択してください。受信拒否をしている購入者にも届きます。',
        genericReasonForCritical:
          'このメッセージは「{reason}」に関する内容のようです。連絡理由に「{reason}」を選択すると、受信拒否をしている購入者にも届きます。',
      },
    },
    'review-request': {
      title: 'レビューのリクエスト',
      why: 'Amazonでは、レビューまたは評価の依頼は1注文につき1回までです。Clearsendは、送信した依頼を記録します。',
      messages: {
        noted: '「{actual}」はレビューを依頼しています。Amazonでは、依頼は1注文につき1回までです。このメッセージを送信すると、Clearsendはこの注文の依頼として記録します。',
      },
    },
  },
  labels: {
    removeTag: 'タグを削除',
    removeLink: 'リンクを削除',
    useHttps: 'httpsを使用',
    removeEmail: 'メールアドレスを削除',
    removePhone: '電話番号を削除',
    removeHtml: 'HTMLを削除',
    removeImage: '画像を削除',
    removeEmoji: '絵文字を削除',
    keepOneEmptyLine: '空行を1つにする',
    normalCase: '通常の大文字・小文字で書く',
    useOneMark: '「{mark}」を1つにする',
    neutralWording: '中立的な表現にする',
    reviewWithoutKind: '評価の内容を指定せずにレビューを依頼する',
    reviewWithoutRating: '星の数を指定せずにレビューを依頼する',
    removeSentence: 'この文を削除',
    useAmazonWording: 'Amazonの文言を使用',
    removeWords: 'この語句を削除',
    removePlaceholder: '差し込み項目を削除',
    fillOrderId: '注文番号を入力：{value}',
    fillBuyerName: '購入者名を入力：{value}',
    fillSellerName: 'ご自身の名前を入力：{value}',
    chooseTemplate: 'テンプレートを選ぶ',
    selectOverLimit: '上限を超えた部分を選択',
  },
  languages: {
    en: '英語',
    de: 'ドイツ語',
    fr: 'フランス語',
    es: 'スペイン語',
    it: 'イタリア語',
    ja: '日本語',
  },
  reasons: {
    customization: '商品のカスタマイズ',
    deliveryScheduling: '配達日時の調整',
    address: '配送先住所の問題',
  },
  criticalReasons: {
    customization: '商品のカスタマイズ',
    'delivery-scheduling': '配達日時の調整',
    'address-issue': '配送先住所の問題',
    'unexpected-problem': '予期しない問題',
  },
};
