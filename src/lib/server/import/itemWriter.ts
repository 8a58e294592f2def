import type { Graph } from '../graph/graph.js';
import type { Adapter, ImportContext } from './adapters.js';
import { importFile, type ImportOptions, type ImportSummary } from './importFile.js';
import type { Problem } from './problems.js';

/**
 * A kind whose rows are written by a query of its own rather than the shared batch writer:
 * FAQ entries (with their topic tree) and size feedback.
 */
export interface ItemWriter<T> {
	toItems(
		value: Record<string, unknown>,
		line: number,
		context: ImportContext
	): { items: T[] } | { problems: Problem[] };
	write(graph: Graph, items: T[]): Promise<void>;
	batchSize: number;
}

/**
 * Imports a file through the importer's reading, validation, rejects and progress, writing
 * the items with the kind's own writer. A batch is written whenever it fills, between rows,
 * so memory stays flat on large files.
 */
export async function importItems<T>(
	options: ImportOptions,
	writer: ItemWriter<T>
): Promise<ImportSummary & { written: number }> {
	const { adapter, graph } = options;
	let pending: T[] = [];
	let written = 0;
	const flush = async () => {
		if (options.dryRun || pending.length === 0) return;
		const batch = pending;
		pending = [];
		await writer.write(graph, batch);
		written += batch.length;
	};
	const writing: Adapter = {
		name: adapter.name,
		description: adapter.description,
		async *read(source, filePath) {
			for await (const row of adapter.read(source, filePath)) {
				if (pending.length >= writer.batchSize) await flush();
				yield row;
			}
		},
		toRows(value, line, context) {
			const result = writer.toItems(value, line, context);
			if ('problems' in result) return result;
			pending.push(...result.items);
			return { rows: [] };
		}
	};
	const summary = await importFile({ ...options, adapter: writing });
	await flush();
	return { ...summary, written };
}
