import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Graph } from '../graph/graph.js';
import type { Logger } from '../log.js';
import type { Adapter } from './adapters.js';
import { RejectsFile, type Reject } from './rejects.js';
import { openText, type TextEncoding } from './source.js';
import { BatchWriter } from './writer.js';

export interface ImportOptions {
	graph: Graph;
	adapter: Adapter;
	filePath: string;
	timeZone: string;
	/** Folder for the rejects file. */
	rejectsDir: string;
	dryRun?: boolean;
	encoding?: TextEncoding;
	/** Overrides the source name taken from the file name. */
	sourceName?: string;
	batchSize?: number;
	logger: Logger;
	/** Called about every 500 rows and at the end, for a progress bar. */
	onProgress?: (progress: ImportProgress) => void;
	/** Called for each rejected row, for printing the first few. */
	onReject?: (reject: Reject) => void;
	now?: () => Date;
}

export interface ImportProgress {
	rowsRead: number;
	bytesRead: number;
	totalBytes: number;
}

export interface ImportSummary {
	kind: string;
	file: string;
	encoding: TextEncoding;
	dryRun: boolean;
	read: number;
	imported: number;
	rejected: number;
	rejectsFile?: string;
	seconds: number;
	peakRssMb: number;
}

/** `train_data_cn.json.gz` → `train_data_cn`. */
export function sourceNameOf(filePath: string): string {
	return path
		.basename(filePath)
		.replace(/(\.gz)?$/, '')
		.replace(/\.(csv|jsonl|ndjson|json)$/i, '');
}

function stamp(date: Date): string {
	return date.toISOString().replace(/[:.]/g, '-');
}

/**
 * Streams one file through its adapter into the graph. Good rows are written in batches,
 * bad rows go to a rejects file with their line, field, value and reason; neither stops the
 * import. With `dryRun` every row is validated and nothing is written.
 */
export async function importFile(options: ImportOptions): Promise<ImportSummary> {
	const started = performance.now();
	const now = options.now ?? (() => new Date());
	const sourceName = options.sourceName ?? sourceNameOf(options.filePath);
	const totalBytes = (await stat(options.filePath)).size;
	const source = await openText(options.filePath, options.encoding);
	const rejects = new RejectsFile(
		path.join(options.rejectsDir, `${options.adapter.name}-${sourceName}-${stamp(now())}.jsonl`),
		options.filePath
	);
	const writer = new BatchWriter(options.graph, options.batchSize);
	const context = { timeZone: options.timeZone, sourceName };
	let read = 0;
	let imported = 0;
	let peakRss = process.memoryUsage.rss();
	options.logger.info(
		{
			kind: options.adapter.name,
			file: options.filePath,
			encoding: source.encoding,
			dryRun: !!options.dryRun
		},
		'import started'
	);

	for await (const sourceRow of options.adapter.read(source, options.filePath)) {
		read += 1;
		const result =
			'error' in sourceRow
				? { problems: [{ field: '(row)', value: sourceRow.raw, reason: sourceRow.error }] }
				: options.adapter.toRows(sourceRow.value, sourceRow.line, context);
		if ('problems' in result) {
			const reject = { line: sourceRow.line, problems: result.problems };
			rejects.add(reject);
			options.onReject?.(reject);
		} else {
			imported += 1;
			if (!options.dryRun) await writer.add(result.rows);
		}
		if (read % 500 === 0) {
			peakRss = Math.max(peakRss, process.memoryUsage.rss());
			options.onProgress?.({ rowsRead: read, bytesRead: source.bytesRead(), totalBytes });
		}
	}
	if (!options.dryRun) await writer.flush();
	await rejects.close();
	options.onProgress?.({ rowsRead: read, bytesRead: totalBytes, totalBytes });

	const summary: ImportSummary = {
		kind: options.adapter.name,
		file: options.filePath,
		encoding: source.encoding,
		dryRun: !!options.dryRun,
		read,
		imported,
		rejected: rejects.count,
		rejectsFile: rejects.count ? rejects.filePath : undefined,
		seconds: Math.round((performance.now() - started) / 100) / 10,
		peakRssMb: Math.round(Math.max(peakRss, process.memoryUsage.rss()) / 1048576)
	};
	options.logger.info(summary, 'import finished');
	return summary;
}
