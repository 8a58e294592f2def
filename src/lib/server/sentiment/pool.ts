import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../log.js';
import { projectRoot } from '../paths.js';

export interface EncoderConfig {
	/** Folder containing the encoder folder. */
	modelRoot: string;
	/** Encoder folder name under modelRoot. */
	encoderId: string;
	/** Tokens per text including [CLS] and [SEP]; longer texts are cut at the end. */
	maxLength: number;
}

export interface PoolOptions {
	/** Worker threads; 0 runs inference on the caller's thread. Default: min(2, CPUs). */
	workers?: number;
	/** Texts per ONNX run. */
	batchSize?: number;
	/** Path of encoder-worker.mjs when it is not in its source folder. */
	workerFile?: string;
	logger?: Logger;
}

export interface EncoderPool {
	/** 'workers' or 'main-thread' (the fallback when worker threads cannot start). */
	mode: 'workers' | 'main-thread';
	size: number;
	embed(texts: string[]): Promise<Float32Array[]>;
	close(): Promise<void>;
}

interface Encoder {
	embed(texts: string[]): Promise<Float32Array[]>;
	close(): Promise<void>;
}

interface Job {
	texts: string[];
	resolve(vectors: Float32Array[]): void;
	reject(error: Error): void;
}

const workerFileName = 'encoder-worker.mjs';

/**
 * Finds encoder-worker.mjs. Under tsx and vitest it sits next to this module. The adapter-node
 * build moves this module into build/server/chunks but does not copy the worker, so the server
 * falls back to the source copy under the project root (the working directory of `seam start`).
 */
export function resolveWorkerFile(explicit = process.env.SEAM_SENTIMENT_WORKER): string {
	const candidates = [
		explicit,
		// Built from a variable so that Vite leaves the URL alone instead of bundling it as an asset.
		fileURLToPath(new URL(`./${workerFileName}`, import.meta.url)),
		path.join(projectRoot, 'src', 'lib', 'server', 'sentiment', workerFileName)
	].filter((file): file is string => Boolean(file));
	const found = candidates.find((file) => existsSync(file));
	if (!found) {
		throw new Error(
			`Sentiment encoder worker not found; looked in ${candidates.join(', ')}. ` +
				'Run Seam from the project folder or set SEAM_SENTIMENT_WORKER to the file.'
		);
	}
	return found;
}

/** Starts the encoder on worker threads, or on the caller's thread when workers cannot start. */
export async function createEncoderPool(
	config: EncoderConfig,
	options: PoolOptions = {}
): Promise<EncoderPool> {
	const workerFile = resolveWorkerFile(options.workerFile);
	const size = options.workers ?? Math.min(2, os.availableParallelism());
	const batchSize = options.batchSize ?? 32;
	if (size > 0) {
		try {
			return await startWorkers(workerFile, config, size, batchSize, options.logger);
		} catch (error) {
			options.logger?.warn(
				{ err: error },
				'sentiment workers failed to start; using the main thread'
			);
		}
	}
	return startOnMainThread(workerFile, config, batchSize);
}

async function startOnMainThread(
	workerFile: string,
	config: EncoderConfig,
	batchSize: number
): Promise<EncoderPool> {
	const module = (await import(/* @vite-ignore */ pathToFileURL(workerFile).href)) as {
		createEncoder(options: EncoderConfig & { threads: number }): Promise<Encoder>;
	};
	const encoder = await module.createEncoder({ ...config, threads: os.availableParallelism() });
	// One batch at a time: concurrent runs on one session compete for the same intra-op threads.
	let previous: Promise<unknown> = Promise.resolve();
	const embedBatch = (batch: string[]) => {
		const result = previous.then(() => encoder.embed(batch));
		previous = result.catch(() => undefined);
		return result;
	};
	return {
		mode: 'main-thread',
		size: 1,
		embed: (texts) => embedInBatches(texts, batchSize, embedBatch),
		close: () => encoder.close()
	};
}

async function startWorkers(
	workerFile: string,
	config: EncoderConfig,
	size: number,
	batchSize: number,
	logger?: Logger
): Promise<EncoderPool> {
	// One intra-op thread per worker when workers fill the CPUs: parallel batches scale better than
	// parallel matrix products on short texts.
	const threads = Math.max(1, Math.floor(os.availableParallelism() / size));
	const workers = await Promise.all(
		Array.from({ length: size }, () => startWorker(workerFile, { ...config, threads }))
	);
	const queue = createJobQueue(workers, logger);
	return {
		mode: 'workers',
		size,
		embed: (texts) => embedInBatches(texts, batchSize, queue.submit),
		close: queue.close
	};
}

