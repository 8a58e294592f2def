import type { Graph } from '../graph/graph.js';
import type { AuditEntry } from './audit.js';

export interface AuditFilter {
	actor?: string | null;
	action?: string | null;
	/** Substring of the target. */
	target?: string | null;
	fromMs?: number | null;
	toMs?: number | null;
}

export interface AuditPage {
	entries: AuditEntry[];
	total: number;
}

const where = `
  ($actor IS NULL OR e.actor = $actor)
  AND ($action IS NULL OR e.action = $action)
  AND ($target IS NULL OR e.target CONTAINS $target)
  AND ($fromMs IS NULL OR e.at >= datetime({epochMillis: toInteger($fromMs)}))
  AND ($toMs IS NULL OR e.at < datetime({epochMillis: toInteger($toMs)}))`;

const columns = `e.entryId AS entryId, e.at AS at, e.actor AS actor, e.action AS action,
  e.target AS target, e.details AS details`;

function filterParams(filter: AuditFilter) {
	return {
		actor: filter.actor || null,
		action: filter.action || null,
		target: filter.target || null,
		fromMs: filter.fromMs ?? null,
		toMs: filter.toMs ?? null
	};
}

/** Lists audit entries, newest first, matching every filter that is set. */
export async function listAuditEntries(
	graph: Graph,
	filter: AuditFilter,
	page: { offset: number; limit: number }
): Promise<AuditPage> {
	const params = { ...filterParams(filter), offset: page.offset, limit: page.limit };
	const entries = await graph.read<AuditEntry>(
		`MATCH (e:AuditEntry) WHERE ${where}
		 RETURN ${columns}
		 ORDER BY e.at DESC, e.entryId
		 SKIP toInteger($offset) LIMIT toInteger($limit)`,
		params
	);
	const [{ total }] = await graph.read<{ total: number }>(
		`MATCH (e:AuditEntry) WHERE ${where} RETURN count(e) AS total`,
		params
	);
	return { entries, total };
}

/** Distinct actors and actions, sorted, for the filter menus. */
export async function auditFacets(graph: Graph): Promise<{ actors: string[]; actions: string[] }> {
	const [row] = await graph.read<{ actors: string[]; actions: string[] }>(
		`MATCH (e:AuditEntry)
		 RETURN collect(DISTINCT e.actor) AS actors, collect(DISTINCT e.action) AS actions`
	);
	return { actors: [...row.actors].sort(), actions: [...row.actions].sort() };
}
