import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearGraph, graphCounts, openTestGraph } from '../../../test/graph.js';
import type { Graph } from '../graph/graph.js';
import { createLogger } from '../log.js';
import { findAdapter, importFile } from './index.js';

const datasets = process.env.SEAM_DATASETS;
if (!datasets) {
	console.warn('SEAM_DATASETS is not set: the public-dataset import tests are skipped.');
}

const cases = [
	{
		kind: 'stc3',
		file: 'stc3-dch1-customer-helpdesk/train_data_cn.sample200.jsonl',
		rows: 200,
		label: 'Conversation'
	},
	{
		kind: 'review-corpus',
		file: 'online-shopping-10-cats/online_shopping_10_cats.sample2000.csv',
		rows: 2000,
		label: 'Review'
	},
	{
		kind: 'womens-reviews',
		file: 'womens-ecommerce-clothing-reviews/Womens_Clothing_E-Commerce_Reviews.sample2000.csv',
		rows: 2000,
		label: 'Review'
	}
];

describe.skipIf(!datasets)('import of public datasets', () => {
	let graph: Graph;
	let rejectsDir: string;

	beforeAll(async () => {
		graph = await openTestGraph();
		await clearGraph(graph);
		rejectsDir = await mkdtemp(path.join(tmpdir(), 'seam-public-'));
	});
	afterAll(() => graph.close());

	it.each(cases)(
		'imports $file once however often it runs',
		async ({ kind, file, rows, label }) => {
			const run = () =>
				importFile({
					graph,
					adapter: findAdapter(kind)!,
					filePath: path.join(datasets!, file),
					timeZone: 'Asia/Shanghai',
					rejectsDir,
					logger: createLogger('test')
				});
			const first = await run();
			expect(first.read).toBe(rows);
			expect(first.imported + first.rejected).toBe(rows);
			expect(first.imported).toBeGreaterThan(rows * 0.9);
			const counts = await graphCounts(graph);
			const second = await run();
			expect(second.imported).toBe(first.imported);
			expect(await graphCounts(graph)).toEqual(counts);
			const [{ n }] = await graph.read<{ n: number }>(
				`MATCH (x:${label}) WHERE x.source = $source RETURN count(x) AS n`,
				{ source: path.basename(file).replace(/\.(csv|jsonl)$/, '') }
			);
			expect(n).toBe(first.imported);
		}
	);

	it('keeps the STC-3 annotators mean satisfaction on each dialogue', async () => {
		const [row] = await graph.read<{ withScores: number; messages: number }>(
			`MATCH (c:Conversation) WHERE c.source = 'train_data_cn.sample200'
			 RETURN count(CASE WHEN c.satisfaction IS NOT NULL THEN 1 END) AS withScores,
			        COUNT { (:Message)-[:IN]->(:Conversation {source: 'train_data_cn.sample200'}) } AS messages`
		);
		expect(row.withScores).toBe(200);
		expect(row.messages).toBeGreaterThan(600);
	});
});
