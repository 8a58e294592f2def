import fs from 'node:fs/promises';
import path from 'node:path';
import {
	labelToClass,
	predictProbability,
	trainLogistic,
	type LogisticModel
} from '../../domain/sentiment/index.js';
import type { Logger } from '../log.js';
import { seamHome } from '../paths.js';
import type { LabelledText } from './csv.js';
import { stockEncoderId } from './encoder-files.js';
import { openEmbeddingStore } from './embedding-store.js';
import {
	evaluateByCorpus,
	evaluateSet,
	formatTable,
	summarise,
	type EvaluationRow
} from './evaluate.js';
import {
	encoderLocation,
	encoderOnnxSha256,
	headFormat,
	writeHead,
	type SentimentHead
} from './head.js';
import { createEncoderPool, type EncoderPool } from './pool.js';
import { splitOf } from './datasets.js';

export interface TrainHeadOptions {
	rows: LabelledText[];
	/** Version folder to write; its name becomes the version. */
	outDir: string;
	/** Encoder id as stored in head.json: a folder under models/ or './<folder>' in outDir. */
	encoderId?: string;
	/** Sets scored after training but never trained on, e.g. the Cantonese and mixed set. */
	extraSets?: { name: string; rows: LabelledText[] }[];
	/** Weight of each example by corpus; default 1. */
	corpusWeights?: Record<string, number>;
	/** Command that rebuilds this version, written into its card. */
	command: string;
	logger: Logger;
}

export interface TrainHeadResult {
	head: SentimentHead;
	results: EvaluationRow[];
	l2: number;
}

const maxLength = 512;
const l2Grid = [1e-4, 1e-3, 1e-2, 3e-2];

/**
 * Fits a logistic-regression head on frozen encoder embeddings. The penalty is chosen on the
 * validation split, the final fit uses train and validation, and the test split is only scored.
 */
export async function trainSentimentHead(options: TrainHeadOptions): Promise<TrainHeadResult> {
	const { rows, logger } = options;
	const split = {
		train: [] as LabelledText[],
		validation: [] as LabelledText[],
		test: [] as LabelledText[]
	};
	for (const row of rows) split[splitOf(row.text)].push(row);
	checkSplit(split);
	logger.info(
		{ train: split.train.length, validation: split.validation.length, test: split.test.length },
		'split by sha1 of text'
	);
	const head = await headSkeleton(options);
	const embeddings = await embedAll(
		head,
		options,
		rows.concat(...(options.extraSets ?? []).map((s) => s.rows))
	);
	const weightOf = (row: LabelledText) => options.corpusWeights?.[row.corpus] ?? 1;
	const l2 = chooseL2(split.train, split.validation, embeddings, weightOf, logger);
	const fitted = fit(split.train.concat(split.validation), embeddings, weightOf, l2);
	head.logistic = fitted;
	const score = (set: LabelledText[]) =>
		set.map((row) => predictProbability(fitted, embeddings(row)));
	const results = [
		...evaluateByCorpus('test', split.test, score(split.test)),
		...(options.extraSets ?? []).map((set) => evaluateSet(set.name, set.rows, score(set.rows)))
	];
	await writeVersion(options, head, results, l2, split);
	return { head, results, l2 };
}

function checkSplit(split: Record<string, LabelledText[]>): void {
	for (const [name, set] of Object.entries(split)) {
		const labels = new Set(set.map((row) => row.label));
		if (labels.size < 2) {
			throw new Error(
				`The ${name} split has ${set.length} rows and ${labels.size} label(s); the data set needs ` +
					'more rows of both labels (about 50 of each at least).'
			);
		}
	}
}

async function headSkeleton(options: TrainHeadOptions): Promise<SentimentHead> {
	const id = options.encoderId ?? stockEncoderId;
	const head: SentimentHead = {
		format: headFormat,
		version: path.basename(path.resolve(options.outDir)),
		createdAt: new Date().toISOString(),
		encoder: { id, onnxSha256: '', pooling: 'cls-l2', maxLength },
		positiveClass: 'negative',
		threshold: 0.5,
		logistic: { mean: [], scale: [], weights: [], bias: 0 }
	};
	const location = encoderLocation(head, path.resolve(options.outDir));
	head.encoder.onnxSha256 = await encoderOnnxSha256(location.modelRoot, location.encoderId);
	return head;
}

