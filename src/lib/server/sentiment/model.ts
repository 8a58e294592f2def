import { createHash } from 'node:crypto';
import {
	labelFromNegative,
	predictProbability,
	type SentimentLabel
} from '../../domain/sentiment/index.js';
import { createLogger, type Logger } from '../log.js';
import {
	defaultModelDir,
	encoderLocation,
	encoderOnnxSha256,
	readHead,
	type SentimentHead
} from './head.js';
import { LruCache } from './lru.js';
import { createEncoderPool, type EncoderPool } from './pool.js';

export interface SentimentModelOptions {
	/** Version folder with head.json; default: models/sentiment/<name in CURRENT>. */
	modelDir?: string;
	logger?: Logger;
	/** Worker threads; 0 runs inference on the caller's thread. Default: min(2, CPUs). */
	workers?: number;
	/** Texts per ONNX run; default 32. */
	batchSize?: number;
	/** Embeddings kept in memory, keyed by sha1 of the text (2 KiB each); default 20,000. */
	cacheSize?: number;
}

export interface SentimentScore {
	/** Probability that the text is negative, 0..1. */
	negative: number;
	label: SentimentLabel;
}

export interface SentimentModel {
	/** Version folder name of the head, e.g. 'v1-bge-lr'. */
	version: string;
	classify(texts: string[]): Promise<SentimentScore[]>;
	/** L2-normalised [CLS] embedding of each text (512 values for bge-small-zh-v1.5). */
	embed(texts: string[]): Promise<Float32Array[]>;
	close(): Promise<void>;
}

/**
 * Loads a sentiment head and its encoder. Texts longer than the head's maxLength tokens (512, the
 * encoder's position limit) are cut at the end, because complaints usually state the problem early.
 */
export async function createSentimentModel(
	options: SentimentModelOptions = {}
): Promise<SentimentModel> {
	const logger = options.logger ?? createLogger('sentiment');
	const modelDir = options.modelDir ?? (await defaultModelDir());
	const head = await readHead(modelDir);
	const location = encoderLocation(head, modelDir);
	await checkEncoder(head, location.modelRoot, location.encoderId);
	const pool = await createEncoderPool(
		{ ...location, maxLength: head.encoder.maxLength },
		{ workers: options.workers, batchSize: options.batchSize, logger }
	);
	logger.info(
		{ version: head.version, mode: pool.mode, workers: pool.size },
		'sentiment model ready'
	);
	const embed = cachedEmbedder(pool, options.cacheSize ?? 20_000);
	return {
		version: head.version,
		embed: async (texts) => (await embed(texts)).map((vector) => vector.slice()),
		classify: async (texts) => (await embed(texts)).map((vector) => score(head, vector)),
		close: () => pool.close()
	};
}

async function checkEncoder(head: SentimentHead, modelRoot: string, encoderId: string) {
	const actual = await encoderOnnxSha256(modelRoot, encoderId);
	if (actual !== head.encoder.onnxSha256) {
		throw new Error(
			`Encoder ${encoderId} has ONNX sha256 ${actual} but head ${head.version} was trained on ` +
				`${head.encoder.onnxSha256}. Run 'seam model fetch', or retrain the head on this encoder.`
		);
	}
}

function score(head: SentimentHead, vector: Float32Array): SentimentScore {
	const negative = predictProbability(head.logistic, vector);
	return { negative, label: labelFromNegative(negative, head.threshold) };
}

/** Wraps the pool with an LRU cache keyed by sha1 of the text, and embeds each new text once. */
function cachedEmbedder(pool: EncoderPool, capacity: number) {
	const cache = new LruCache<string, Float32Array>(capacity);
	return async (texts: string[]): Promise<Float32Array[]> => {
		checkTexts(texts);
		const keys = texts.map(textKey);
		const found = keys.map((key) => cache.get(key));
		const missing = new Map<string, string>();
		keys.forEach((key, i) => {
			if (!found[i]) missing.set(key, texts[i]);
		});
		if (missing.size > 0) {
			const vectors = await pool.embed([...missing.values()]);
			const fresh = new Map([...missing.keys()].map((key, i) => [key, vectors[i]]));
			for (const [key, vector] of fresh) cache.set(key, vector);
			keys.forEach((key, i) => (found[i] ??= fresh.get(key)));
		}
		return found as Float32Array[];
	};
}

function checkTexts(texts: string[]): void {
	if (!Array.isArray(texts)) throw new Error(`Expected an array of texts, got ${typeof texts}.`);
	const bad = texts.findIndex((text) => typeof text !== 'string');
	if (bad !== -1) {
		throw new Error(
			`Text ${bad} is ${typeof texts[bad]}, not a string; pass '' for an empty message.`
		);
	}
}

export function textKey(text: string): string {
	return createHash('sha1').update(text).digest('hex');
}
