import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contactBuyerUrl, launchChromium } from './browsers.ts';
import type { ExtensionBrowser } from './browsers.ts';
import { IN_ASSISTANT, openContactPage, typeInCompose, waitForFinding } from './assistant-helpers.ts';

/**
 * A browser whose UI is Simplified Chinese (the zh_CN locale): Clearsend's panel, its findings and
 * its popup speak Chinese, and Chinese text wraps inside the panel instead of overflowing it.
 */
describe('chromium in Chinese', () => {
  let run: ExtensionBrowser;
  beforeAll(async () => {
    run = await launchChromium(inject('fixturePort'), { language: 'zh-CN' });
  });
  afterAll(async () => {
    await run?.close();
  });

  it('shows the panel and the findings in Chinese', async () => {
    const page = await openContactPage(run, contactBuyerUrl());
    await typeInCompose(page, '您好，下次购买时使用优惠码 SAVE15 即可享受85折优惠，全店商品通用，欢迎进店看看我们店铺的其他商品和新品。');
    await waitForFinding(page, 'promotion');
    const panel = await page.$eval(`${IN_ASSISTANT} .cs-panel`, (el) => el.textContent ?? '');
    expect(panel).toContain('错误'); // the errors count
    const message = await page.$eval(`${IN_ASSISTANT} .cs-finding[data-category="promotion"] .cs-message`, (el) => el.textContent ?? '');
    expect(message).toMatch(/推广|营销|优惠券/);
    await page.close();
  });

  it('wraps Chinese findings inside the panel, with strict CJK line breaking', async () => {
    const page = await openContactPage(run, contactBuyerUrl());
    await typeInCompose(page, '亲，收到货满意的话给个五星好评哦，留下评价后把截图发给我们，我们会给您返现十美元，非常感谢您的支持和理解。');
    await waitForFinding(page, 'review-manipulation');
    const layout = await page.$eval(`${IN_ASSISTANT} .cs-panel`, (el) => ({
      lang: el.getAttribute('lang'),
      lineBreak: getComputedStyle(el).lineBreak,
      overflow: el.scrollWidth - el.clientWidth,
    }));
    expect(layout.lang).toBe('zh');
    expect(layout.lineBreak).toBe('strict');
    expect(layout.overflow).toBeLessThanOrEqual(1);
    await page.close();
  });

  it('opens the popup in Chinese', async () => {
    const page = await openContactPage(run, contactBuyerUrl());
    await page.click('kat-textarea >>> textarea');
    const popup = await run.openPopup();
    await popup.waitForSelector('[data-field="order"]', { timeout: 10_000 });
    expect(await popup.evaluate(() => document.body.textContent ?? '')).toMatch(/买家|订单/);
    await popup.close();
    await page.close();
  });
});
