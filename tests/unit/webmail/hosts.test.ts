import { describe, expect, it } from 'vitest';
import { RELAY_DOMAINS, WEBMAIL_MATCHES, isBuyerRelayAddress, mailClientOf, relayDomainOf } from '../../../lib/webmail/hosts';

describe('buyer relay addresses', () => {
  it('knows every marketplace the issue lists', () => {
    for (const tld of ['com', 'ca', 'com.mx', 'com.br', 'co.uk', 'de', 'fr', 'it', 'es', 'nl', 'se', 'pl', 'com.tr', 'com.be', 'ie', 'ae', 'sa', 'eg', 'in', 'co.jp', 'com.au', 'sg', 'co.za']) {
      expect(RELAY_DOMAINS).toContain(`marketplace.amazon.${tld}`);
      expect(isBuyerRelayAddress(`maria+0a1b2c3d@marketplace.amazon.${tld}`)).toBe(true);
    }
  });

  it('reads the address however a mail client writes it', () => {
    expect(relayDomainOf('Maria Garcia <maria+abc@marketplace.amazon.de>')).toBe('marketplace.amazon.de');
    expect(relayDomainOf('  MARIA+ABC@Marketplace.Amazon.CO.UK ')).toBe('marketplace.amazon.co.uk');
    expect(relayDomainOf('mailto:maria+abc@marketplace.amazon.com')).toBe('marketplace.amazon.com');
    expect(relayDomainOf('maria+abc@marketplace.amazon.com.')).toBe('marketplace.amazon.com');
  });

  it('is not fooled by look-alikes or other Amazon addresses', () => {
    for (const address of [
      'maria@marketplace.amazon.com.example.net',
      'maria@evilmarketplace.amazon.com',
      'maria@sub.marketplace.amazon.com',
      'seller-notification@amazon.com',
      'marketplace.amazon.com',
      '@marketplace.amazon.com',
      'friend@example.com',
      '',
    ]) {
      expect(isBuyerRelayAddress(address), address).toBe(false);
    }
  });

  it('names the mail client of a host, and only of the mail hosts', () => {
    expect(mailClientOf('mail.google.com')).toBe('gmail');
    for (const host of ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft']) expect(mailClientOf(host)).toBe('outlook');
    expect(mailClientOf('sellercentral.amazon.com')).toBeUndefined();
    expect(mailClientOf('google.com')).toBeUndefined();
    expect(WEBMAIL_MATCHES).toEqual([
      'https://mail.google.com/*',
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
      'https://outlook.live.com/*',
      'https://outlook.cloud.microsoft/*',
    ]);
  });
});
