/**
 * Swedish phrase data (lib/rules/phrases/sv.ts): for every rule that Swedish phrases feed, cases
 * that must be found and near-misses that must not, in the registers sellers write (du-form, the
 * polite ni, casual shop Swedish), and detectLanguage on short messages against the other
 * languages.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../lib/rules/index.ts';
import { runRuleTable } from './tester.ts';

const order = '287-1234567-1234567';

runRuleTable('sv: promotion', 'promotion', {
  valid: [
    `Här bifogar vi köpebeviset för beställning ${order} till ditt försäkringsbolag.`,
    'Tyvärr är den gröna filten slutsåld; vill du ha den grå, eller ska vi avbeställa ordern?',
    'Som kompensation för repan återbetalar vi 15 % av köpesumman.',
    'Enligt våra köpvillkor kan du returnera varan inom 30 dagar.',
    'Du bad om en rabatt eftersom kartongen var skadad, så vi återbetalar 100 kr.',
  ],
  invalid: [
    { text: 'Med koden SOMMAR15 får du 15 % rabatt på ditt nästa köp.', errors: [{ ruleId: 'promotion' }, { ruleId: 'promotion' }] },
    { text: 'Följ oss på Instagram för nya mönster!', errors: [{ ruleId: 'promotion' }, { ruleId: 'promotion' }] },
    { text: 'Visste du att vi också gör matchande örngott?', errors: [{ ruleId: 'promotion' }] },
    { text: 'Prenumerera på vårt nyhetsbrev.', errors: [{ ruleId: 'promotion' }] },
    { text: 'Titta gärna in i vår Amazon-butik.', errors: [{ ruleId: 'promotion' }] },
    { text: 'Den här veckan är det rea på hela vårt sortiment.', errors: [{ ruleId: 'promotion' }, { ruleId: 'promotion' }] },
  ],
});

runRuleTable('sv: review-positive', 'review-positive', {
  valid: [
    'Tack för din positiva recension, den gjorde oss glada.',
    'Vi skulle uppskatta en ärlig recension på Amazon.',
    'Bordet finns i fem färger.',
  ],
  invalid: [
    {
      text: 'Lämna gärna ett positivt omdöme!',
      errors: [{ ruleId: 'review-positive', actual: 'positivt omdöme' }],
      output: 'Lämna gärna ett omdöme!',
    },
    { text: 'En recension med 5 stjärnor vore fantastiskt!', errors: [{ ruleId: 'review-positive' }] },
    { text: 'Ge oss gärna fem stjärnor.', errors: [{ ruleId: 'review-positive' }] },
    { text: 'Kan du nämna i din recension att leveransen var snabb?', errors: [{ ruleId: 'review-positive' }] },
  ],
});

runRuleTable('sv: review-conditional', 'review-conditional', {
  valid: [
    'Vill du dela din upplevelse av lampan i en recension?',
    'Om du inte gillar färgen byter vi gärna kudden. En ärlig recension uppskattar vi.',
    'Vilket typsnitt gillar du bäst? Då graverar vi det.',
  ],
  invalid: [
    { text: 'Om du är nöjd med lampan, lämna gärna en recension.', errors: [{ ruleId: 'review-conditional' }] },
    { text: 'Gillade du tröjan? Skriv då ett omdöme!', errors: [{ ruleId: 'review-conditional' }] },
    { text: 'Är ni nöjda med köpet? Lämna då gärna ett betyg.', errors: [{ ruleId: 'review-conditional' }] },
    { text: 'Är du inte nöjd, kontakta oss först innan du lämnar ett negativt omdöme.', errors: [{ ruleId: 'review-conditional' }] },
  ],
});

runRuleTable('sv: review-incentive', 'review-incentive', {
  valid: [
    'Vi skickar en ny vara gratis och skulle därefter uppskatta en ärlig recension.',
    'Som ursäkt återbetalar vi fraktkostnaden.',
  ],
  invalid: [
    { text: 'För varje recension får du ett presentkort på 100 kr.', errors: [{ ruleId: 'review-incentive' }] },
    { text: 'Efter att du har skrivit din recension skickar vi en gratis present.', errors: [{ ruleId: 'review-incentive' }] },
    { text: 'Som tack för en ärlig recension får du 10 % tillbaka.', errors: [{ ruleId: 'review-incentive' }] },
  ],
});

runRuleTable('sv: review-pressure', 'review-pressure', {
  valid: [
    'Vi är ett litet familjeföretag och kontrollerar varje lampa innan den skickas.',
    'Ditt ärliga omdöme hjälper andra kunder att välja.',
  ],
  invalid: [
    { text: 'Som litet företag är vi beroende av varje recension.', errors: [{ ruleId: 'review-pressure' }] },
    { text: 'Utan dina stjärnor överlever inte vår lilla butik.', errors: [{ ruleId: 'review-pressure' }] },
    { text: 'Mitt jobb hänger på att du skriver en recension.', errors: [{ ruleId: 'review-pressure' }] },
  ],
});

runRuleTable('sv: review-instruction', 'review-instruction', {
  valid: [
    'Som du skrev i din recension var kartongen skadad; vi skickar en ny.',
    'Skriv gärna hur många stolar du behöver.',
  ],
  invalid: [
    { text: 'Kopiera gärna dina fina ord till en recension på Amazon.', errors: [{ ruleId: 'review-instruction' }] },
    { text: 'Något i stil med "toppkvalitet, snabb leverans" vore perfekt i ditt omdöme.', errors: [{ ruleId: 'review-instruction' }] },
  ],
});

runRuleTable('sv: review-change', 'review-change', {
  valid: [
    'Vi har läst din recension och ändrat förpackningen.',
    'Ändra gärna leveransadressen i ditt Amazon-konto.',
    'Om du anser att vi har löst dina problem på ett tillfredsställande sätt kan du uppdatera eller ta bort den feedback som du ursprungligen lämnade här.',
  ],
  invalid: [
    { text: 'Skulle du kunna ändra ditt negativa omdöme nu när problemet är löst?', errors: [{ ruleId: 'review-change' }] },
    { text: 'Vi ber dig att ta bort din recension.', errors: [{ ruleId: 'review-change' }] },
    { text: 'Kan du uppdatera din feedback, snälla?', errors: [{ ruleId: 'review-change' }] },
  ],
});

runRuleTable('sv: feedback-notice', 'feedback-notice', {
  valid: [
    'Om du anser att vi har löst dina problem på ett tillfredsställande sätt kan du uppdatera eller ta bort den feedback som du ursprungligen lämnade här.',
  ],
  invalid: [
    {
      text: 'Nu när vi har löst ditt problem kan du uppdatera eller ta bort din feedback här.',
      errors: [{ ruleId: 'feedback-notice' }],
      output: 'Om du anser att vi har löst dina problem på ett tillfredsställande sätt kan du uppdatera eller ta bort den feedback som du ursprungligen lämnade här.',
    },
  ],
});

runRuleTable('sv: contact-request', 'contact-request', {
  valid: [
    'Stämmer telefonnumret i din beställning fortfarande? Chauffören ringer före leveransen.',
    'Skicka oss gärna serienumret från typskylten.',
    'Vi skickar bruksanvisningen till din e-postadress hos Amazon.',
  ],
  invalid: [
    { text: 'Skicka oss din e-postadress, så skickar vi bruksanvisningen.', errors: [{ ruleId: 'contact-request' }] },
    { text: 'Vad är ditt telefonnummer? Då ringer vår montör dig.', errors: [{ ruleId: 'contact-request' }] },
    { text: 'Vi behöver ditt mobilnummer så att teknikern kan ringa upp.', errors: [{ ruleId: 'contact-request' }] },
  ],
});

runRuleTable('sv: messenger-app', 'messenger-app', {
  valid: [
    'Bilderna kan du skicka här via Amazons meddelanden.',
    'Vi kan tyvärr inte hjälpa till via WhatsApp; allt sker här.',
  ],
  invalid: [
    { text: 'Skriv till oss på WhatsApp, det går snabbare.', errors: [{ ruleId: 'messenger-app' }] },
    { text: 'Skicka bilderna som DM på Instagram.', errors: [{ ruleId: 'messenger-app' }] },
  ],
});

runRuleTable('sv: off-amazon-sale', 'off-amazon-sale', {
  valid: [
    'Bruksanvisningen finns också på produktsidan.',
    'Vi får inte ta emot beställningar utanför Amazon.',
    'Lagret ligger direkt bredvid verkstaden, därför skickar vi snabbt.',
  ],
  invalid: [
    { text: 'Nästa gång kan du beställa direkt hos oss.', errors: [{ ruleId: 'off-amazon-sale' }] },
    { text: 'I vår egen webbutik är bordet till och med billigare.', errors: [{ ruleId: 'off-amazon-sale' }] },
    { text: 'Den andra stolen säljer vi gärna utanför Amazon.', errors: [{ ruleId: 'off-amazon-sale' }] },
  ],
});

runRuleTable('sv: off-amazon-payment', 'off-amazon-payment', {
  valid: [
    'Återbetalningen görs via Amazon till ditt PayPal-konto.',
    'Betala inte chauffören något, allt är redan betalt.',
    'Vi kan inte ta emot betalning via Swish eller banköverföring.',
  ],
  invalid: [
    { text: 'Du kan swisha resten av beloppet till oss.', errors: [{ ruleId: 'off-amazon-payment' }] },
    { text: 'Sätt in beloppet på vårt bankgiro.', errors: [{ ruleId: 'off-amazon-payment' }, { ruleId: 'off-amazon-payment' }] },
    { text: 'Monteringen betalar du kontant till montören.', errors: [{ ruleId: 'off-amazon-payment' }] },
  ],
});

runRuleTable('sv: cancellation-request', 'cancellation-request', {
  valid: [
    'Om du inte vill vänta avbeställer vi gärna ordern åt dig.',
    'Du behöver inte göra något, vi har redan avbeställt ordern.',
    'Du skrev att du vill avbeställa: det gör vi åt dig i dag.',
    'Din begäran om avbeställning kom in när paketet redan hade skickats.',
  ],
  invalid: [
    { text: 'Kan du avbeställa ordern själv?', errors: [{ ruleId: 'cancellation-request' }] },
    { text: 'Vi ber dig att avbeställa beställningen.', errors: [{ ruleId: 'cancellation-request' }] },
    { text: 'Skulle ni kunna annullera köpet?', errors: [{ ruleId: 'cancellation-request' }] },
    { text: 'Begär en avbeställning under Dina beställningar.', errors: [{ ruleId: 'cancellation-request' }] },
    { text: 'Avbeställ gärna din beställning, varan är slutsåld.', errors: [{ ruleId: 'cancellation-request' }] },
  ],
});

runRuleTable('sv: opt-out', 'opt-out', {
  valid: [
    'Sluta använda powerbanken och skicka tillbaka den.',
    'Ring inte oss, utan svara på det här meddelandet.',
  ],
  invalid: [
    { text: 'Om du inte vill få fler meddelanden från oss, svara STOPP.', errors: [{ ruleId: 'opt-out' }, { ruleId: 'opt-out' }] },
    { text: 'Klicka här för att avregistrera dig.', errors: [{ ruleId: 'opt-out' }] },
    { text: 'Vill du inte längre få de här meddelandena? Säg till.', errors: [{ ruleId: 'opt-out' }] },
  ],
});

runRuleTable('sv: help-only', 'help-only', {
  valid: [`Hej,\n\nhär bifogar vi fakturan för beställning ${order}. Har du frågor finns vi här för dig.\n\nVänliga hälsningar`],
  invalid: [
    {
      text: 'Hej Per,\n\nfrån och med nu är jag din personliga kontaktperson. Tveka inte att höra av dig.\n\nVänliga hälsningar\nAnna',
      errors: [{ ruleId: 'help-only' }],
    },
  ],
});

runRuleTable('sv: delivery-check-in', 'delivery-check-in', {
  valid: ['Hej,\n\nenligt PostNord har ditt paket levererats, men adaptern saknas i det. Vi skickar den i dag.\n\nVänliga hälsningar'],
  invalid: [
    { text: `Hej Karin,\n\nhar din beställning ${order} kommit fram?\n\nVänliga hälsningar\nTebutiken`, errors: [{ ruleId: 'delivery-check-in' }] },
    { text: 'Hej Ida,\n\njag ville bara höra om ditt paket har kommit fram?\n\nKram\nMira', errors: [{ ruleId: 'delivery-check-in' }] },
    { text: 'Hej, har allt kommit fram som det ska?\n\nVänliga hälsningar, Sandra', errors: [{ ruleId: 'delivery-check-in' }] },
  ],
});

runRuleTable('sv: thank-you-only', 'thank-you-only', {
  valid: [`Hej Gustav,\n\ntack för din beställning ${order}. Tyvärr saknas limmet; vi skickar det i morgon.\n\nVänliga hälsningar`],
  invalid: [
    { text: 'Hej Ellen,\n\nstort tack för din beställning hos oss! Vi önskar dig mycket nöje med din nya tekanna.\n\nVänliga hälsningar\nTehuset', errors: [{ ruleId: 'thank-you-only' }] },
  ],
});

runRuleTable('sv: placeholder', 'placeholder', {
  valid: [
    { text: 'Gravyrtexten är {För alltid din}: stämmer det?', options: { asSent: true } },
    { text: 'Hej {förnamn}, din beställning {ordernummer} har kommit fram.', options: { asSent: false } },
  ],
  invalid: [
    {
      text: 'Hej [Köparens namn], din beställning {ordernummer} är på väg.',
      options: { asSent: true },
      errors: [{ ruleId: 'placeholder', actual: '[Köparens namn]' }, { ruleId: 'placeholder', actual: '{ordernummer}' }],
    },
  ],
});

runRuleTable('sv: important-tag', 'important-tag', {
  valid: ['Viktigt: använd inte laddaren längre.'],
  invalid: [
    { text: '[Viktigt] Din adress är ofullständig.', errors: [{ ruleId: 'important-tag' }] },
    { text: '(BRÅDSKANDE) Boka leverans', errors: [{ ruleId: 'important-tag' }] },
  ],
});

runRuleTable('sv: critical-reason-misuse', 'critical-reason-misuse', {
  valid: [
    {
      text: `Hej Maja,\n\ntyvärr gick glaset i din spegel (beställning ${order}) sönder under frakten. Vi skickar en ny i dag.\n\nVänliga hälsningar`,
      options: { contactReason: 'unexpected-problem' },
    },
    {
      text: `Hej Nils,\n\ndin soffa från beställning ${order} levereras av en budfirma. Passar tisdag mellan 8 och 12?\n\nVänliga hälsningar`,
      options: { contactReason: 'delivery-scheduling' },
    },
    {
      text: `Hej Lina,\n\nhär bifogar vi korrekturet för din namnskylt (beställning ${order}). Godkänn det, så börjar vi gravera.\n\nVänliga hälsningar`,
      options: { contactReason: 'customization' },
    },
    {
      text: `Hej Nils,\n\nPostNord har skickat tillbaka paketet med beställning ${order}: gatunumret saknas. Kan du skicka oss den fullständiga adressen?\n\nVänliga hälsningar`,
      options: { contactReason: 'address-issue' },
    },
  ],
  invalid: [
    {
      text: `Hej Nils,\n\nvi hoppas att du trivs med soffan från beställning ${order}. Vill du dela din upplevelse i en recension?\n\nVänliga hälsningar`,
      options: { contactReason: 'address-issue' },
      errors: [{ ruleId: 'critical-reason-misuse' }],
    },
    {
      text: 'Hej Kalle,\n\ntack för ditt köp. Vi önskar dig mycket nöje med brödrosten och en fin dag.\n\nVänliga hälsningar',
      options: { contactReason: 'delivery-scheduling' },
      errors: [{ ruleId: 'critical-reason-misuse' }],
    },
  ],
});

describe('detectLanguage tells Swedish from the other languages in short messages', () => {
  const cases: [string, string][] = [
    ['Tack för din beställning. Paketet levereras i morgon.', 'sv'],
    ['Hej! Ditt paket är på väg. Kram', 'sv'],
    ['Kan du skicka gatunumret till oss?', 'sv'],
    ['Vi har avbeställt ordern och återbetalat beloppet.', 'sv'],
    ['Tyvärr är varan slut i lager just nu.', 'sv'],
    ['Bedankt voor uw bestelling. Het pakket wordt morgen bezorgd.', 'nl'],
    ['Vielen Dank für Ihre Bestellung. Das Paket kommt morgen.', 'de'],
    ['Thank you for your order. The parcel arrives tomorrow.', 'en'],
    ['Merci pour votre commande. Le colis arrive demain.', 'fr'],
  ];
  it.each(cases)('%s -> %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});
