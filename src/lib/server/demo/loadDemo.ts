import { generateDemo, type DemoOptions } from '../../domain/demo/index.js';
import type { RecordOf } from '../../domain/records/schemas.js';
import type { Graph } from '../graph/graph.js';
import { recordRows } from '../import/rows.js';
import { loadDemoFaq } from '../faq/demo.js';
import { loadDemoAwards } from '../bonus/demoAwards.js';
import { BatchWriter } from '../import/writer.js';
import type { Logger } from '../log.js';

/** Kinds in the order they are written, referenced nodes first. */
const kinds: Array<keyof RecordOf> = [
	'product',
	'sku',
	'customer',
	'agent',
	'orderLine',
	'return',
	'conversation',
	'review',
	'survey'
];

export interface DemoLoadSummary {
	records: Record<string, number>;
	seconds: number;
}

/** Tells whether the graph contains no products, conversations or reviews yet. */
export async function isGraphEmpty(graph: Graph): Promise<boolean> {
	const [row] = await graph.read<{ n: number }>(
		`CALL () { MATCH (p:Product) RETURN p AS n LIMIT 1
		  UNION MATCH (c:Conversation) RETURN c AS n LIMIT 1
		  UNION MATCH (r:Review) RETURN r AS n LIMIT 1 }
		 RETURN count(n) AS n`
	);
	return row.n === 0;
}

/**
 * Generates the demo tenant and writes it through the same batched writer as the importer,
 * so loading it twice changes nothing.
 */
export async function loadDemo(
	graph: Graph,
	options: DemoOptions & {
		logger: Logger;
		onProgress?: (done: number, total: number, kind: string) => void;
	}
): Promise<DemoLoadSummary> {
	const started = performance.now();
	const { records } = generateDemo(options);
	const total = kinds.reduce((sum, kind) => sum + records[kind].length, 0);
	const writer = new BatchWriter(graph, 2000);
	let done = 0;
	for (const kind of kinds) {
		for (const record of records[kind]) {
			await writer.add(recordRows(kind, record));
			done += 1;
			if (done % 1000 === 0) options.onProgress?.(done, total, kind);
		}
		await writer.flush();
	}
	await loadDemoFaq(graph);
	await loadDemoAwards(graph, options.endDate);
	options.onProgress?.(done, total, 'done');
	const counts = Object.fromEntries(kinds.map((kind) => [kind, records[kind].length]));
	const seconds = Math.round((performance.now() - started) / 100) / 10;
	options.logger.info({ records: counts, seconds }, 'demo data loaded');
	return { records: counts, seconds };
}
