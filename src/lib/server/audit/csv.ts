import type { AuditEntry } from './audit.js';

export const auditCsvHeader = ['entryId', 'at', 'actor', 'action', 'target', 'details'];

/**
 * Quotes one CSV field (RFC 4180). A field starting with `=`, `+`, `-`, `@`, tab or carriage
 * return gets a leading apostrophe, so a spreadsheet opening the export does not run a
 * formula an attacker planted in a username or import file name.
 */
export function csvField(value: string): string {
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Formats an entry as one CSV line, with the time in ISO 8601 UTC. */
export function auditCsvLine(entry: AuditEntry): string {
	const fields = [
		entry.entryId,
		new Date(entry.at).toISOString(),
		entry.actor,
		entry.action,
		entry.target,
		entry.details
	];
	return `${fields.map(csvField).join(',')}\r\n`;
}
