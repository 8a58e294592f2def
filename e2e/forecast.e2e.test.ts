import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { openPage } from './session';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
	// The first visit computes and stores the forecasts, which takes longer than a page load.
	const page = await openPage(browser, baseUrl, '/', { role: 'leader' });
	const response = await page.request.get(`${baseUrl}/forecast`, { timeout: 180_000 });
	expect(response.status()).toBe(200);
	await page.context().close();
}, 240_000);
afterAll(() => browser?.close());

const viewports = [
	{ name: 'desktop', width: 1280, height: 900 },
	{ name: 'phone', width: 390, height: 844 }
] as const;

describe('forecast page', () => {
	it.each(viewports)('leader sees the chart and backtest table ($name)', async (viewport) => {
		const page = await openPage(browser, baseUrl, '/forecast', {
			role: 'leader',
			lang: 'en',
			viewport
		});
		// The chart takes its width from the page once hydrated.
		await page.waitForLoadState('networkidle');
		expect(await page.locator('h1').textContent()).toBe('Trend forecast');
		const chart = page.getByTestId('forecast-chart');
		expect(await chart.locator('path.history').getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
		expect(await chart.locator('path.forecast').getAttribute('d')).toMatch(/^M/);
		expect(await chart.getByTestId('band95').getAttribute('d')).toMatch(/Z$/);
		expect(await chart.locator('line.marker').count()).toBeGreaterThanOrEqual(4);
		const rows = page.getByTestId('forecast-backtest').locator('tbody tr');
		expect(await rows.count()).toBeGreaterThanOrEqual(4);
		expect(await rows.first().textContent()).toMatch(/\d+%/);
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width).toBeLessThanOrEqual(viewport.width);
		await screenshot(page, `forecast-${viewport.name}`);
		await page.context().close();
	});

	it('switches to a category series', async () => {
		const page = await openPage(browser, baseUrl, '/forecast?series=category%3Ashirt', {
			role: 'leader',
			lang: 'zh-CN'
		});
		expect(await page.getByTestId('forecast-chart').locator('h2').textContent()).toBe('衬衫');
		await page.context().close();
	});

	it('exports the forecasts as CSV', async () => {
		const page = await openPage(browser, baseUrl, '/', { role: 'admin' });
		const response = await page.request.get(`${baseUrl}/forecast/forecasts.csv`);
		expect(response.headers()['content-type']).toContain('text/csv');
		expect(await response.text()).toMatch(/series,week,actual,model,point,lower80/);
		await page.context().close();
	});

	it('refuses an agent', async () => {
		const page = await openPage(browser, baseUrl, '/', { role: 'agent' });
		const response = await page.request.get(`${baseUrl}/forecast`);
		expect(response.status()).toBe(403);
		await page.context().close();
	});
});
