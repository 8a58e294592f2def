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

const sections = ['review-forecasts', 'review-bonus', 'review-service', 'review-product'];

describe('leadership review', () => {
	it('leader sees the four sections and switches to a quarter', async () => {
		const page = await openPage(browser, baseUrl, '/review', { role: 'leader' });
		expect(await page.locator('h1').textContent()).toContain('管理复盘');
		for (const section of sections) {
			expect(await page.getByTestId(section).isVisible(), section).toBe(true);
		}
		expect(await page.getByTestId('review-period').textContent()).toBe('2026年11月');
		expect(await page.getByTestId('kpi-card').count()).toBe(9);
		const forecasts = await page.getByTestId('forecast-multiple').count();
		if (forecasts === 0) {
			expect(await page.getByTestId('forecasts-empty').textContent()).toContain(
				'seam forecast run'
			);
		}
		const bonusEmpty = await page.getByTestId('bonus-empty').count();
		if (bonusEmpty) {
			expect(await page.getByTestId('bonus-empty').locator('a').getAttribute('href')).toBe(
				'/bonus/runs?period=2026-11'
			);
		}
		await screenshot(page, 'review-desktop');

		await page.waitForLoadState('networkidle');
		const form = page.getByTestId('period-form');
		await form.locator('select[name=period]').selectOption('2026-Q3');
		await Promise.all([
			page.waitForURL((url) => url.searchParams.get('period') === '2026-Q3'),
			form.locator('button[type=submit]').click()
		]);
		await page.getByTestId('review-period').getByText('2026 年第 3 季度').waitFor();
		const evidence = page.locator('[data-kpi=frtMedian] [data-testid=kpi-evidence]');
		expect(await evidence.getAttribute('href')).toBe('/review/evidence/frt?period=2026-Q3');
		await page.context().close();
	});

	it('evidence of slow first responses lists conversations', async () => {
		const page = await openPage(browser, baseUrl, '/review?period=2026-11', {
			role: 'leader',
			lang: 'en'
		});
		await page.locator('[data-kpi=frtWithinTarget] [data-testid=kpi-evidence]').click();
		await page.waitForURL((url) => url.pathname === '/review/evidence/frt');
		const rows = page.getByTestId('evidence-rows').locator('tbody tr');
		expect(await rows.count()).toBeGreaterThan(0);
		expect(await rows.first().locator('a').getAttribute('href')).toMatch(/^\/conversations\//);
		await page.context().close();
	});

	it('stacks the cards on a 390 px phone', async () => {
		const page = await openPage(browser, baseUrl, '/review', {
			role: 'leader',
			lang: 'en',
			viewport: { width: 390, height: 844 }
		});
		expect(await page.locator('h1').textContent()).toContain('Leadership review');
		const cards = page.getByTestId('kpi-card');
		const first = (await cards.nth(0).boundingBox())!;
		const second = (await cards.nth(1).boundingBox())!;
		expect(second.x).toBe(first.x);
		expect(second.y).toBeGreaterThan(first.y);
		const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(pageWidth).toBeLessThanOrEqual(390);
		await screenshot(page, 'review-phone');
		await page.context().close();
	});

	it('hides the navigation and controls when printed', async () => {
		const page = await openPage(browser, baseUrl, '/review', { role: 'leader' });
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('header').isVisible()).toBe(false);
		expect(await page.getByTestId('print').isVisible()).toBe(false);
		expect(await page.getByTestId('review-service').isVisible()).toBe(true);
		await page.context().close();
	});

	it('shows forecasts and the bonus run once both exist', async () => {
		const admin = await openPage(browser, baseUrl, '/bonus/runs?period=2026-11', {
			role: 'admin',
			lang: 'en'
		});
		await admin.getByTestId('approve').click();
		// Another test file may have approved this month already, so any version will do.
		await expect.poll(() => admin.getByTestId('run-outcome').textContent()).toMatch(/:v\d+/);
		// The forecast page computes and stores the forecasts on its first visit.
		await admin.goto(`${baseUrl}/forecast`);
		await admin.getByTestId('forecast-chart').waitFor({ timeout: 120_000 });
		await admin.context().close();

		const page = await openPage(browser, baseUrl, '/review', { role: 'leader', lang: 'en' });
		const multiples = page.getByTestId('forecast-multiple');
		expect(await multiples.count()).toBeGreaterThan(0);
		expect(await multiples.first().getAttribute('href')).toMatch(/^\/forecast\?series=topic%3A/);
		expect(await multiples.first().locator('path.band95').getAttribute('d')).toMatch(/^M/);
		expect(await multiples.first().locator('path.history').getAttribute('d')).toMatch(/^M/);
		expect(await page.getByTestId('bonus-paid').textContent()).toMatch(/^¥[\d,]+\.\d\d$/);
		expect(await page.getByTestId('bonus-empty').count()).toBe(0);
		await screenshot(page, 'review-desktop-en');
		await page.context().close();
	}, 180_000);

	it('agent gets 403 on review and evidence', async () => {
		const page = await openPage(browser, baseUrl, '/review', { role: 'agent' });
		const response = await page.reload();
		expect(response?.status()).toBe(403);
		const evidence = await page.goto(`${baseUrl}/review/evidence/frt?period=2026-11`);
		expect(evidence?.status()).toBe(403);
		await page.context().close();
	});
});
