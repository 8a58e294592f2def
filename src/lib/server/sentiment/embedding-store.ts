import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

const keyBytes = 20; // sha1

/**
 * Append-only file of embeddings keyed by sha1 of the text, so retraining a head does not run the
 * encoder again on texts it has seen. One file per encoder, named by its ONNX sha256.
 */
export async function openEmbeddingStore(file: string, dims: number) {
	const vectors = new Map<string, Float32Array>();
	const record = keyBytes + dims * 4;
	const data = await fs.readFile(file).catch(() => Buffer.alloc(0));
	for (let offset = 0; offset + record <= data.length; offset += record) {
		const key = data.subarray(offset, offset + keyBytes).toString('hex');
		const copy = data.buffer.slice(
			data.byteOffset + offset + keyBytes,
			data.byteOffset + offset + record
		);
		vectors.set(key, new Float32Array(copy));
	}
	return {
		get: (text: string) => vectors.get(sha1(text)),
		async add(texts: string[], embedded: Float32Array[]): Promise<void> {
			const chunks: Buffer[] = [];
			texts.forEach((text, i) => {
				const key = sha1(text);
				if (vectors.has(key)) return;
				vectors.set(key, embedded[i]);
				const vector = embedded[i];
				chunks.push(
					Buffer.from(key, 'hex'),
					Buffer.from(vector.buffer, vector.byteOffset, dims * 4)
				);
			});
			await fs.mkdir(path.dirname(file), { recursive: true });
			await fs.appendFile(file, Buffer.concat(chunks));
		}
	};
}

function sha1(text: string): string {
	return createHash('sha1').update(text).digest('hex');
}
