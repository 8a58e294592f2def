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

describe('linkage board', () => {
	it('leader filters, moves a card and sees it after a reload', async () => {
		const page = await openPage(browser, baseUrl, '/board?period=730d', {
			role: 'leader',
			lang: 'en'
		});
		expect(await page.locator('h1').textContent()).toBe('Service-to-product linkage board');
		const cards = page.getByTestId('board-card');
		expect(await cards.count()).toBeGreaterThan(5);

		// Choosing options before hydration finishes can be undone when Svelte sets the values.
		await page.waitForLoadState('networkidle');
		const filters = page.getByTestId('board-filters');
		const category = await filters
			.locator('select[name=category] option')
			.nth(1)
			.getAttribute('value');
		await filters.locator('select[name=category]').selectOption(category!);
		await filters.locator('select[name=sort]').selectOption('conversations');
		await Promise.all([
			page.waitForURL((url) => url.searchParams.get('category') === category),
			filters.locator('button[type=submit]').click()
		]);
		const filtered = await cards.count();
		expect(filtered).toBeGreaterThan(0);
		for (let i = 0; i < filtered; i++) {
			expect(await cards.nth(i).textContent()).toContain(category!);
		}

		const fresh = cards
			.filter({ has: page.getByTestId('card-status').getByText('New', { exact: true }) })
			.first();
		const productId = await fresh.getAttribute('data-product');
		await fresh.getByTestId('card-to').selectOption('investigating');
		await fresh.locator('input[name=note]').fill('e2e: sleeves run short');
		await fresh.locator('button[type=submit]').click();
		await page.getByTestId('board-saved').waitFor();

		await page.reload();
		const moved = page.locator(`[data-testid=board-card][data-product="${productId}"]`);
		expect(await moved.getByTestId('card-status').textContent()).toBe('Investigating');
		expect(await moved.locator('input[name=note]').inputValue()).toBe('e2e: sleeves run short');

		await moved.getByTestId('evidence-link').click();
		await page.getByTestId('card-history').waitFor();
		expect(await page.getByTestId('card-history').textContent()).toContain(
			'e2e: sleeves run short'
		);
		await page.context().close();
	});

	it.each(viewports)('draws cards with trends ($name)', async (viewport) => {
		const page = await openPage(browser, baseUrl, '/board?period=365d', {
			role: 'leader',
			lang: 'zh-CN',
			viewport
		});
		const first = page.getByTestId('board-card').first();
		expect(await first.locator('svg.sparkline path.series').count()).toBe(5);
		expect(await first.locator('svg.sparkline path.series').first().getAttribute('d')).toMatch(
			/^M/
		);
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width).toBeLessThanOrEqual(viewport.width);
		await screenshot(page, `board-${viewport.name}`);
		await page.context().close();
	});

	it('exports the cards as CSV', async () => {
		const page = await openPage(browser, baseUrl, '/board', { role: 'leader' });
		const response = await page.request.get(`${baseUrl}/board/cards.csv?period=365d`);
		expect(response.headers()['content-type']).toContain('text/csv');
		expect(await response.text()).toMatch(/productId,name,category,status/);
		await page.context().close();
	});

	it.each(['agent', 'designer'] as const)('%s gets 403', async (role) => {
		const page = await openPage(browser, baseUrl, '/', { role });
		const response = await page.goto(`${baseUrl}/board`);
		expect(response?.status()).toBe(403);
		await page.context().close();
	});

	it('admin sees frequent topic terms', async () => {
		const page = await openPage(browser, baseUrl, '/admin/topics', { role: 'admin', lang: 'en' });
		expect(await page.getByTestId('topic-counts').locator('tbody tr').count()).toBe(9);
		await screenshot(page, 'admin-topics');
		await page.context().close();
	});
});
