/** Swedish templates (du-form, as Swedish shops address their customers). Plain text; {tokens} are placeholders (see ../placeholders.ts). */
import type { LocaleLibrary } from '../types.ts';
import { lines } from './text.ts';

const SIGN_OFF = ['Vänliga hälsningar', '{sellerName}'];

export const sv: LocaleLibrary = {
  'address-problem': {
    title: 'Problem med leveransadressen',
    body: lines(
      'Hej {buyerName},',
      '',
      'vi vill gärna skicka din beställning {orderId}, men transportören kan inte bekräfta leveransadressen. Adressen verkar vara ofullständig, till exempel kan gatunumret eller lägenhetsnumret saknas.',
      '',
      'För att "{productName}" ska komma fram till dig ber vi dig svara på det här meddelandet med din fullständiga adress, eller bekräfta att adressen i beställningen stämmer.',
      '',
      'Vi håller kvar försändelsen tills vi har fått ditt svar.',
      '',
      ...SIGN_OFF,
    ),
  },
  'information-needed': {
    title: 'Uppgifter som behövs för din beställning',
    body: lines(
      'Hej {buyerName},',
      '',
      'tack för din beställning {orderId}. Innan vi kan skicka "{productName}" behöver vi en uppgift från dig:',
      '',
      '{requestedInformation}',
      '',
      'Svara gärna direkt på det här meddelandet. När vi har fått uppgiften gör vi i ordning din beställning för leverans.',
      '',
      ...SIGN_OFF,
    ),
  },
  'customization-confirmation': {
    title: 'Bekräfta anpassningen',
    body: lines(
      'Hej {buyerName},',
      '',
      'tack för din beställning {orderId}. Innan vi tillverkar "{productName}" åt dig vill vi stämma av anpassningen med dig. Det här är uppgifterna vi har fått:',
      '',
      '{customizationDetails}',
      '',
      'Kontrollera stavning, mellanslag och datum noga. Bekräfta sedan att allt stämmer, eller skicka oss de rättade uppgifterna. Så snart vi har ditt svar börjar vi tillverkningen.',
      '',
      ...SIGN_OFF,
    ),
  },
  'delivery-scheduling': {
    title: 'Boka leveranstid',
    body: lines(
      'Hej {buyerName},',
      '',
      '"{productName}" från din beställning {orderId} är en stor försändelse som levereras av en budfirma, och de behöver boka en leveranstid med dig. Det tidigaste möjliga leveransdatumet är {deliveryDate}.',
      '',
      'Berätta vilka dagar och tider du kan ta emot leveransen och om chauffören behöver tänka på något, till exempel trappor, en smal infart eller ont om parkering. Vi skickar sedan dina önskemål vidare till budfirman.',
      '',
      ...SIGN_OFF,
    ),
  },
  'delay-or-problem': {
    title: 'Försening av din beställning',
    body: lines(
      'Hej {buyerName},',
      '',
      'tyvärr måste vi meddela att din beställning {orderId} blir försenad på grund av ett oväntat problem: vi kan inte skicka "{productName}" som planerat. Enligt nuvarande planering får du den senast {deliveryDate}.',
      '',
      'Om du inte vill vänta så länge kan du svara på det här meddelandet, så avbeställer vi ordern åt dig. Vill du vänta behöver du inte göra något.',
      '',
      'Vi ber om ursäkt för besväret.',
      '',
      ...SIGN_OFF,
    ),
  },
  'return-question': {
    title: 'Fråga om din retur',
    body: lines(
      'Hej {buyerName},',
      '',
      'vi har tagit emot din returbegäran för "{productName}" från beställning {orderId}. För att kunna hantera den så snabbt som möjligt vill vi gärna veta lite mer om varför du returnerar varan.',
      '',
      'Om varan kom fram skadad eller inte fungerar hjälper en kort beskrivning och ett foto av problemet oss mycket. Kanske kan vi då skicka en ersättningsvara eller lösa problemet utan att du behöver skicka tillbaka den.',
      '',
      ...SIGN_OFF,
    ),
  },
  invoice: {
    title: 'Faktura för din beställning',
    body: lines(
      'Hej {buyerName},',
      '',
      'här bifogar vi fakturan för din beställning {orderId} av "{productName}".',
      '',
      'Om något på fakturan behöver ändras, till exempel ett företagsnamn eller ditt momsregistreringsnummer, svarar du på det här meddelandet med rätt uppgifter. Vi skickar då en rättad faktura.',
      '',
      ...SIGN_OFF,
    ),
  },
  'warranty-instructions': {
    title: 'Information om garantin',
    body: lines(
      'Hej {buyerName},',
      '',
      'det finns en garanti för "{productName}" från din beställning {orderId}. Garantivillkoren och bruksanvisningen har vi bifogat till det här meddelandet, så att du har dem till hands när du behöver dem.',
      '',
      'Om ett fel uppstår under garantitiden kan du skicka ett meddelande till oss via "Dina beställningar" på Amazon med en kort beskrivning av problemet och gärna ett foto. Vi ordnar då en reparation eller en ersättningsvara.',
      '',
      ...SIGN_OFF,
    ),
  },
  'review-request': {
    title: 'Förfrågan om en recension',
    body: lines(
      'Hej {buyerName},',
      '',
      'vi hoppas att "{productName}" från din beställning {orderId} har kommit fram som det ska.',
      '',
      'Om du har en stund över skulle vi uppskatta om du delade din upplevelse av produkten i en recension på Amazon. Det gör du enkelt via "Dina beställningar". Recensioner hjälper andra kunder att välja.',
      '',
      ...SIGN_OFF,
    ),
  },
};
