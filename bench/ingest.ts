/**
 * Import rate of the batched writer (UNWIND … MERGE, 1,000 rows a transaction) against one
 * MERGE per row and transaction, on the same review rows and the same server.
 * Rows: the online_shopping_10_cats corpus when SEAM_DATASETS is set, else generated text.
 *
 *   npx tsx bench/ingest.ts [rows]
 */
import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { createGunzip } from 'node:zlib';
import { parse } from 'csv-parse';
import { writeCypher } from '../src/lib/server/import/cypher.js';
import { textHash } from '../src/lib/server/import/rows.js';
import { BatchWriter } from '../src/lib/server/import/writer.js';
import type { Graph } from '../src/lib/server/graph/graph.js';
import { openBenchGraph, report } from './graph.js';

const BATCHED_ROWS = Number(process.argv[2] ?? 20_000);
// Per-row MERGE is slow, so its rate is measured on a slice of the same rows.
const PER_ROW_ROWS = Math.min(2_000, BATCHED_ROWS);

async function loadRows(count: number): Promise<Record<string, unknown>[]> {
	const file = process.env.SEAM_DATASETS
		? path.join(
				process.env.SEAM_DATASETS,
				'online-shopping-10-cats',
				'online_shopping_10_cats.csv.gz'
			)
		: '';
	const texts: string[] = [];
	if (file && existsSync(file)) {
		const parser = createReadStream(file)
			.pipe(createGunzip())
			.pipe(parse({ columns: true, bom: true }));
		for await (const record of parser as AsyncIterable<{ review: string }>) {
			if (record.review) texts.push(record.review);
			if (texts.length >= count) break;
		}
	}
	while (texts.length < count) texts.push(`第${texts.length}条评价：衣服质量不错，尺码偏小一码`);
	return texts.map((text, index) => ({
		reviewId: `bench:${index}`,
		productId: `bench-P${index % 200}`,
		source: 'bench',
		text,
		textHash: textHash(text),
		label: null,
		title: null,
		rating: null,
		recommended: null,
		category: null,
		department: null,
		className: null,
		createdAt: null,
		customerId: null
	}));
}

async function clearBench(graph: Graph): Promise<void> {
	await graph.autoCommit(
		`MATCH (n) WHERE n:Review AND n.source = 'bench' OR n:Product AND n.productId STARTS WITH 'bench-'
		 CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`
	);
}

async function timeIt(work: () => Promise<void>): Promise<number> {
	const started = performance.now();
	await work();
	return (performance.now() - started) / 1000;
}

const graph = await openBenchGraph();
try {
	const rows = await loadRows(BATCHED_ROWS);
	await clearBench(graph);
	const batchedSeconds = await timeIt(async () => {
		const writer = new BatchWriter(graph, 1000);
		for (const row of rows) await writer.add([{ kind: 'review', row }]);
		await writer.flush();
	});
	await clearBench(graph);
	const perRowSeconds = await timeIt(async () => {
		for (const row of rows.slice(0, PER_ROW_ROWS))
			await graph.write(writeCypher.review, { rows: [row] });
	});
	await clearBench(graph);

	const batchedRate = BATCHED_ROWS / batchedSeconds;
	const perRowRate = PER_ROW_ROWS / perRowSeconds;
	console.log('importer          rows     seconds   rows/s');
	console.log(
		`batched UNWIND   ${String(BATCHED_ROWS).padStart(6)}  ${batchedSeconds.toFixed(2).padStart(8)}  ${batchedRate.toFixed(0).padStart(7)}`
	);
	console.log(
		`per-row MERGE    ${String(PER_ROW_ROWS).padStart(6)}  ${perRowSeconds.toFixed(2).padStart(8)}  ${perRowRate.toFixed(0).padStart(7)}`
	);
	console.log(`ratio ${(batchedRate / perRowRate).toFixed(1)}x (target at least 20x)`);
	report({
		name: 'ingest-rate',
		value: Math.round(batchedRate),
		unit: 'rows/s',
		baseline: Math.round(perRowRate),
		ratio: Math.round((batchedRate / perRowRate) * 10) / 10,
		target: 20
	});
} finally {
	await graph.close();
}
