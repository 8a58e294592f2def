import {
	binaryMetrics,
	labelToClass,
	NEGATIVE_CLASS,
	type BinaryMetrics
} from '../../domain/sentiment/index.js';
import type { LabelledText } from './csv.js';

export interface EvaluationRow {
	/** Name of the evaluated set, e.g. 'test/clothing'. */
	set: string;
	metrics: BinaryMetrics;
}

/** Scores P(negative) against labels with the given threshold. */
export function evaluateSet(
	set: string,
	rows: LabelledText[],
	negatives: number[],
	threshold = 0.5
): EvaluationRow {
	const actual = rows.map((row) => labelToClass(row.label));
	const predicted = negatives.map((p) => (p > threshold ? NEGATIVE_CLASS : 1 - NEGATIVE_CLASS));
	return { set, metrics: binaryMetrics(actual, predicted) };
}

/** Evaluates the whole set, then each corpus in it when there is more than one. */
export function evaluateByCorpus(
	prefix: string,
	rows: LabelledText[],
	negatives: number[],
	threshold = 0.5
): EvaluationRow[] {
	const results = [evaluateSet(prefix, rows, negatives, threshold)];
	const corpora = [...new Set(rows.map((row) => row.corpus))];
	if (corpora.length < 2) return results;
	for (const corpus of corpora) {
		const indices = rows.flatMap((row, i) => (row.corpus === corpus ? [i] : []));
		results.push(
			evaluateSet(
				`${prefix}/${corpus}`,
				indices.map((i) => rows[i]),
				indices.map((i) => negatives[i]),
				threshold
			)
		);
	}
	return results;
}

/**
 * Formats results as a Markdown table with padded columns, readable in a terminal and already in
 * the layout Prettier gives Markdown tables, so generated model cards pass `prettier --check`.
 */
export function formatTable(results: EvaluationRow[]): string {
	const header = ['set', 'n', 'accuracy', 'macro-F1', 'neg→neg', 'neg→pos', 'pos→neg', 'pos→pos'];
	const n = NEGATIVE_CLASS;
	const p = 1 - NEGATIVE_CLASS;
	const rows = results.map(({ set, metrics }) => {
		const c = metrics.confusion.counts;
		const figures = [metrics.accuracy.toFixed(4), metrics.macroF1.toFixed(4)];
		return [
			set,
			String(metrics.count),
			...figures,
			...[c[n][n], c[n][p], c[p][n], c[p][p]].map(String)
		];
	});
	const widths = header.map((title, i) =>
		Math.max(3, title.length, ...rows.map((row) => row[i].length))
	);
	// The first column is text and left-aligned; the figures are right-aligned.
	const cell = (value: string, i: number) =>
		i === 0 ? value.padEnd(widths[i]) : value.padStart(widths[i]);
	const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
	const rule = widths.map((width, i) =>
		i === 0 ? '-'.repeat(width) : '-'.repeat(width - 1) + ':'
	);
	return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** Returns a compact object of the figures, for the one JSON line that scripts read. */
export function summarise(results: EvaluationRow[]) {
	return Object.fromEntries(
		results.map(({ set, metrics }) => [
			set,
			{
				n: metrics.count,
				accuracy: round(metrics.accuracy),
				macroF1: round(metrics.macroF1),
				confusion: metrics.confusion.counts
			}
		])
	);
}

function round(value: number): number {
	return Math.round(value * 10_000) / 10_000;
}
