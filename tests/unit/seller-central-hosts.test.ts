import { describe, expect, it } from 'vitest';
import { MESSAGING_MATCHES, SELLER_CENTRAL_HOSTS } from '../../lib/seller-central-hosts';

describe('Seller Central hosts', () => {
  it('lists each marketplace host once', () => {
    expect(new Set(SELLER_CENTRAL_HOSTS).size).toBe(SELLER_CENTRAL_HOSTS.length);
    expect(SELLER_CENTRAL_HOSTS).toContain('sellercentral.amazon.com');
    expect(SELLER_CENTRAL_HOSTS).toContain('sellercentral.amazon.co.jp');
    expect(SELLER_CENTRAL_HOSTS).toContain('sellercentral-europe.amazon.com');
  });

  it('matches only the messaging pages, over https', () => {
    for (const pattern of MESSAGING_MATCHES) expect(pattern).toMatch(/^https:\/\/[a-z.-]+\/messaging\/\*$/);
  });
});
