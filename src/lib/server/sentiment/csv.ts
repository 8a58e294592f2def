import fs from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { parseSentimentLabel, type SentimentLabel } from '../../domain/sentiment/index.js';

export interface LabelledText {
	text: string;
	label: SentimentLabel;
	/** Name of the data set the row came from; used to report metrics per corpus. */
	corpus: string;
}

export interface CsvColumns {
	textColumn?: string;
	labelColumn?: string;
	/** Any encoding iconv-lite supports, e.g. 'gbk' for files saved by Excel in China; default utf-8. */
	encoding?: string;
}

const textColumnGuesses = ['text', 'review', 'review_text', 'content', 'message', 'comment'];
const labelColumnGuesses = ['label', 'sentiment', 'polarity'];

/** Reads a plain or gzipped CSV with a header row into records. */
export async function readCsvRecords(
	file: string,
	encoding = 'utf-8'
): Promise<Record<string, string>[]> {
	let data = await fs.readFile(file).catch((error: Error) => {
		throw new Error(`Cannot read CSV ${file}: ${error.message}`);
	});
	if (data[0] === 0x1f && data[1] === 0x8b) data = gunzipSync(data);
	if (!iconv.encodingExists(encoding)) {
		throw new Error(`Unknown encoding '${encoding}' for ${file}; use e.g. utf-8 or gbk.`);
	}
	const text = iconv.decode(data, encoding).replace(/^\uFEFF/, '');
	return parse(text, { columns: true, skip_empty_lines: true, relax_column_count: true });
}

/**
 * Reads labelled texts from a CSV. Rows with an empty text are skipped. An unknown label is an
 * error, because silently dropping it would bias the data set.
 */
export async function readLabelledCsv(
	file: string,
	columns: CsvColumns = {},
	corpus = 'csv'
): Promise<LabelledText[]> {
	const records = await readCsvRecords(file, columns.encoding);
	if (records.length === 0) throw new Error(`CSV ${file} has no data rows.`);
	const header = Object.keys(records[0]);
	const textColumn = pickColumn(
		file,
		header,
		columns.textColumn,
		textColumnGuesses,
		'--text-column'
	);
	const labelColumn = pickColumn(
		file,
		header,
		columns.labelColumn,
		labelColumnGuesses,
		'--label-column'
	);
	const rows: LabelledText[] = [];
	records.forEach((record, i) => {
		const text = cleanText(record[textColumn] ?? '');
		if (!text) return;
		const label = parseSentimentLabel(record[labelColumn] ?? '');
		if (!label) {
			throw new Error(
				`${file} row ${i + 2}: label '${record[labelColumn]}' in column '${labelColumn}' is not ` +
					'a known sentiment; use 0/1, negative/positive or 负面/正面.'
			);
		}
		rows.push({ text, label, corpus });
	});
	return rows;
}

function pickColumn(
	file: string,
	header: string[],
	requested: string | undefined,
	guesses: string[],
	option: string
): string {
	if (requested) {
		if (header.includes(requested)) return requested;
		throw new Error(`${file} has no column '${requested}'; its columns are ${header.join(', ')}.`);
	}
	const found = header.find((name) => guesses.includes(name.trim().toLowerCase()));
	if (found) return found;
	throw new Error(
		`${file}: cannot tell which column to use among ${header.join(', ')}; pass ${option}.`
	);
}

/** Removes byte-order marks, which some corpora carry at the start of reviews, and outer space. */
export function cleanText(text: string): string {
	return text.replace(/\uFEFF/g, '').trim();
}
