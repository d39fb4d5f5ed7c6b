/**
 * Polish templates, in the polite "Państwo" form, which suits any buyer whatever the name on the
 * order. Plain text; {tokens} are placeholders (see ../placeholders.ts).
 */
import type { LocaleLibrary } from '../types.ts';
import { lines } from './text.ts';

const SIGN_OFF = ['Z pozdrowieniami', '{sellerName}'];

export const pl: LocaleLibrary = {
  'address-problem': {
    title: 'Problem z adresem dostawy',
    body: lines(
      'Dzień dobry {buyerName},',
      '',
      'przygotowujemy do wysyłki zamówienie {orderId}, jednak firma kurierska nie może potwierdzić adresu dostawy. Wygląda na to, że adres jest niepełny, na przykład może brakować numeru mieszkania.',
      '',
      'Aby produkt „{productName}” bezpiecznie do Państwa dotarł, prosimy o odpowiedź na tę wiadomość z pełnym adresem albo o krótkie potwierdzenie, że adres podany w zamówieniu jest prawidłowy.',
      '',
      'Do czasu otrzymania odpowiedzi wstrzymujemy wysyłkę.',
      '',
      ...SIGN_OFF,
    ),
  },
  'information-needed': {
    title: 'Potrzebne informacje do zamówienia',
    body: lines(
      'Dzień dobry {buyerName},',
      '',
      'dziękujemy za zamówienie {orderId}. Zanim wyślemy produkt „{productName}”, potrzebujemy od Państwa jeszcze jednej informacji:',
      '',
      '{requestedInformation}',
      '',
      'Wystarczy odpowiedzieć na tę wiadomość. Gdy tylko otrzymamy informację, przygotujemy zamówienie do wysyłki.',
      '',
      ...SIGN_OFF,
    ),
  },
  'customization-confirmation': {
    title: 'Potwierdzenie personalizacji',
    body: lines(
      'Dzień dobry {buyerName},',
      '',
      'dziękujemy za zamówienie {orderId}. Zanim wykonamy dla Państwa produkt „{productName}”, chcielibyśmy potwierdzić szczegóły personalizacji. Otrzymaliśmy następujące dane:',
      '',
      '{customizationDetails}',
      '',
      'Prosimy dokładnie sprawdzić pisownię, odstępy i daty, a następnie potwierdzić, że wszystko się zgadza, lub przesłać poprawione dane. Po otrzymaniu odpowiedzi rozpoczniemy realizację.',
      '',
      ...SIGN_OFF,
    ),
  },
  'delivery-scheduling': {
    title: 'Ustalenie terminu dostawy',
    body: lines(
      'Dzień dobry {buyerName},',
      '',
      'produkt „{productName}” z zamówienia {orderId} jest przesyłką gabarytową i zostanie dostarczony przez firmę spedycyjną, która musi uzgodnić z Państwem termin dostawy. Najwcześniejszy możliwy termin to {deliveryDate}.',
      '',
      'Prosimy o informację, w które dni i w jakich godzinach mogą Państwo odebrać przesyłkę oraz czy kierowca powinien o czymś wiedzieć, na przykład o schodach, wąskim dojeździe lub braku miejsca do parkowania. Przekażemy wybrany termin firmie spedycyjnej.',
      '',
      ...SIGN_OFF,
    ),
  },
  'delay-or-problem': {
    title: 'Opóźnienie zamówienia',
    body: lines(
      'Dzień dobry {buyerName},',
      '',
      'niestety musimy poinformować, że realizacja zamówienia {orderId} się opóźni z powodu nieoczekiwanego problemu: nie możemy wysłać produktu „{productName}” zgodnie z planem. Według aktualnych informacji otrzymają go Państwo do {deliveryDate}.',
      '',
      'Jeśli nie chcą Państwo czekać tak długo, prosimy odpowiedzieć na tę wiadomość, a anulujemy zamówienie za Państwa. Jeśli mogą Państwo poczekać, nie trzeba nic robić.',
      '',
      'Przepraszamy za niedogodności.',
      '',
      ...SIGN_OFF,
    ),
  },
  'return-question': {
    title: 'Pytanie dotyczące zwrotu',
    body: lines(
      'Dzień dobry {buyerName},',
      '',
      'otrzymaliśmy Państwa prośbę o zwrot produktu „{productName}” z zamówienia {orderId}. Aby jak najszybciej ją rozpatrzyć, chcielibyśmy dowiedzieć się nieco więcej o przyczynie zwrotu.',
      '',
      'Jeśli produkt dotarł uszkodzony lub nie działa, bardzo pomoże nam krótki opis i zdjęcie problemu. Być może będziemy mogli wtedy wysłać część zamienną lub rozwiązać problem bez konieczności odsyłania produktu.',
      '',
      ...SIGN_OFF,
    ),
  },
  invoice: {
    title: 'Faktura do zamówienia',
    body: lines(
      'Dzień dobry {buyerName},',
      '',
      'w załączniku przesyłamy fakturę do zamówienia {orderId} na produkt „{productName}”.',
      '',
      'Jeśli na fakturze trzeba coś zmienić, na przykład nazwę firmy lub numer NIP, prosimy odpowiedzieć na tę wiadomość, podając właściwe dane. Wyślemy wtedy poprawioną fakturę.',
      '',
      ...SIGN_OFF,
    ),
  },
  'warranty-instructions': {
    title: 'Informacje o gwarancji',
    body: lines(
      'Dzień dobry {buyerName},',
      '',
      'produkt „{productName}” z zamówienia {orderId} jest objęty gwarancją. Do tej wiadomości załączamy warunki gwarancji i instrukcję obsługi, aby mieli je Państwo pod ręką.',
      '',
      'Jeśli w okresie gwarancji pojawi się usterka, prosimy o wiadomość przez „Twoje zamówienia” na Amazon z krótkim opisem problemu i, jeśli to możliwe, zdjęciem. Zajmiemy się naprawą lub wymianą.',
      '',
      ...SIGN_OFF,
    ),
  },
  'review-request': {
    title: 'Prośba o opinię',
    body: lines(
      'Dzień dobry {buyerName},',
      '',
      'mamy nadzieję, że produkt „{productName}” z zamówienia {orderId} dotarł do Państwa bez problemów.',
      '',
      'Jeśli znajdą Państwo chwilę, będziemy wdzięczni za podzielenie się wrażeniami z użytkowania w opinii na Amazon. Można to łatwo zrobić w sekcji „Twoje zamówienia”. Opinie pomagają innym kupującym w wyborze.',
      '',
      ...SIGN_OFF,
    ),
  },
};
