import type { FaqEntry } from '../../domain/faq/schema.js';
import type { Adapter } from '../import/adapters.js';
import { importFile, type ImportOptions, type ImportSummary } from '../import/importFile.js';
import { isFaqAdapter, type FaqAdapter } from './adapters.js';
import { writeFaqEntries } from './write.js';

/**
 * Imports a file of FAQ entries through the importer's reading, validation, rejects and
 * progress, writing the entries with the FAQ writer. Entries are written whenever a batch
 * fills, between rows, so memory stays flat on large files.
 */
export async function importFaqFile(
	options: ImportOptions & { adapter: FaqAdapter }
): Promise<ImportSummary> {
	const { adapter, graph } = options;
	const batchSize = options.batchSize ?? 500;
	let pending: Array<{ entry: FaqEntry; source: string }> = [];
	const flush = async () => {
		if (options.dryRun || pending.length === 0) return;
		const batch = pending;
		pending = [];
		await writeFaqEntries(graph, batch, batchSize);
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
			const result = adapter.toEntries(value, line, context);
			if ('problems' in result) return result;
			const source = adapter.sourceOf(context);
			for (const entry of result.entries) pending.push({ entry, source });
			return { rows: [] };
		}
	};
	const summary = await importFile({ ...options, adapter: writing });
	await flush();
	return summary;
}

/** The importer's entry point: FAQ kinds go through the FAQ writer, every other kind as before. */
export function importAnyFile(options: ImportOptions): Promise<ImportSummary> {
	const { adapter } = options;
	return isFaqAdapter(adapter) ? importFaqFile({ ...options, adapter }) : importFile(options);
}
