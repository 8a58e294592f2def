/**
 * Quotes one CSV field (RFC 4180): a field with a comma, quote or line break is quoted. Text
 * starting with `=`, `+`, `-`, `@`, tab or carriage return gets a leading apostrophe, so a
 * spreadsheet opening the export does not run a formula planted in imported text. Lists are
 * joined with ` | `; null and undefined become an empty field.
 */
export function csvField(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	const text = Array.isArray(value) ? value.join(' | ') : String(value);
	const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
	return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
