import { csvField } from '../../domain/csv.js';

/** Builds a CSV file with a header row; the BOM lets spreadsheet programs read Chinese text. */
export function toCsv<Row>(
	columns: Array<[header: string, value: (row: Row) => unknown]>,
	rows: Row[]
): string {
	const lines = [columns.map(([header]) => csvField(header)).join(',')];
	for (const row of rows) lines.push(columns.map(([, value]) => csvField(value(row))).join(','));
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function csvResponse(body: string, fileName: string): Response {
	return new Response(body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${fileName}"`
		}
	});
}
