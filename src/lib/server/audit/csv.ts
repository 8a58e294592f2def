import { csvField } from '../../domain/csv.js';
import type { AuditEntry } from './audit.js';

export { csvField };

export const auditCsvHeader = ['entryId', 'at', 'actor', 'action', 'target', 'details'];

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
