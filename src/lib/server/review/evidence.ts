import type { Graph } from '../graph/graph.js';
import type { Window } from './figures.js';

export const evidenceKinds = ['frt', 'resolution', 'nps', 'aht', 'returns'] as const;
export type EvidenceKind = (typeof evidenceKinds)[number];

/** One row behind a KPI: a conversation, a survey answer or a product, with its figure. */
export interface EvidenceRow {
	/** Conversation, survey or product id. */
	id: string;
	/** The conversation or product page to open. */
	href: string;
	/** Product name, or the conversation's product when it has one. */
	name: string | null;
	at: number | null;
	/** Seconds, a score, minutes or a count, depending on the kind. */
	value: number;
	/** Base for a rate: units sold of a product; null for conversation rows. */
	base: number | null;
}

const IN_WINDOW = (property: string) =>
	`${property} >= datetime({epochMillis: toInteger($startMs)})
	 AND ${property} < datetime({epochMillis: toInteger($endMs)})`;

const conversationRows = (where: string, value: string, order: string) => `
MATCH (c:Conversation) WHERE ${IN_WINDOW('c.startedAt')} AND ${where}
OPTIONAL MATCH (c)-[:ABOUT]->(p:Product)
WITH c, head(collect(p.name)) AS name
RETURN c.conversationId AS id, '/conversations/' + c.conversationId AS href, name,
  c.startedAt AS at, ${value} AS value, null AS base
ORDER BY value ${order}, id LIMIT toInteger($limit)`;

const queries: Record<EvidenceKind, string> = {
	frt: conversationRows(
		'c.firstResponseSeconds > $frtTargetSeconds',
		'c.firstResponseSeconds',
		'DESC'
	),
	resolution: conversationRows('c.resolved = false', '0', 'ASC'),
	aht: conversationRows(
		'c.firstResponseSeconds IS NOT NULL AND c.endedAt IS NOT NULL',
		'(c.endedAt.epochMillis - c.startedAt.epochMillis) / 60000.0',
		'DESC'
	),
	nps: `
MATCH (s:Survey)-[:RATES]->(c:Conversation) WHERE ${IN_WINDOW('s.answeredAt')} AND s.score <= 6
OPTIONAL MATCH (c)-[:ABOUT]->(p:Product)
WITH s, c, head(collect(p.name)) AS name
RETURN s.surveyId AS id, '/conversations/' + c.conversationId AS href, name,
  s.answeredAt AS at, s.score AS value, null AS base
ORDER BY value, at, id LIMIT toInteger($limit)`,
	returns: `
MATCH (r:Return)-[:FOR]->(:Sku)-[:OF]->(p:Product) WHERE ${IN_WINDOW('r.returnedAt')}
WITH p, count(DISTINCT r) AS value
OPTIONAL MATCH (o:Order)-[line:CONTAINS]->(:Sku)-[:OF]->(p) WHERE ${IN_WINDOW('o.orderedAt')}
RETURN p.productId AS id, '/board/' + p.productId AS href, p.name AS name, null AS at, value,
  coalesce(sum(line.quantity), 0) AS base
ORDER BY value DESC, id LIMIT toInteger($limit)`
};

/** Lists the rows behind a KPI in the window, worst first, at most `limit`. */
export async function loadEvidence(
	graph: Graph,
	kind: EvidenceKind,
	window: Window,
	options: { limit: number; frtTargetSeconds: number }
): Promise<EvidenceRow[]> {
	return graph.read<EvidenceRow>(queries[kind], { ...window, ...options });
}
