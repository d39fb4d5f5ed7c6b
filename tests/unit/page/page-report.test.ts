import { beforeEach, describe, expect, it } from 'vitest';
import { pageReport } from '../../../lib/page/page-report';

/** Everything here is what a buyer or a seller said or is: none of it may leave in a report. */
const SECRETS = [
  'Maria Garcia',
  'Garcia',
  '112-1234567-1234567',
  '305-7654321-1234567',
  'maria.garcia@example.com',
  'lily_88',
  'A2B3C4D5E6',
  'the oak side table',
  'Calle Mayor 12',
  'SAVE10',
  '6a1d2e4f-8b3c-4d5e-a6f7-1b2c3d4e5f60',
  '+34 612 345 678',
];

function page(): void {
  // eslint-disable-next-line no-restricted-syntax -- test fixture
  document.body.innerHTML = `
    <aside><nav>
      <a class="thread-link" href="?fi=caseId&ss=6a1d2e4f-8b3c-4d5e-a6f7-1b2c3d4e5f60" title="Maria Garcia">Maria Garcia · 112-1234567-1234567</a>
      <a class="thread-link" data-buyer="maria.garcia@example.com">Jonas · 305-7654321-1234567</a>
    </nav></aside>
    <main id="thread-112-1234567-1234567" class="buyer-maria.garcia@example.com">
      <h2 aria-label="Maria Garcia">Maria Garcia</h2>
      <p>Ship to Calle Mayor 12, call +34 612 345 678, WeChat: lily_88</p>
      <kat-label text="Buyer's Language of Preference: Spanish"></kat-label>
      <kat-radiobutton label="Notify of a problem with shipping your order" value="A2B3C4D5E6"></kat-radiobutton>
      <form><kat-composer label="Reply to Maria Garcia"></kat-composer>
        <input type="hidden" name="buyer" value="maria.garcia@example.com">
        <textarea placeholder="Maria Garcia">Use code SAVE10 on the oak side table</textarea>
      </form>
    </main>`;
  const composer = document.querySelector('kat-composer')!;
  const root = composer.attachShadow({ mode: 'open' });
  const box = document.createElement('textarea');
  box.value = 'Hello Maria Garcia, order 112-1234567-1234567: the oak side table ships today. Use code SAVE10.';
  const hint = document.createElement('span');
  hint.textContent = 'Writing to maria.garcia@example.com';
  root.append(hint, box);
}

const URL_WITH_DATA = new URL(
  'https://sellercentral.amazon.es/messaging/contact/returns?buyerID=A2B3C4D5E6&buyerEmail=maria.garcia%40example.com&orderID=112-1234567-1234567',
);

describe('the page report', () => {
  beforeEach(page);

  it('leaves out every name, order ID, address, e-mail, message and identifier', () => {
    const report = pageReport(document, { location: URL_WITH_DATA });
    for (const secret of SECRETS) expect(report).not.toContain(secret);
    for (const secret of SECRETS) expect(report.toLowerCase()).not.toContain(secret.toLowerCase());
    // No long run of digits but the zeros that keep an id's shape (a length of 5 digits would be 10 KB of text).
    expect((report.replace(/^browser: .*$/m, '').match(/\d{5,}/g) ?? []).filter((digits) => /[1-9]/.test(digits))).toEqual([]);
    expect(report).not.toContain('@');
  });

  it('shows the structure: tags, shadow roots, attribute names, lengths, the path to each control', () => {
    const report = pageReport(document, { location: URL_WITH_DATA });
    expect(report).toContain('page: sellercentral.amazon.es/messaging/contact/returns?buyerID=10&buyerEmail=24&orderID=19');
    expect(report).toContain('kat-radiobutton [label=44 value=10]');
    expect(report).toContain('#shadow-root (open)');
    expect(report).toMatch(/a\.thread-link \[href=\d+ title=12\]/);
    // An id that holds an order ID keeps its shape, not its digits; a class holding an address, its length.
    expect(report).toContain('main#thread-000-0000000-0000000.…');
    expect(report).toMatch(/body > main#thread-000-0000000-0000000\.…\d+ > form > kat-composer >>> textarea {2}\(value=\d+ /);
    expect(report).toContain('"61"'); // the paragraph with the address and the phone number, by its length
  });

  it('says what the adapter found and did not find', () => {
    const report = pageReport(document, { location: URL_WITH_DATA });
    expect(report).toContain('order ID: yes');
    expect(report).toContain("buyer's language: yes (es)");
    expect(report).toContain('contact reasons: 1, one picked: no');
    expect(report).toContain('send button: no');
  });

  it('leaves Clearsend’s own UI out', () => {
    const own = document.createElement('clearsend-assistant');
    own.append(Object.assign(document.createElement('div'), { className: 'cs-panel-own' }));
    document.body.append(own);
    expect(pageReport(document, { location: URL_WITH_DATA, ignore: own })).not.toContain('cs-panel-own');
  });
});
