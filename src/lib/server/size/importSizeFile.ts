import type { ImportOptions, ImportSummary } from '../import/importFile.js';
import { importItems } from '../import/itemWriter.js';
import { nullify } from '../import/writer.js';
import type { Graph } from '../graph/graph.js';
import type { FeedbackRow, SizeAdapter } from './adapters.js';
import { importedFeedback } from './feedbackCypher.js';

export async function writeFeedbackRows(graph: Graph, rows: FeedbackRow[]): Promise<void> {
	if (rows.length)
		await graph.write(importedFeedback, { rows: rows.map((row) => nullify({ ...row })) });
}

/** Imports a file of size feedback, written by the size-feedback query. */
export async function importSizeFile(
	options: ImportOptions & { adapter: SizeAdapter }
): Promise<ImportSummary> {
	const { adapter } = options;
	const summary = await importItems<FeedbackRow>(options, {
		batchSize: options.batchSize ?? 1000,
		toItems(value, line, context) {
			const result = adapter.toFeedback(value, line, context);
			return 'problems' in result ? result : { items: result.feedback };
		},
		write: writeFeedbackRows
	});
	options.logger.info({ kind: adapter.name, feedback: summary.written }, 'size feedback written');
	return summary;
}
