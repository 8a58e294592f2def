/**
 * Rich output of the Seam notebooks through the Deno kernel's `Deno.jupyter.display`. Every
 * bundle carries a text/plain copy, so plain-text exports still show the tables and chart titles.
 */

/** Displays a Markdown table or paragraph. */
export async function showMarkdown(markdown: string): Promise<void> {
	await Deno.jupyter.display({ 'text/markdown': markdown, 'text/plain': markdown }, { raw: true });
}

/** Displays an SVG chart, with its title as the plain-text fallback. */
export async function showSvg(svg: string, title: string): Promise<void> {
	await Deno.jupyter.display({ 'image/svg+xml': svg, 'text/plain': title }, { raw: true });
}

/** Formats rows as a Markdown table, escaping `|` and line breaks inside cells. */
export function markdownTable(header: string[], rows: Array<Array<string | number>>): string {
	const cell = (value: string | number) =>
		String(value)
			.replace(/\|/g, '\\|')
			.replace(/\s*\n\s*/g, ' ');
	return [
		`| ${header.map(cell).join(' | ')} |`,
		`| ${header.map(() => '---').join(' | ')} |`,
		...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)
	].join('\n');
}

/** Throws when a result a notebook depends on is wrong, because a failed check must fail the run. */
export function check(condition: unknown, message: string): asserts condition {
	if (!condition) throw new Error(`Check failed: ${message}`);
}