function startWorker(workerFile: string, encoder: EncoderConfig & { threads: number }) {
	return new Promise<Worker>((resolve, reject) => {
		const worker = new Worker(workerFile, { workerData: { seamSentimentEncoder: true, encoder } });
		const fail = (error: Error) => {
			void worker.terminate();
			reject(error);
		};
		worker.once('error', fail);
		worker.once('message', (message: { type: string; error?: string }) => {
			worker.off('error', fail);
			if (message.type === 'ready') {
				worker.unref(); // idle workers must not keep a CLI process alive
				resolve(worker);
			} else fail(new Error(`Sentiment encoder failed to load in a worker: ${message.error}`));
		});
	});
}

/** Hands each job to the next idle worker, so a slow batch never holds up the others. */
function createJobQueue(workers: Worker[], logger?: Logger) {
	const pending: Job[] = [];
	const idle = [...workers];
	let nextId = 0;
	let live = workers.length;
	let closed = false;
	// An uncaught error ends the worker, which then emits 'exit'. A stopped worker leaves the pool,
	// and its running batch, if any, is rejected in run().
	for (const worker of workers) {
		worker.on('error', (error) => logger?.error({ err: error }, 'sentiment worker crashed'));
		worker.once('exit', () => {
			const index = idle.indexOf(worker);
			if (index !== -1) idle.splice(index, 1);
			live--;
			if (live === 0) rejectPending('every sentiment worker has stopped; create a new model');
		});
	}

	function dispatch(): void {
		while (idle.length > 0 && pending.length > 0) run(idle.pop()!, pending.shift()!);
	}

	function run(worker: Worker, job: Job): void {
		const id = nextId++;
		worker.ref();
		const onMessage = (message: { id: number; vectors?: Float32Array[]; error?: string }) => {
			if (message.id !== id) return;
			detach();
			idle.push(worker);
			if (message.error) job.reject(new Error(`Sentiment encoder failed: ${message.error}`));
			else job.resolve(message.vectors!);
			dispatch();
		};
		const onExit = (code: number) => {
			detach();
			job.reject(new Error(`Sentiment worker stopped with exit code ${code} during a batch.`));
		};
		function detach(): void {
			worker.off('message', onMessage);
			worker.off('exit', onExit);
			worker.unref();
		}
		worker.on('message', onMessage);
		worker.once('exit', onExit);
		worker.postMessage({ type: 'embed', id, texts: job.texts });
	}

	function rejectPending(reason: string): void {
		for (const job of pending.splice(0))
			job.reject(new Error(`Sentiment batch dropped: ${reason}.`));
	}

	return {
		submit(texts: string[]): Promise<Float32Array[]> {
			if (closed) return Promise.reject(new Error('Sentiment model is closed; create a new one.'));
			if (live === 0) return Promise.reject(new Error('Every sentiment worker has stopped.'));
			return new Promise((resolve, reject) => {
				pending.push({ texts, resolve, reject });
				dispatch();
			});
		},
		async close(): Promise<void> {
			closed = true;
			rejectPending('the model was closed');
			await Promise.all(workers.map((worker) => worker.terminate()));
		}
	};
}

/**
 * Groups text indices into batches of similar length, longest first. A batch holds at most
 * batchSize texts and about tokenBudget characters of padded input (characters approximate BERT
 * tokens for Chinese), so long texts go in small batches: attention cost grows with the square of
 * the padded length. Longest-first order also keeps workers from idling behind one slow batch.
 */
export function planBatches(texts: string[], batchSize: number, tokenBudget = 4096): number[][] {
	const order = texts.map((_, i) => i).sort((a, b) => texts[b].length - texts[a].length);
	const batches: number[][] = [];
	let start = 0;
	while (start < order.length) {
		const longest = Math.max(texts[order[start]].length, 1);
		const size = Math.min(batchSize, Math.max(1, Math.floor(tokenBudget / longest)));
		batches.push(order.slice(start, start + size));
		start += size;
	}
	return batches;
}

/** Embeds texts in the batches of planBatches and returns the vectors in input order. */
export async function embedInBatches(
	texts: string[],
	batchSize: number,
	embedBatch: (batch: string[]) => Promise<Float32Array[]>
): Promise<Float32Array[]> {
	const results = new Array<Float32Array>(texts.length);
	await Promise.all(
		planBatches(texts, batchSize).map(async (batch) => {
			const vectors = await embedBatch(batch.map((i) => texts[i]));
			batch.forEach((index, k) => (results[index] = vectors[k]));
		})
	);
	return results;
}
