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

describe('escalation queue', () => {
	it('shows the queue with a running clock', async () => {
		const page = await openPage(browser, baseUrl, '/escalations', { role: 'senior', lang: 'en' });
		expect(await page.locator('h1').textContent()).toBe('Escalation queue');
		const items = page.getByTestId('escalation');
		expect(await items.count()).toBeGreaterThan(0);
		const clock = items.first().getByTestId('countdown').locator('time');
		const before = await clock.textContent();
		expect(before).toMatch(/\d{2}:\d{2}:\d{2}$/);
		// The clock runs in the browser: its text changes within a couple of seconds.
		await page.waitForFunction(
			(previous) =>
				document.querySelector('[data-testid="countdown"] time')?.textContent !== previous,
			before,
			{ timeout: 5000 }
		);
		expect(await items.first().locator('mark.negative').count()).toBeGreaterThan(0);
		expect(await items.first().getByTestId('model-negativity').textContent()).toMatch(/%$/);
		await screenshot(page, 'escalations-queue');
		await page.context().close();
	});

	it('claims an escalation with one click', async () => {
		const page = await openPage(browser, baseUrl, '/escalations', { role: 'senior', lang: 'en' });
		const items = page.getByTestId('escalation');
		const count = await items.count();
		const conversation = await items.first().locator('a').first().textContent();
		await items.first().getByTestId('claim').click();
		await expect.poll(() => page.getByTestId('claim-outcome').textContent()).toMatch(/claimed/);
		expect(await page.getByTestId('escalation').count()).toBe(count - 1);
		expect(await page.getByText(conversation ?? '', { exact: true }).count()).toBe(0);
		await screenshot(page, 'escalations-claimed');
		await page.context().close();
	});

	it('fits a phone screen', async () => {
		const page = await openPage(browser, baseUrl, '/escalations', {
			role: 'senior',
			viewport: { width: 390, height: 844 }
		});
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width).toBeLessThanOrEqual(390);
		await screenshot(page, 'escalations-phone');
		await page.context().close();
	});
});

describe('breach report', () => {
	it('charts breach rates and drills down', async () => {
		const page = await openPage(browser, baseUrl, '/escalations/report', {
			role: 'senior',
			lang: 'en'
		});
		expect(await page.locator('h1').textContent()).toBe('Escalation breach report');
		expect(await page.getByTestId('breach-chart').locator('circle').count()).toBeGreaterThan(0);
		const rows = page.getByTestId('breach-table').locator('tbody tr');
		expect(await rows.count()).toBeGreaterThan(0);
		await screenshot(page, 'escalations-report');
		await rows.first().locator('a').click();
		await page.waitForURL(/day=/);
		expect(await page.getByTestId('drill-table').locator('tbody tr').count()).toBeGreaterThan(0);
		await screenshot(page, 'escalations-report-drill');
		await page.context().close();
	});

	it('exports CSV', async () => {
		const page = await openPage(browser, baseUrl, '/escalations/report', { role: 'senior' });
		const href = await page.getByTestId('csv').getAttribute('href');
		const response = await page.request.get(`${baseUrl}${href}`);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain('text/csv');
		expect((await response.text()).split('\r\n')[0]).toBe(
			'day,team,escalations,breached,open,breach_rate'
		);
		await page.context().close();
	});
});
