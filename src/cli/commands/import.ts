import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import {
	adapters,
	findAdapter,
	importFile,
	type ImportSummary
} from '../../lib/server/import/index.js';
import { describeReject } from '../../lib/server/import/rejects.js';
import { createLogger } from '../../lib/server/log.js';
import { seamHome } from '../../lib/server/paths.js';
import { openGraph, loadSettings } from '../../lib/server/runtime.js';
import { usageError } from '../../lib/server/errors.js';
import { audit } from '../../lib/server/audit/audit.js';
import { progress } from '../progress.js';
import { analyseWithProgress } from './analyse.js';
import { cliActor } from './users.js';

const logger = createLogger('import');
const SHOWN_REJECTS = 10;

function kindsHelp(): string {
	return adapters.map((a) => `  ${a.name.padEnd(16)} ${a.description}`).join('\n');
}

export function printSummary(summary: ImportSummary): void {
	const lines = [
		`${summary.dryRun ? 'Checked' : 'Imported'} ${summary.file} (${summary.kind}, ${summary.encoding})`,
		`  read ${summary.read}, ${summary.dryRun ? 'valid' : 'imported'} ${summary.imported}, rejected ${summary.rejected}`,
		`  ${summary.seconds} s, peak memory ${summary.peakRssMb} MB`
	];
	if (summary.rejectsFile) lines.push(`  rejected rows with reasons: ${summary.rejectsFile}`);
	console.log(lines.join('\n'));
}

export function registerImportCommand(program: Command): void {
	program
		.command('import')
		.description(
			'Import a file into the graph; bad rows go to a rejects file and never stop the import'
		)
		.argument('<kind>', 'what the file holds (see the list below)')
		.argument('<path>', 'CSV, JSONL or JSON file, optionally .gz; UTF-8 or GBK')
		.option('--dry-run', 'validate every row and report, without writing')
		.option('--encoding <name>', 'utf8 or gbk, overriding detection')
		.option('--source <name>', 'source name for ids and reviews (default: the file name)')
		.option('--no-analyse', 'skip the analysis run after the import')
		.addHelpText('after', `\nKinds:\n${kindsHelp()}`)
		.action(async (kind: string, filePath: string, options) => {
			const adapter = findAdapter(kind);
			if (!adapter) throw usageError(`Unknown kind "${kind}". Use one of:\n${kindsHelp()}`);
			if (!existsSync(filePath)) throw usageError(`File not found: ${filePath}`);
			if (options.encoding && !['utf8', 'gbk'].includes(options.encoding)) {
				throw usageError(`--encoding must be utf8 or gbk, not "${options.encoding}"`);
			}
			const settings = loadSettings();
			const graph = await openGraph();
			try {
				const bar = progress('import');
				let shown = 0;
				const summary = await importFile({
					graph,
					adapter,
					filePath: path.resolve(filePath),
					timeZone: settings.timeZone,
					rejectsDir: path.join(seamHome, 'rejects'),
					dryRun: options.dryRun,
					encoding: options.encoding,
					sourceName: options.source,
					logger,
					onProgress: (p) => bar.update(p.bytesRead, p.totalBytes, `${p.rowsRead} rows`),
					onReject: (reject) => {
						if (shown++ < SHOWN_REJECTS) console.error(`rejected ${describeReject(reject)}`);
					}
				});
				bar.stop();
				printSummary(summary);
				if (!options.dryRun) {
					await audit(graph, {
						actor: cliActor(),
						action: 'import',
						target: path.basename(filePath),
						details: {
							kind: summary.kind,
							read: summary.read,
							imported: summary.imported,
							rejected: summary.rejected
						}
					});
				}
				if (!options.dryRun && options.analyse) await analyseWithProgress(graph, { full: false });
			} finally {
				await graph.close();
			}
		});
}
