import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitOf } from './datasets.js';
import { untar } from './fetch.js';
import { LruCache } from './lru.js';
import { createEncoderPool, embedInBatches, planBatches } from './pool.js';

describe('planBatches', () => {
	it.each([
		{
			name: 'short texts fill batches up to batchSize',
			lengths: [5, 5, 5, 5, 5],
			size: 2,
			sizes: [2, 2, 1]
		},
		{
			name: 'long texts get smaller batches',
			lengths: [2000, 2000, 2000, 10],
			size: 32,
			sizes: [2, 2]
		},
		{
			name: 'a text over the budget gets a batch of its own',
			lengths: [9000, 10],
			size: 32,
			sizes: [1, 1]
		},
		{ name: 'no texts give no batches', lengths: [], size: 8, sizes: [] }
	])('$name', ({ lengths, size, sizes }) => {
		const texts = lengths.map((n) => 'x'.repeat(n));
		const batches = planBatches(texts, size);
		expect(batches.map((batch) => batch.length)).toEqual(sizes);
		expect(batches.flat().sort()).toEqual(texts.map((_, i) => i).sort());
	});

	it('queues the longest texts first', () => {
		const batches = planBatches(['a', 'aaa', 'aa'], 1);
		expect(batches).toEqual([[1], [2], [0]]);
	});
});

describe('embedInBatches', () => {
	it('returns vectors in input order whatever the batch order', async () => {
		const texts = ['bb', 'a', 'cccc', 'ddd'];
		const vectors = await embedInBatches(texts, 2, async (batch) =>
			batch.map((text) => Float32Array.of(text.length))
		);
		expect(vectors.map((v) => v[0])).toEqual([2, 1, 4, 3]);
	});
});

describe('LruCache', () => {
	it('evicts the least recently used entry', () => {
		const cache = new LruCache<string, number>(2);
		cache.set('a', 1);
		cache.set('b', 2);
		expect(cache.get('a')).toBe(1);
		cache.set('c', 3);
		expect(cache.get('b')).toBeUndefined();
		expect(cache.get('a')).toBe(1);
		expect(cache.size).toBe(2);
	});

	it('stores nothing with capacity 0', () => {
		const cache = new LruCache<string, number>(0);
		cache.set('a', 1);
		expect(cache.size).toBe(0);
	});
});

describe('splitOf', () => {
	it('ignores byte-order marks and outer spaces', () => {
		expect(splitOf('\uFEFF 质量很好 ')).toBe(splitOf('质量很好'));
	});

	it('puts about 20% of texts in the test split', () => {
		const texts = Array.from({ length: 5000 }, (_, i) => `评论${i}`);
		const share = texts.filter((text) => splitOf(text) === 'test').length / texts.length;
		expect(share).toBeGreaterThan(0.18);
		expect(share).toBeLessThan(0.22);
	});
});

describe('untar', () => {
	function tarEntry(name: string, body: string): Buffer {
		const header = Buffer.alloc(512);
		header.write(name, 0);
		header.write(body.length.toString(8).padStart(11, '0'), 124);
		header.write('0', 156);
		const data = Buffer.alloc(Math.ceil(body.length / 512) * 512);
		data.write(body);
		return Buffer.concat([header, data]);
	}

	it('reads regular files and stops at the zero block', () => {
		const archive = Buffer.concat([
			tarEntry('package/a.txt', 'hello'),
			tarEntry('package/b.txt', 'x'.repeat(600)),
			Buffer.alloc(1024)
		]);
		const files = untar(archive);
		expect([...files.keys()]).toEqual(['package/a.txt', 'package/b.txt']);
		expect(files.get('package/a.txt')!.toString()).toBe('hello');
		expect(files.get('package/b.txt')!.length).toBe(600);
	});
});

describe('createEncoderPool', () => {
	it('rejects batches once its only worker has stopped', async () => {
		// A stand-in worker that loads instantly and exits on its first batch.
		const workerFile = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'seam-pool-')), 'w.mjs');
		await fs.writeFile(
			workerFile,
			"import { parentPort } from 'node:worker_threads';\n" +
				"parentPort.postMessage({ type: 'ready' });\n" +
				"parentPort.on('message', () => process.exit(3));\n"
		);
		const config = { modelRoot: '/unused', encoderId: 'unused', maxLength: 16 };
		const pool = await createEncoderPool(config, { workers: 1, workerFile });
		expect(pool.mode).toBe('workers');
		await expect(pool.embed(['a'])).rejects.toThrow(/exit code 3/);
		await expect(pool.embed(['b'])).rejects.toThrow(/stopped/);
		await pool.close();
	});
});
