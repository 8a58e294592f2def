import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { openPage, sessionCookie, testUsers, type Role } from './session';

const baseUrl = inject('baseUrl');
const fixture = inject('accounts');
const phone = { width: 390, height: 844 };
let browser: Browser;
const cookies = {} as Record<Role, string>;
/** An agent the test agent does not handle, found through the admin's bonus page. */
let otherAgentId: string;

function get(path: string, role: Role) {
	return fetch(`${baseUrl}${path}`, { redirect: 'manual', headers: { cookie: cookies[role] } });
}

beforeAll(async () => {
	browser = await launchBrowser();
	for (const role of ['agent', 'leader', 'admin'] as const) {
		cookies[role] = await sessionCookie(baseUrl, testUsers[role]);
	}
	const csv = await (await get('/bonus/export.csv', 'admin')).text();
	const ids = csv
		.trim()
		.split('\r\n')
		.slice(1)
		.map((row) => row.split(',')[0]);
	otherAgentId = ids.find((id) => id !== fixture.agentId)!;
});
afterAll(() => browser?.close());

describe('agent bonus statement', () => {
	it('agent lands on their own statement', async () => {
		const page = await openPage(browser, baseUrl, '/bonus?lang=en', { role: 'agent', lang: 'en' });
		await page.waitForURL(new RegExp(`/bonus/statements/${fixture.agentId}`));
		expect(await page.locator('h1').textContent()).toContain(fixture.agentId);
		expect(await page.getByTestId('statement-total').textContent()).toMatch(/^¥[\d,]+\.\d{2}$/);
		const lines = page.getByTestId('statement-lines').locator('tbody tr');
		expect(await lines.count()).toBeGreaterThanOrEqual(2);
		expect(await page.getByTestId('statement-lines').textContent()).toContain('Base performance');
		await screenshot(page, 'bonus-agent-statement');
		await page.context().close();
	});

	it('statement is Chinese by default and fits a phone', async () => {
		const page = await openPage(browser, baseUrl, `/bonus/statements/${fixture.agentId}`, {
			role: 'agent',
			viewport: phone
		});
		expect(await page.locator('h1').textContent()).toContain('奖金明细');
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width).toBeLessThanOrEqual(390);
		await screenshot(page, 'bonus-agent-statement-phone');
		await page.context().close();
	});

	it('agent cannot open another statement by URL', async () => {
		const page = await openPage(browser, baseUrl, '/bonus', { role: 'agent' });
		const response = await page.goto(`${baseUrl}/bonus/statements/${otherAgentId}`);
		expect(response?.status()).toBe(404);
		await page.context().close();
	});

	it('agent cannot read another statement as data or CSV', async () => {
		const data = `/bonus/statements/${otherAgentId}/__data.json`;
		const adminBody = await (await get(data, 'admin')).text();
		const agentBody = await (await get(data, 'agent')).text();
		expect(adminBody).toContain('totalFen');
		expect(agentBody).not.toContain('totalFen');
		const pageNode = JSON.parse(agentBody).nodes.at(-1);
		expect(pageNode.type).toBe('error');
		expect(pageNode.status).toBe(404);
		const csv = await get(`/bonus/statements/${otherAgentId}/export.csv`, 'agent');
		expect(csv.status).toBe(404);
	});

	it('agent export lists only their own row', async () => {
		const csv = await get('/bonus/export.csv', 'agent');
		const rows = (await csv.text()).trim().split('\r\n').slice(1);
		expect(rows.map((row) => row.split(',')[0])).toEqual([fixture.agentId]);
	});

	it('agent cannot open runs, plan or what-if', async () => {
		for (const path of ['/bonus/runs', '/bonus/plan', '/bonus/what-if']) {
			expect((await get(path, 'agent')).status).toBe(403);
		}
	});
});

describe('leader bonus views', () => {
	it('leader compares a what-if with the current run', async () => {
		const page = await openPage(browser, baseUrl, '/bonus/what-if', { role: 'leader', lang: 'en' });
		expect(await page.locator('h1').textContent()).toBe('What-if');
		const rows = page.getByTestId('what-if-table').locator('tbody tr');
		expect(await rows.count()).toBeGreaterThan(1);
		await page.locator('input[name="yearlyPoolFen"]').fill('3000000');
		await Promise.all([
			page.waitForURL(/yearlyPoolFen=3000000/),
			page.getByTestId('compare').click()
		]);
		const changes = await page
			.getByTestId('what-if-table')
			.locator('tbody tr td:last-child')
			.allTextContents();
		expect(changes.some((text) => text.startsWith('+¥'))).toBe(true);
		await screenshot(page, 'bonus-what-if');
		await page.context().close();
	});

	it('what-if reports invalid settings', async () => {
		const response = await get('/bonus/what-if?threeDimensions.baseShare=90', 'leader');
		expect(response.status).toBe(400);
	});

	it('leader sees runs without approving', async () => {
		const page = await openPage(browser, baseUrl, '/bonus/runs', { role: 'leader', lang: 'en' });
		expect(await page.locator('h1').textContent()).toBe('Bonus runs');
		expect(await page.getByTestId('preview-table').locator('tbody tr').count()).toBeGreaterThan(1);
		expect(await page.getByTestId('approve').count()).toBe(0);
		await screenshot(page, 'bonus-runs-leader');
		await page.context().close();
	});

	it('runs page is keyboard usable on a phone', async () => {
		const page = await openPage(browser, baseUrl, '/bonus/runs', {
			role: 'leader',
			viewport: phone
		});
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width).toBeLessThanOrEqual(390);
		// The period form submits from the keyboard alone.
		await page.locator('input[name="period"]').focus();
		await Promise.all([page.waitForURL(/period=\d{4}-\d{2}/), page.keyboard.press('Enter')]);
		expect(await page.locator('h1').textContent()).toBe('奖金发放批次');
		await screenshot(page, 'bonus-runs-phone');
		await page.context().close();
	});
});

describe('admin bonus run', () => {
	it('admin approves a run and the statement shows it', async () => {
		const page = await openPage(browser, baseUrl, '/bonus/runs', { role: 'admin', lang: 'en' });
		await page.getByTestId('approve').click();
		await expect.poll(() => page.getByTestId('run-outcome').textContent()).toMatch(/Stored .*:v1/);
		expect(await page.getByTestId('runs-table').locator('tbody tr').count()).toBe(1);
		await screenshot(page, 'bonus-runs-approved');
		await page.context().close();

		const statement = await openPage(browser, baseUrl, '/bonus', { role: 'agent', lang: 'en' });
		await statement.waitForURL(/\/bonus\/statements\//);
		expect(await statement.getByTestId('run-source').textContent()).toMatch(/:v1 \(approved\)/);
		await statement.context().close();
	});
});
