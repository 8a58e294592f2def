import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureLocalNeo4j } from '../graph/launcher.js';
import { embedPendingFaqs } from '../src/lib/server/faq/embeddings.js';
import { Graph } from '../src/lib/server/graph/graph.js';
import { findAdapter, importFile } from '../src/lib/server/import/index.js';
import { createLogger } from '../src/lib/server/log.js';
import { seamHome } from '../src/lib/server/paths.js';
import { createSentimentModel } from '../src/lib/server/sentiment/index.js';
import { launchBrowser, screenshot } from './browser';
import { openPage, sessionCookie, testUsers } from './session';

const baseUrl = inject('baseUrl');
const logger = createLogger('e2e');
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('FAQ search page', () => {
	it('searches, highlights, copies and opens the graph view', async () => {
		const page = await openPage(browser, baseUrl, '/faq', { role: 'agent' });
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
			origin: baseUrl
		});
		const input = page.getByTestId('faq-search');
		await expect.poll(() => input.evaluate((node) => node === document.activeElement)).toBe(true);

		await input.fill('恤衫码数点揀');
		const results = page.getByTestId('faq-results').locator('article');
		await results.first().waitFor();
		expect(await results.count()).toBeGreaterThan(2);
		expect(await results.first().locator('h2').textContent()).toContain('尺码');
		expect(await page.locator('mark.faq-match').count()).toBeGreaterThan(0);
		await screenshot(page, 'faq-search-zh-CN');

		await page.locator('h1').click();
		await page.keyboard.press('/');
		await expect.poll(() => input.evaluate((node) => node === document.activeElement)).toBe(true);
		await page.keyboard.press('ArrowDown');
		await expect
			.poll(() => results.first().evaluate((node) => node === document.activeElement))
			.toBe(true);
		await page.keyboard.press('Enter');
		const answer = await results.first().locator('.answer').textContent();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(answer);
		expect(await results.first().getByTestId('copy-answer').textContent()).toContain('已复制');

		await results.first().getByTestId('open-faq').click();
		await page.waitForURL(/\/faq\/demo-/);
		const graph = page.getByTestId('faq-graph');
		await graph.waitFor();
		expect(await graph.locator('circle').count()).toBeGreaterThan(3);
		await screenshot(page, 'faq-graph-zh-CN');
		await page.context().close();
	});

	it('fits a phone screen', async () => {
		const page = await openPage(browser, baseUrl, '/faq?q=退货运费', {
			role: 'agent',
			lang: 'en',
			viewport: { width: 390, height: 844 }
		});
		await page.getByTestId('faq-results').locator('article').first().waitFor();
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await screenshot(page, 'faq-search-en-phone');
		await page.context().close();
	});
});

describe('FAQ search API', () => {
	it.each(['尺码 OR *', '"', 'title:x', '*:*', '^2'])('answers %s without error', async (q) => {
		const cookie = await sessionCookie(baseUrl, testUsers.agent);
		const response = await fetch(`${baseUrl}/api/faq/search?q=${encodeURIComponent(q)}`, {
			headers: { cookie }
		});
		expect(response.status).toBe(200);
		const body = (await response.json()) as { hits: unknown[] };
		expect(body.hits.length).toBeLessThanOrEqual(10);
	});

	it('rejects an invalid limit with a message', async () => {
		const cookie = await sessionCookie(baseUrl, testUsers.agent);
		const response = await fetch(`${baseUrl}/api/faq/search?q=退货&limit=500`, {
			headers: { cookie }
		});
		expect(response.status).toBe(400);
		expect(((await response.json()) as { message: string }).message).toContain('limit');
	});
});

describe('ABCD knowledge base', () => {
	const datasets = process.env.SEAM_DATASETS;
	if (!datasets)
		console.warn('SEAM_DATASETS is not set, so the ABCD knowledge-base search is skipped');

	it.skipIf(!datasets)(
		'imports the ABCD guidelines and finds them in English',
		async () => {
			const connection = await ensureLocalNeo4j({
				home: path.join(seamHome, 'neo4j-test'),
				boltPort: Number(process.env.SEAM_TEST_BOLT_PORT ?? 7688),
				logger
			});
			const graph = new Graph(
				neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password))
			);
			const model = await createSentimentModel({ logger, workers: 0 });
			try {
				const summary = await importFile({
					graph,
					adapter: findAdapter('abcd-kb')!,
					filePath: path.join(datasets!, 'abcd-action-based-conversations', 'guidelines.json'),
					timeZone: 'Asia/Shanghai',
					rejectsDir: path.join(seamHome, 'rejects'),
					logger
				});
				expect(summary.imported).toBeGreaterThan(50);
				await embedPendingFaqs(graph, model, logger);
			} finally {
				await model.close();
				await graph.close();
			}
			const page = await openPage(browser, baseUrl, '/faq', { role: 'agent', lang: 'en' });
			await page.getByTestId('faq-search').fill('my promo code is not working');
			const first = page.getByTestId('faq-results').locator('article').first();
			await first.waitFor();
			expect(await first.locator('.topic').textContent()).toContain('Promo Code');
			await screenshot(page, 'faq-abcd-en');
			await page.context().close();
		},
		300_000
	);
});
