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

const viewports = [
	{ name: 'desktop', width: 1280, height: 900 },
	{ name: 'phone', width: 390, height: 844 }
] as const;

describe('size pages', () => {
	it.each(viewports)(
		'size board ranks products with the planted fault first ($name)',
		async (viewport) => {
			const page = await openPage(browser, baseUrl, '/size', {
				role: 'designer',
				lang: 'en',
				viewport
			});
			expect(await page.locator('h1').textContent()).toBe('Size feedback');
			const rows = page.getByTestId('size-products').locator('tbody tr');
			expect(await rows.count()).toBeGreaterThan(5);
			expect(await rows.first().textContent()).toContain('P001');
			await screenshot(page, `size-${viewport.name}`);
			await page.context().close();
		}
	);

	it('product page draws the heatmap, scatter and cluster cards', async () => {
		const page = await openPage(browser, baseUrl, '/size/P001', {
			role: 'designer',
			lang: 'zh-CN'
		});
		expect(await page.locator('svg rect').count()).toBeGreaterThanOrEqual(15);
		expect(await page.locator('svg circle.dot').count()).toBeGreaterThan(20);
		expect(await page.locator('svg path.outline').count()).toBeGreaterThan(0);
		const first = page.getByTestId('cluster-card').first();
		expect(await first.textContent()).toContain('肩宽偏小');
		await first.locator('summary').click();
		expect(await first.locator('.evidence li').count()).toBeGreaterThan(5);
		await screenshot(page, 'size-product-P001');
		await page.context().close();
	});

	it('exports the clusters as CSV', async () => {
		const page = await openPage(browser, baseUrl, '/size/P001', { role: 'designer' });
		const response = await page.request.get(`${baseUrl}/size/P001/clusters.csv`);
		expect(response.headers()['content-type']).toContain('text/csv');
		expect(await response.text()).toMatch(/clusterId,size,fit,bodyPart/);
		await page.context().close();
	});

	it('size advice recommends a size with a reason', async () => {
		const page = await openPage(
			browser,
			baseUrl,
			'/size/recommend?customerId=C00002&productId=P001',
			{
				role: 'designer',
				lang: 'en'
			}
		);
		const advice = page.getByTestId('size-advice');
		expect(await advice.locator('strong').textContent()).toMatch(/^(S|M|L|XL|XXL)$/);
		expect(await advice.textContent()).toMatch(/Confidence: \d+%/);
		await screenshot(page, 'size-recommend');
		await page.context().close();
	});
});
