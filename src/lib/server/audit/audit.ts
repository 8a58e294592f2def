import { randomUUID } from 'node:crypto';
import type { Graph } from '../graph/graph.js';

export interface AuditInput {
	/** Acting user: a username, or `cli:<os user>` for the command line. */
	actor: string;
	/** Event name, dotted from general to specific, e.g. `user.disable`, `import`. */
	action: string;
	/** Object of the event: a username, a file, a plan id. */
	target: string;
	details?: Record<string, unknown>;
}

export interface AuditEntry {
	entryId: string;
	at: number;
	actor: string;
	action: string;
	target: string;
	/** JSON text of the details object. */
	details: string;
}

// Keys whose values must never reach the log, even if a caller passes them by mistake.
const SECRET_KEY = /password|secret|token|session|hash/i;

function redact(details: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(
		Object.entries(details).map(([key, value]) => [
			key,
			SECRET_KEY.test(key) ? '[redacted]' : value
		])
	);
}

/**
 * Appends one entry to the audit log. Entries are only ever created: no code path in Seam
 * updates or deletes an `AuditEntry` (a test scans the sources for one).
 */
export async function audit(graph: Graph, input: AuditInput): Promise<AuditEntry> {
	const [entry] = await graph.write<AuditEntry>(
		`CREATE (e:AuditEntry {entryId: $entryId, at: datetime(), actor: $actor, action: $action,
		   target: $target, details: $details})
		 RETURN e.entryId AS entryId, e.at AS at, e.actor AS actor, e.action AS action,
		        e.target AS target, e.details AS details`,
		{
			entryId: randomUUID(),
			actor: input.actor,
			action: input.action,
			target: input.target,
			details: JSON.stringify(redact(input.details ?? {}))
		}
	);
	return entry;
}
