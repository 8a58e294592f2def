import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';
import streamJson from 'stream-json';
import streamArray from 'stream-json/streamers/StreamArray.js';
import type { TextSource } from './source.js';

/** One input row with the line (CSV, JSONL) or element number (JSON array) it came from. */
export type SourceRow =
	{ line: number; value: Record<string, unknown> } | { line: number; error: string; raw: string };

/** Reads CSV with a header row. Quoted fields may span lines; `line` is where the row starts. */
export async function* readCsv(source: TextSource): AsyncGenerator<SourceRow> {
	const parser = source.stream.pipe(
		parse({
			columns: (header: string[]) => header.map((name) => name.trim()),
			bom: true,
			relax_column_count: true,
			skip_empty_lines: true,
			info: true
		})
	);
	try {
		for await (const { record, info } of parser as AsyncIterable<{
			record: Record<string, string>;
			info: { lines: number; columns: number; invalid_field_length: number };
		}>) {
			yield { line: info.lines, value: record };
		}
	} catch (cause) {
		const error = cause as Error & { lines?: number };
		yield { line: error.lines ?? 0, error: `CSV is malformed: ${error.message}`, raw: '' };
	}
}

/** Reads JSON Lines: one object per line; a line that is not JSON becomes an error row. */
export async function* readJsonl(source: TextSource): AsyncGenerator<SourceRow> {
	const lines = createInterface({ input: source.stream, crlfDelay: Infinity });
	let line = 0;
	for await (const text of lines) {
		line += 1;
		if (text.trim() === '') continue;
		try {
			const value = JSON.parse(text) as unknown;
			if (value === null || typeof value !== 'object' || Array.isArray(value)) {
				yield { line, error: 'line is not a JSON object', raw: text.slice(0, 200) };
			} else {
				yield { line, value: value as Record<string, unknown> };
			}
		} catch (cause) {
			yield { line, error: `invalid JSON: ${(cause as Error).message}`, raw: text.slice(0, 200) };
		}
	}
}

/** Reads a top-level JSON array element by element, so memory stays flat. */
export async function* readJsonArray(source: TextSource): AsyncGenerator<SourceRow> {
	const pipeline = source.stream.pipe(streamJson.parser()).pipe(streamArray.streamArray());
	let index = 0;
	try {
		for await (const { value } of pipeline as AsyncIterable<{ key: number; value: unknown }>) {
			index += 1;
			if (value === null || typeof value !== 'object' || Array.isArray(value)) {
				yield { line: index, error: 'array element is not an object', raw: String(value) };
			} else {
				yield { line: index, value: value as Record<string, unknown> };
			}
		}
	} catch (cause) {
		yield { line: index + 1, error: `invalid JSON: ${(cause as Error).message}`, raw: '' };
	}
}