/** Embeds every row once, reusing the on-disk store, and returns a lookup by row. */
async function embedAll(head: SentimentHead, options: TrainHeadOptions, rows: LabelledText[]) {
	const storeFile = path.join(
		seamHome,
		'cache',
		'sentiment-embeddings',
		`${head.encoder.onnxSha256.slice(0, 16)}.bin`
	);
	const store = await openEmbeddingStore(storeFile, 512);
	const missing = [...new Set(rows.map((row) => row.text).filter((text) => !store.get(text)))];
	if (missing.length > 0) {
		const location = encoderLocation(head, path.resolve(options.outDir));
		const pool = await createEncoderPool({ ...location, maxLength }, { logger: options.logger });
		try {
			await embedInChunks(pool, missing, store, options.logger);
		} finally {
			await pool.close();
		}
	}
	return (row: LabelledText): Float32Array => store.get(row.text)!;
}

async function embedInChunks(
	pool: EncoderPool,
	texts: string[],
	store: Awaited<ReturnType<typeof openEmbeddingStore>>,
	logger: Logger
): Promise<void> {
	const chunk = 2_000;
	const started = performance.now();
	for (let start = 0; start < texts.length; start += chunk) {
		const part = texts.slice(start, start + chunk);
		await store.add(part, await pool.embed(part));
		const done = Math.min(start + chunk, texts.length);
		const seconds = (performance.now() - started) / 1000;
		logger.info({ done, total: texts.length, perSecond: Math.round(done / seconds) }, 'embedding');
	}
}

function fit(
	rows: LabelledText[],
	embeddings: (row: LabelledText) => Float32Array,
	weightOf: (row: LabelledText) => number,
	l2: number
): LogisticModel {
	return trainLogistic(
		rows.map(embeddings),
		rows.map((row) => labelToClass(row.label)),
		{ l2, sampleWeights: rows.map(weightOf), epochs: 30, seed: 1 }
	);
}

function chooseL2(
	train: LabelledText[],
	validation: LabelledText[],
	embeddings: (row: LabelledText) => Float32Array,
	weightOf: (row: LabelledText) => number,
	logger: Logger
): number {
	let best = { l2: l2Grid[0], accuracy: -1 };
	for (const l2 of l2Grid) {
		const model = fit(train, embeddings, weightOf, l2);
		const negatives = validation.map((row) => predictProbability(model, embeddings(row)));
		const { accuracy } = evaluateSet('validation', validation, negatives).metrics;
		logger.info({ l2, accuracy }, 'validation');
		if (accuracy > best.accuracy) best = { l2, accuracy };
	}
	return best.l2;
}

async function writeVersion(
	options: TrainHeadOptions,
	head: SentimentHead,
	results: EvaluationRow[],
	l2: number,
	split: Record<string, LabelledText[]>
): Promise<void> {
	const dir = path.resolve(options.outDir);
	await writeHead(dir, head);
	const counts = Object.fromEntries(Object.entries(split).map(([name, set]) => [name, set.length]));
	const metrics = { version: head.version, l2, split: counts, results: summarise(results) };
	await fs.writeFile(path.join(dir, 'metrics.json'), JSON.stringify(metrics, null, '\t') + '\n');
	await fs.writeFile(path.join(dir, 'README.md'), versionCard(options, head, results, l2, counts));
}

function versionCard(
	options: TrainHeadOptions,
	head: SentimentHead,
	results: EvaluationRow[],
	l2: number,
	counts: Record<string, number>
): string {
	const corpora = [...new Set(options.rows.map((row) => row.corpus))].join(', ');
	return `# Sentiment head ${head.version}

Logistic regression on the L2-normalised [CLS] embedding of encoder \`${head.encoder.id}\`
(ONNX sha256 \`${head.encoder.onnxSha256}\`). Output: P(negative); label 'negative' above ${head.threshold}.
Texts longer than ${head.encoder.maxLength} tokens are cut at the end.

- Created: ${head.createdAt}
- Corpora: ${corpora}
- Split by sha1 of the text: train ${counts.train}, validation ${counts.validation}, test ${counts.test}
- L2 penalty ${l2}, chosen on the validation split; final fit on train + validation.
- Rebuild: \`${options.command}\`

## Held-out results

${formatTable(results)}
`;
}
