/**
 * Throughput of Seam's sentiment pipeline against raw onnxruntime-node on the same ONNX file and
 * the same texts. Seam's figure includes tokenisation, worker messaging and the head. The raw
 * figure is InferenceSession.run alone on inputs tokenised beforehand, in the same batches.
 *
 * Usage: SEAM_DATASETS=<folder> npx tsx bench/sentiment.ts [--count 2000]
 * Without SEAM_DATASETS it uses generated review-like texts.
 */
import path from 'node:path';
import { AutoTokenizer, env } from '@huggingface/transformers';
import * as ort from 'onnxruntime-node';
import { modelsDir } from '../src/lib/server/paths.js';
import { loadDefaultCorpora } from '../src/lib/server/sentiment/datasets.js';
import { quantizedOnnxFile } from '../src/lib/server/sentiment/encoder-files.js';
import { fetchEncoder } from '../src/lib/server/sentiment/fetch.js';
import { defaultModelDir, encoderLocation, readHead } from '../src/lib/server/sentiment/head.js';
import { createSentimentModel } from '../src/lib/server/sentiment/model.js';
import { planBatches } from '../src/lib/server/sentiment/pool.js';

const batchSize = 32;
const count = Number(process.argv[process.argv.indexOf('--count') + 1]) || 2_000;
/**
 * Rounds of each side, interleaved. The median is reported, so a burst of load from other
 * processes skews one round only.
 */
const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 3;

async function benchTexts(): Promise<{ texts: string[]; source: string }> {
	if (!process.env.SEAM_DATASETS) return { texts: generatedTexts(count), source: 'generated' };
	const rows = await loadDefaultCorpora();
	// Every k-th row, so all corpora and text lengths are represented.
	const step = Math.max(1, Math.floor(rows.length / count));
	const texts = rows
		.filter((_, i) => i % step === 0)
		.slice(0, count)
		.map((row) => row.text);
	return { texts, source: 'SEAM_DATASETS review corpora' };
}

function generatedTexts(n: number): string[] {
	const items = ['裙子', '外套', '裤子', 'T恤', '衬衫', '毛衣'];
	const remarks = ['质量很好', '尺码偏小', '颜色和图片不一样', '物流很快', '面料舒服', '做工粗糙'];
	const endings = ['，很满意', '，要退货', '，客服态度不错', '，不会再买了', '', '，推荐'];
	return Array.from({ length: n }, (_, i) => {
		const remark = remarks[i % 6] + '，' + remarks[Math.floor(i / 6) % 6];
		return `${items[Math.floor(i / 36) % 6]}${remark}${endings[Math.floor(i / 216) % 6]}（第${i}单）`;
	});
}

/** Times classify on a fresh model each round, so its cache never answers. */
async function seamThroughput(texts: string[]): Promise<number> {
	const model = await createSentimentModel();
	try {
		await model.classify(generatedTexts(64).map((text) => `warm-up ${text}`));
		const started = performance.now();
		await model.classify(texts);
		return texts.length / ((performance.now() - started) / 1000);
	} finally {
		await model.close();
	}
}

/** Tokenises once, in the batches Seam plans, and returns a timer of InferenceSession.run alone. */
async function rawRunner(texts: string[]): Promise<() => Promise<number>> {
	const head = await readHead(await defaultModelDir());
	const { modelRoot, encoderId } = encoderLocation(head, await defaultModelDir());
	env.allowRemoteModels = false;
	env.localModelPath = modelRoot + path.sep;
	const tokenizer = await AutoTokenizer.from_pretrained(encoderId);
	const feeds: Record<string, ort.Tensor>[] = [];
	for (const batch of planBatches(texts, batchSize)) {
		const encoded = tokenizer(
			batch.map((i) => texts[i]),
			{
				padding: true,
				truncation: true,
				max_length: head.encoder.maxLength
			}
		);
		feeds.push(
			Object.fromEntries(
				(['input_ids', 'attention_mask', 'token_type_ids'] as const).map((name) => {
					const tensor = encoded[name]!;
					return [name, new ort.Tensor('int64', tensor.data as BigInt64Array, tensor.dims)];
				})
			)
		);
	}
	return async () => {
		const file = path.join(modelRoot, encoderId, quantizedOnnxFile);
		const session = await ort.InferenceSession.create(file);
		try {
			await session.run(feeds[feeds.length - 1]);
			const started = performance.now();
			for (const feed of feeds) await session.run(feed);
			return texts.length / ((performance.now() - started) / 1000);
		} finally {
			await session.release();
		}
	};
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function main(): Promise<void> {
	await fetchEncoder();
	const { texts, source } = await benchTexts();
	const raw = await rawRunner(texts);
	const [rawRounds, seamRounds]: number[][] = [[], []];
	for (let round = 0; round < rounds; round++) {
		rawRounds.push(await raw());
		seamRounds.push(await seamThroughput(texts));
	}
	const [baseline, value] = [median(rawRounds), median(seamRounds)];
	const ratio = value / baseline;
	console.log(`texts: ${texts.length} from ${source}; encoder files under ${modelsDir}`);
	console.log(
		`rounds (msg/s): raw ${rawRounds.map(Math.round)}, seam ${seamRounds.map(Math.round)}`
	);
	console.log(`seam createSentimentModel().classify: ${value.toFixed(0)} msg/s`);
	console.log(`raw onnxruntime-node InferenceSession.run: ${baseline.toFixed(0)} msg/s`);
	console.log(`ratio: ${ratio.toFixed(3)}`);
	console.log(
		JSON.stringify({
			name: 'sentiment-throughput',
			value: Math.round(value),
			unit: 'msg/s',
			baseline: Math.round(baseline),
			ratio: Math.round(ratio * 1000) / 1000,
			target: 0.9
		})
	);
}

await main();
