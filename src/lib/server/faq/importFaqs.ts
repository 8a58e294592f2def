import type { FaqEntry } from '../../domain/faq/schema.js';
import type { ImportOptions, ImportSummary } from '../import/importFile.js';
import { importItems } from '../import/itemWriter.js';
import type { FaqAdapter } from './adapters.js';
import { writeFaqEntries } from './write.js';

/** Imports a file of FAQ entries, written by the FAQ writer with their topics and links. */
export async function importFaqFile(
	options: ImportOptions & { adapter: FaqAdapter }
): Promise<ImportSummary> {
	const { adapter } = options;
	const batchSize = options.batchSize ?? 500;
	return importItems<{ entry: FaqEntry; source: string }>(options, {
		batchSize,
		toItems(value, line, context) {
			const result = adapter.toEntries(value, line, context);
			if ('problems' in result) return result;
			const source = adapter.sourceOf(context);
			return { items: result.entries.map((entry) => ({ entry, source })) };
		},
		write: async (graph, items) => {
			await writeFaqEntries(graph, items, batchSize);
		}
	});
}
