import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';

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

async function openContext(
	lang: string,
	viewport: { width: number; height: number }
): Promise<BrowserContext> {
	const context = await browser.newContext({ viewport, locale: lang, timezoneId: 'Asia/Shanghai' });
	const page = await context.newPage();
	await page.goto(`${baseUrl}/?lang=${lang}`);
	await page.close();
	return context;
}

describe.each(languages)('pages in $lang', ({ lang, overview, products, conversations }) => {
	it.each(viewports)('overview shows counts and analysis status ($name)', async (viewport) => {
		const context = await openContext(lang, viewport);
		const page = await context.newPage();
		await page.goto(`${baseUrl}/`);
		await expect(page.locator('h1').textContent()).resolves.toBe(overview);
		await expect(page.getByTestId('analysis-status').textContent()).resolves.toMatch(/\d{2}:\d{2}/);
		await screenshot(page, `overview-${lang}-${viewport.name}`);
		await context.close();
	});

	it('products board lists products with sparklines', async () => {
		const context = await openContext(lang, viewports[0]);
		const page = await context.newPage();
		await page.goto(`${baseUrl}/products`);
		await expect(page.locator('h1').textContent()).resolves.toBe(products);
		const rows = page.getByTestId('products-table').locator('tbody tr');
		expect(await rows.count()).toBeGreaterThan(5);
		expect(await page.locator('svg path.series').count()).toBeGreaterThan(0);
		await page.getByRole('link', { name: lang === 'en' ? 'Return rate' : '退货率' }).click();
		await page.waitForURL(/sort=returnRate/);
		await screenshot(page, `products-${lang}`);
		await context.close();
	});

	it('conversation view highlights negative words', async () => {
		const context = await openContext(lang, viewports[0]);
		const page = await context.newPage();
		await page.goto(`${baseUrl}/conversations?risk=high`);
		await expect(page.locator('h1').textContent()).resolves.toBe(conversations);
		await screenshot(page, `conversations-${lang}`);
		await page.getByTestId('conversations-table').locator('tbody tr a').first().click();
		await page.waitForURL(/\/conversations\/.+/);
		expect(await page.locator('mark.negative').count()).toBeGreaterThan(3);
		await expect(page.getByTestId('model-negativity').textContent()).resolves.toMatch(/%$/);
		await screenshot(page, `conversation-${lang}`);
		await context.close();
	});
});

it('unknown conversation answers 404', async () => {
	const response = await fetch(`${baseUrl}/conversations/does-not-exist`);
	expect(response.status).toBe(404);
});
