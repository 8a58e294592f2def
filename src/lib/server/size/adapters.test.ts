import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearGraph, graphCounts, openTestGraph } from '../../../test/graph.js';
import type { Graph } from '../graph/graph.js';
import { findAdapter, importFile } from '../import/index.js';
import { createLogger } from '../log.js';
import { modclothAdapter, rentTheRunwayAdapter } from './adapters.js';

const logger = createLogger('test');
const datasets = process.env.SEAM_DATASETS;
const folder = datasets ? path.join(datasets, 'clothing-fit-modcloth-rtr-mini') : '';
const context = { timeZone: 'Asia/Shanghai', sourceName: 'sample' };

describe('fit-feedback adapters', () => {
	it('parses a RentTheRunway row into metric units', () => {
		const result = rentTheRunwayAdapter.toFeedback(
			{
				fit: 'small',
				user_id: '1',
				'bust size': '34d',
				item_id: '2260466',
				weight: '137lbs',
				height: `5' 8"`,
				size: 14,
				review_text: 'Tight in the chest but lovely.',
				review_date: 'April 20, 2016'
			},
			3,
			context
		);
		expect(result).toEqual({
			feedback: [
				expect.objectContaining({
					feedbackId: 'sample:3',
					skuId: 'rtr-2260466:14',
					fit: 'small',
					bodyPart: 'chest',
					heightCm: 172.7,
					weightKg: 62.1,
					chestCm: 96.5,
					at: Date.UTC(2016, 3, 20, 12)
				})
			]
		});
	});

	it('rejects an unreadable measurement by field and value', () => {
		const result = modclothAdapter.toFeedback(
			{ item_id: '1', user_id: 'u', size: 7, fit: 'fit', height: 'tall' },
			9,
			context
		);
		expect(result).toEqual({
			problems: [
				{
					field: 'height',
					value: 'tall',
					reason: `is not a measurement; write 5' 6", 5ft 6in or 168cm`
				}
			]
		});
	});

	it('rejects an unknown fit label', () => {
		const result = modclothAdapter.toFeedback(
			{ item_id: '1', user_id: 'u', size: 7, fit: 'perfect' },
			9,
			context
		);
		expect(result).toMatchObject({ problems: [{ field: 'fit', value: 'perfect' }] });
	});
});

describe.skipIf(!datasets)('import of the public fit samples', () => {
	let graph: Graph;
	beforeAll(async () => {
		graph = await openTestGraph();
		await clearGraph(graph);
	});
	afterAll(async () => graph?.close());

	const files = [
		['modcloth', 'modcloth_first100.jsonl', { small: 32, fit: 56, large: 12 }],
		['renttherunway', 'renttherunway_first100.jsonl', { small: 10, fit: 79, large: 11 }]
	] as const;

	async function importSample(kind: string, file: string) {
		return importFile({
			graph,
			adapter: findAdapter(kind)!,
			filePath: path.join(folder, file),
			timeZone: 'Asia/Shanghai',
			rejectsDir: path.join(process.env.SEAM_HOME ?? '/tmp', 'rejects'),
			logger
		});
	}

	it.each(files)('imports every %s row with its fit label', async (kind, file, labels) => {
		expect(existsSync(path.join(folder, file))).toBe(true);
		const summary = await importSample(kind, file);
		expect(summary.read).toBe(100);
		expect(summary.rejected).toBe(0);
		const rows = await graph.read<{ fit: string; n: number }>(
			`MATCH (f:SizeFeedback {source: $source})-[:ABOUT]->(:Sku)-[:OF]->(:Product)
			 MATCH (f)-[:GIVEN_BY]->(:Customer)
			 RETURN f.fit AS fit, count(*) AS n`,
			{ source: file.replace('.jsonl', '') }
		);
		expect(Object.fromEntries(rows.map((r) => [r.fit, r.n]))).toEqual(labels);
	});

	it('stores RentTheRunway measurements in centimetres and kilograms', async () => {
		const [row] = await graph.read<{ missing: number; heavy: number }>(
			`MATCH (f:SizeFeedback {source: 'renttherunway_first100'})
			 RETURN count(CASE WHEN f.heightCm IS NULL THEN 1 END) AS missing,
			        count(CASE WHEN f.weightKg > 150 OR f.weightKg < 35 THEN 1 END) AS heavy`
		);
		expect(row.heavy).toBe(0);
		expect(row.missing).toBeLessThan(5);
	});

	it('adds nothing on a second import', async () => {
		const before = await graphCounts(graph);
		for (const [kind, file] of files) await importSample(kind, file);
		expect(await graphCounts(graph)).toEqual(before);
	});
});
