import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import iconv from 'iconv-lite';

export type TextEncoding = 'utf8' | 'gbk';

const SNIFF_BYTES = 64 * 1024;

/**
 * Guesses the encoding from the first bytes: a UTF-8 byte order mark or bytes that decode as
 * valid UTF-8 mean UTF-8, anything else is taken as GBK (the usual encoding of Chinese CRM
 * exports from Excel). A multi-byte character cut at the end of the sample is allowed.
 */
export function detectEncoding(sample: Uint8Array): TextEncoding {
	if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf8';
	const decoder = new TextDecoder('utf-8', { fatal: true });
	for (let trim = 0; trim < 4 && trim < sample.length; trim += 1) {
		try {
			decoder.decode(sample.subarray(0, sample.length - trim));
			return 'utf8';
		} catch {
			// A character split at the cut fails too, so retry a few bytes shorter.
		}
	}
	return 'gbk';
}

async function readSample(filePath: string, gzip: boolean): Promise<Uint8Array> {
	if (!gzip) {
		const handle = await open(filePath, 'r');
		try {
			const buffer = Buffer.alloc(SNIFF_BYTES);
			const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
			return buffer.subarray(0, bytesRead);
		} finally {
			await handle.close();
		}
	}
	const chunks: Buffer[] = [];
	let size = 0;
	const stream = createReadStream(filePath).pipe(createGunzip());
	for await (const chunk of stream as AsyncIterable<Buffer>) {
		chunks.push(chunk);
		size += chunk.length;
		if (size >= SNIFF_BYTES) break;
	}
	stream.destroy();
	return Buffer.concat(chunks).subarray(0, SNIFF_BYTES);
}

export interface TextSource {
	encoding: TextEncoding;
	/** Decoded text, without a byte order mark, streamed in chunks. */
	stream: Readable;
	/** Compressed or raw bytes read so far, for progress. */
	bytesRead: () => number;
}

/** Opens a file (optionally `.gz`) as a stream of decoded text. */
export async function openText(filePath: string, forced?: TextEncoding): Promise<TextSource> {
	const gzip = filePath.endsWith('.gz');
	const encoding = forced ?? detectEncoding(await readSample(filePath, gzip));
	const raw = createReadStream(filePath);
	let bytes = 0;
	raw.on('data', (chunk: string | Buffer) => {
		bytes += chunk.length;
	});
	const decompressed: Readable = gzip ? raw.pipe(createGunzip()) : raw;
	// iconv-lite strips the UTF-8 byte order mark by default.
	const stream = decompressed.pipe(
		iconv.decodeStream(encoding === 'utf8' ? 'utf8' : 'gbk')
	) as unknown as Readable;
	return { encoding, stream, bytesRead: () => bytes };
}
