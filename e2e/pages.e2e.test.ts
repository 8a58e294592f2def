import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { openPage } from './session';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

const languages = [
	{ lang: 'zh-CN', overview: '总览', products: '商品服务信号', conversations: '会话' },
	{
		lang: 'en',
		overview: 'Overview',
		products: 'Product service signals',
		conversations: 'Conversations'
	}
] as const;

const viewports = [
	{ name: 'desktop', width: 1280, height: 900 },
	{ name: 'phone', width: 390, height: 844 }
] as const;

describe.each(languages)('pages in $lang', ({ lang, overview, products, conversations }) => {
	it.each(viewports)('overview shows counts and analysis status ($name)', async (viewport) => {
		const page = await openPage(browser, baseUrl, '/', { lang, viewport, role: 'leader' });
		expect(await page.locator('h1').textContent()).toBe(overview);
		expect(await page.getByTestId('analysis-status').textContent()).toMatch(/\d{2}:\d{2}/);
		await screenshot(page, `overview-${lang}-${viewport.name}`);
		await page.context().close();
	});

	it('products board sorts and draws sparklines', async () => {
		const page = await openPage(browser, baseUrl, '/products', { lang, role: 'leader' });
		expect(await page.locator('h1').textContent()).toBe(products);
		const rows = page.getByTestId('products-table').locator('tbody tr');
		expect(await rows.count()).toBeGreaterThan(5);
		expect(await page.locator('svg path.series').count()).toBeGreaterThan(0);
		await page.getByRole('link', { name: lang === 'en' ? 'Return rate' : '退货率' }).click();
		await page.waitForURL(/sort=returnRate/);
		await screenshot(page, `products-${lang}`);
		await page.context().close();
	});

	it('conversation view highlights negative words', async () => {
		const page = await openPage(browser, baseUrl, '/conversations?risk=high', {
			lang,
			role: 'senior'
		});
		expect(await page.locator('h1').textContent()).toBe(conversations);
		await screenshot(page, `conversations-${lang}`);
		await page.getByTestId('conversations-table').locator('tbody tr a').first().click();
		await page.waitForURL(/\/conversations\/.+/);
		expect(await page.locator('mark.negative').count()).toBeGreaterThan(3);
		expect(await page.getByTestId('model-negativity').textContent()).toMatch(/%$/);
		await screenshot(page, `conversation-${lang}`);
		await page.context().close();
	});
});

it('unknown conversation answers 404', async () => {
	const page = await openPage(browser, baseUrl, '/conversations/does-not-exist', {
		role: 'senior'
	});
	expect(await page.locator('h1').textContent()).toBe('找不到该页面。');
	await page.context().close();
});
