import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { openPage, sessionCookie, testUsers } from './session';

const baseUrl = inject('baseUrl');
const { agentId } = inject('accounts');
const otherAgentId = agentId === 'A01' ? 'A02' : 'A01';
const phone = { width: 390, height: 844 };
// Browser tests on a shared, loaded machine can take a minute per page.
const BROWSER_TEST_MS = 180_000;
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function get(path: string, role: keyof typeof testUsers) {
	const cookie = await sessionCookie(baseUrl, testUsers[role]);
	return fetch(`${baseUrl}${path}`, { headers: { cookie }, redirect: 'manual' });
}

describe('quality radar', () => {
	it(
		'shows an agent their own radar only',
		async () => {
			const page = await openPage(browser, baseUrl, '/bonus/radar?period=2026', {
				role: 'agent',
				lang: 'en'
			});
			expect(await page.locator('h1').textContent()).toBe('Quality radar');
			const radar = page.getByTestId('agent-radar');
			expect(await radar.getAttribute('data-agent')).toBe(agentId);
			expect(await radar.locator('svg path.area').count()).toBe(2);
			expect(await page.locator('select[name=agent]').count()).toBe(0);
			expect(await page.getByTestId('agent-table').count()).toBe(0);
			expect(await page.getByTestId('team-radar').count()).toBe(0);
			expect(await page.getByText(otherAgentId, { exact: false }).count()).toBe(0);
			await screenshot(page, 'quality-radar-agent');
			await page.context().close();
		},
		BROWSER_TEST_MS
	);

	it(
		'documents every axis on hover and in a list',
		async () => {
			const page = await openPage(browser, baseUrl, '/bonus/radar', { role: 'agent', lang: 'en' });
			const definitions = page.getByTestId('axis-definitions');
			expect(await definitions.locator('dt').count()).toBe(6);
			expect(await definitions.locator('dd').first().textContent()).toMatch(/reply quality/i);
			const title = await page.locator('svg text title').first().textContent();
			expect(title).toMatch(/0\.6 × polarity/);
			await page.context().close();
		},
		BROWSER_TEST_MS
	);

	it('refuses another agent radar to an agent, including page data', async () => {
		expect((await get(`/bonus/radar?agent=${otherAgentId}`, 'agent')).status).toBe(403);
		// SvelteKit returns a data request with status 200 and puts the load error in the page node.
		const other = await get(`/bonus/radar/__data.json?agent=${otherAgentId}`, 'agent');
		const nodes = ((await other.json()) as { nodes: Array<{ type?: string; status?: number }> })
			.nodes;
		expect(nodes.some((node) => node?.type === 'error' && node.status === 403)).toBe(true);
		const own = await get('/bonus/radar/__data.json?period=2026', 'agent');
		expect(own.status).toBe(200);
		const body = await own.text();
		expect(body).toContain(`"${agentId}"`);
		expect(body).not.toContain(`"${otherAgentId}"`);
	});

	it(
		'shows a leader every team and agent',
		async () => {
			const page = await openPage(browser, baseUrl, '/bonus/radar?period=2026', {
				role: 'leader',
				lang: 'en'
			});
			expect(await page.getByTestId('team-radar').locator('svg path.area').count()).toBe(5);
			expect(await page.getByTestId('agent-table').locator('tbody tr').count()).toBe(15);
			await page.getByTestId('agent-table').getByRole('link', { name: otherAgentId }).click();
			await page.waitForURL(/agent=/);
			expect(await page.getByTestId('agent-radar').getAttribute('data-agent')).toBe(otherAgentId);
			await screenshot(page, 'quality-radar-leader');
			await page.context().close();
		},
		BROWSER_TEST_MS
	);

	it('refuses the radar to a designer', async () => {
		expect((await get('/bonus/radar', 'designer')).status).toBe(403);
	});

	it(
		'fits a phone screen',
		async () => {
			const page = await openPage(browser, baseUrl, '/bonus/radar?period=2026', {
				role: 'leader',
				viewport: phone
			});
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(width).toBeLessThanOrEqual(390);
			await screenshot(page, 'quality-radar-phone');
			await page.context().close();
		},
		BROWSER_TEST_MS
	);
});

describe('coverage', () => {
	it(
		'shows a leader the heatmap and the transfer alert',
		async () => {
			const page = await openPage(browser, baseUrl, '/bonus/coverage', {
				role: 'leader',
				lang: 'en'
			});
			const heatmap = page.getByTestId('coverage-heatmap');
			expect(await heatmap.locator('thead th').allTextContents()).toEqual([
				'',
				'10:00',
				'11:00',
				'20:00',
				'21:00'
			]);
			expect(await heatmap.locator('tbody tr').count()).toBeGreaterThanOrEqual(28);
			const months = page.getByTestId('months-above-cap').locator('tbody a');
			expect(await months.count()).toBeGreaterThan(0);
			const month = (await months.first().textContent()) ?? '';
			await months.first().click();
			await page.waitForURL(new RegExp(`period=${month}`));
			expect(await page.getByTestId('transfer-alert').textContent()).toMatch(
				/above the cap of 15%/
			);
			expect(await page.locator('select[name=period]').inputValue()).toBe(month);
			await screenshot(page, 'coverage-leader');
			await page.context().close();
		},
		BROWSER_TEST_MS
	);

	it(
		'lists bot-answered conversations and exports the same as CSV',
		async () => {
			const page = await openPage(browser, baseUrl, '/bonus/coverage?period=2025', {
				role: 'senior',
				lang: 'en'
			});
			const links = page.getByTestId('violations').locator('tbody a');
			const ids = await links.allTextContents();
			for (const id of ids)
				expect(await links.getByText(id).getAttribute('href')).toBe(`/conversations/${id}`);
			const csv = await (await get('/bonus/coverage/violations.csv?period=2025', 'senior')).text();
			const rows = csv.trim().split('\r\n');
			expect(rows[0]).toBe('conversationId,customerSentAt,timeZone,botAnswered,link');
			expect(rows.slice(1).map((row) => row.split(',')[0])).toEqual(ids);
			await page.context().close();
		},
		BROWSER_TEST_MS
	);

	it('refuses coverage and its export to an agent', async () => {
		expect((await get('/bonus/coverage', 'agent')).status).toBe(403);
		expect((await get('/bonus/coverage/violations.csv', 'agent')).status).toBe(403);
	});

	it(
		'fits a phone screen',
		async () => {
			const page = await openPage(browser, baseUrl, '/bonus/coverage', {
				role: 'leader',
				viewport: phone
			});
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(width).toBeLessThanOrEqual(390);
			await screenshot(page, 'coverage-phone');
			await page.context().close();
		},
		BROWSER_TEST_MS
	);
});
