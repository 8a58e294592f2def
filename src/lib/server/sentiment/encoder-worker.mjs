// Sentence encoder for Seam's sentiment model. This file is plain JavaScript on purpose: it must
// start as a worker_threads entry under tsx, vitest and the adapter-node build alike, and the build
// does not compile or copy TypeScript workers. It imports nothing from the project.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { AutoModel, AutoTokenizer, env } from '@huggingface/transformers';

/**
 * @typedef {object} EncoderOptions
 * @property {string} modelRoot folder that contains the encoder folder (transformers.js localModelPath)
 * @property {string} encoderId encoder folder under modelRoot, with tokenizer files and onnx/model_quantized.onnx
 * @property {number} maxLength tokens per text, [CLS] and [SEP] included; longer texts are cut at the end
 * @property {number} threads ONNX Runtime intra-op threads
 */

/**
 * Loads the tokenizer and the int8 ONNX encoder from local files only.
 * @param {EncoderOptions} options
 */
export async function createEncoder(options) {
	env.allowRemoteModels = false;
	env.allowLocalModels = true;
	env.localModelPath = options.modelRoot.endsWith('/')
		? options.modelRoot
		: `${options.modelRoot}/`;
	const tokenizer = await AutoTokenizer.from_pretrained(options.encoderId);
	const model = await AutoModel.from_pretrained(options.encoderId, {
		dtype: 'q8',
		session_options: { intraOpNumThreads: options.threads, interOpNumThreads: 1 }
	});
	return {
		/**
		 * Returns the L2-normalised [CLS] vector of each text (the pooling bge models are trained with).
		 * @param {string[]} texts
		 */
		async embed(texts) {
			const inputs = tokenizer(texts, {
				padding: true,
				truncation: true,
				max_length: options.maxLength
			});
			const { last_hidden_state: hidden } = await model(inputs);
			return clsVectors(/** @type {Float32Array} */ (hidden.data), hidden.dims);
		},
		async close() {
			await model.dispose();
		}
	};
}

/**
 * @param {Float32Array} data hidden states of shape [batch, tokens, width]
 * @param {number[]} dims
 */
function clsVectors(data, dims) {
	const [batch, tokens, width] = dims;
	const vectors = [];
	for (let b = 0; b < batch; b++) {
		const start = b * tokens * width;
		const vector = data.slice(start, start + width);
		let norm = 0;
		for (const v of vector) norm += v * v;
		norm = Math.sqrt(norm) || 1;
		for (let i = 0; i < width; i++) vector[i] /= norm;
		vectors.push(vector);
	}
	return vectors;
}

/** Serves embed requests: { id, texts } in, { id, vectors } or { id, error } out. */
async function serve() {
	const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);
	let encoder;
	try {
		encoder = await createEncoder(workerData.encoder);
	} catch (error) {
		port.postMessage({ type: 'failed', error: describe(error) });
		return;
	}
	port.on('message', async (message) => {
		if (message.type === 'close') {
			await encoder.close();
			port.close();
			return;
		}
		try {
			const vectors = await encoder.embed(message.texts);
			port.postMessage(
				{ type: 'result', id: message.id, vectors },
				vectors.map((v) => v.buffer)
			);
		} catch (error) {
			port.postMessage({ type: 'result', id: message.id, error: describe(error) });
		}
	});
	port.postMessage({ type: 'ready' });
}

/** @param {unknown} error */
function describe(error) {
	return error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
}

if (!isMainThread && workerData?.seamSentimentEncoder) await serve();
