import { parse } from 'csv-parse/sync';
import type { WeeklySeries } from '../../domain/forecast/forecastSeries.js';
import { seriesFromCsvRows } from '../../domain/forecast/series.js';
import { SeamError } from '../errors.js';

const COLUMNS = ['series', 'week', 'count'];

/**
 * Parses a weekly-count CSV (header `series,week,count`). Invalid rows are listed, one
 * message per row with its line, and the valid rows are still returned; the call throws only
 * when the header is wrong or no row is valid.
 */
export function parseWeeklyCsv(
	text: string,
	fileName: string
): { series: WeeklySeries[]; problems: string[] } {
	const records = parse(text, {
		columns: true,
		skip_empty_lines: true,
		trim: true,
		bom: true
	}) as Array<Record<string, string>>;
	const header = Object.keys(records[0] ?? {});
	const missing = COLUMNS.filter((column) => !header.includes(column));
	if (records.length === 0 || missing.length > 0) {
		const detail = missing.length ? `; missing column(s): ${missing.join(', ')}` : '';
		throw new SeamError(
			`${fileName}: expected a header "series,week,count" and at least one row${detail}`,
			'forecast_csv_invalid'
		);
	}
	// Line 1 is the header, so data row i sits on line i + 2.
	const rows = records.map((fields, i) => ({ line: i + 2, fields }));
	const { series, problems } = seriesFromCsvRows(rows);
	const messages = problems.map(
		(problem) => `${fileName} line ${problem.line}: ${problem.message}`
	);
	if (series.length === 0) {
		throw new SeamError(
			`${fileName}: no valid rows:\n  ${messages.slice(0, 20).join('\n  ')}`,
			'forecast_csv_invalid'
		);
	}
	return { series, problems: messages };
}
