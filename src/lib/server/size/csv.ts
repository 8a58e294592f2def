/** Quotes a CSV field when it holds a comma, quote or line break (RFC 4180). */
function field(value: unknown): string {
	if (value === null || value === undefined) return '';
	const text = Array.isArray(value) ? value.join(' | ') : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Builds a CSV file with a header row; the BOM lets spreadsheet programs read Chinese text. */
export function toCsv<Row>(
	columns: Array<[header: string, value: (row: Row) => unknown]>,
	rows: Row[]
): string {
	const lines = [columns.map(([header]) => field(header)).join(',')];
	for (const row of rows) lines.push(columns.map(([, value]) => field(value(row))).join(','));
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
