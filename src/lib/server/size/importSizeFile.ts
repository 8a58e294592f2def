import type { Adapter } from '../import/adapters.js';
import { importAnyFile } from '../faq/importFaqs.js';
import {
	importFile as importRows,
	type ImportOptions,
	type ImportSummary
} from '../import/importFile.js';
import type { Graph } from '../graph/graph.js';
import { isSizeAdapter, type FeedbackRow, type SizeAdapter } from './adapters.js';
import { importedFeedback } from './feedbackCypher.js';

/** Neo4j parameters cannot hold `undefined`; absent fields become null. */
function nullify(row: FeedbackRow): Record<string, unknown> {
	return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === undefined ? null : v]));
}

export async function writeFeedbackRows(graph: Graph, rows: FeedbackRow[]): Promise<void> {
	if (rows.length) await graph.write(importedFeedback, { rows: rows.map(nullify) });
}

/**
 * Imports a file of size feedback through the importer's reading, rejects and progress,
 * writing the rows with the size-feedback query. A batch is written whenever it fills,
 * between rows, so memory stays flat on the full ModCloth and RentTheRunway files.
 */
export async function importSizeFile(
	options: ImportOptions & { adapter: SizeAdapter }
): Promise<ImportSummary> {
	const { adapter, graph } = options;
	const batchSize = options.batchSize ?? 1000;
	let pending: FeedbackRow[] = [];
	let written = 0;
	const flush = async () => {
		if (options.dryRun || pending.length === 0) return;
		const batch = pending;
		pending = [];
		await writeFeedbackRows(graph, batch);
		written += batch.length;
	};
	const writing: Adapter = {
		name: adapter.name,
		description: adapter.description,
		async *read(source, filePath) {
			for await (const row of adapter.read(source, filePath)) {
				if (pending.length >= batchSize) await flush();
				yield row;
			}
		},
		toRows(value, line, context) {
			const result = adapter.toFeedback(value, line, context);
			if ('problems' in result) return result;
			pending.push(...result.feedback);
			return { rows: [] };
		}
	};
	const summary = await importRows({ ...options, adapter: writing });
	await flush();
	options.logger.info({ kind: adapter.name, feedback: written }, 'size feedback written');
	return summary;
}

/**
 * The importer's entry point: size kinds go through the size writer, every other kind
 * through the FAQ-aware entry point.
 */
export function importAnySizeFile(options: ImportOptions): Promise<ImportSummary> {
	const { adapter } = options;
	return isSizeAdapter(adapter) ? importSizeFile({ ...options, adapter }) : importAnyFile(options);
}
