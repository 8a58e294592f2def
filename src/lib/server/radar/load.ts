import type { HandledRow, ReplyRow, SurveyRow } from '../../domain/quality-radar/stats.js';
import type { Graph } from '../graph/graph.js';

export interface AgentRow {
	agentId: string;
	name: string | null;
	team: string | null;
}

interface Range {
	startMs: number;
	endMs: number;
	/** Limits the rows to these agents; null reads every agent. */
	agentIds: string[] | null;
}

const inScope = `($agentIds IS NULL OR a.agentId IN $agentIds)`;

export async function loadAgents(graph: Graph, agentIds: string[] | null): Promise<AgentRow[]> {
	return graph.read<AgentRow>(
		`MATCH (a:Agent) WHERE ${inScope}
		 OPTIONAL MATCH (a)-[:MEMBER_OF]->(t:Team)
		 RETURN a.agentId AS agentId, a.name AS name, min(t.name) AS team
		 ORDER BY agentId`,
		{ agentIds }
	);
}

/** Returns the agent ids of a team's members. */
export async function teamMembers(graph: Graph, team: string): Promise<string[]> {
	const rows = await graph.read<{ agentId: string }>(
		`MATCH (a:Agent)-[:MEMBER_OF]->(:Team {name: $team}) RETURN a.agentId AS agentId`,
		{ team }
	);
	return rows.map((row) => row.agentId);
}

/**
 * Reads one row per (agent, handled conversation) for conversations that started in the
 * range: outcome, FRT, who replied first, the customer's negativity in order and FAQ use.
 */
export async function loadHandledRows(graph: Graph, range: Range): Promise<HandledRow[]> {
	return graph.read<HandledRow>(
		`MATCH (a:Agent)-[:HANDLED]->(c:Conversation)
		 WHERE ${inScope}
		   AND c.startedAt >= datetime({epochMillis: toInteger($startMs)})
		   AND c.startedAt < datetime({epochMillis: toInteger($endMs)})
		 CALL (c) {
		   OPTIONAL MATCH (m:Message {sender: 'customer'})-[:IN]->(c)
		   WITH m ORDER BY m.seq
		   RETURN [n IN collect(m.negative) WHERE n IS NOT NULL] AS customerNegativity
		 }
		 CALL (c) {
		   OPTIONAL MATCH (first:Agent)-[:SENT]->(m:Message {sender: 'agent'})-[:IN]->(c)
		   WITH first, m ORDER BY m.seq LIMIT 1
		   RETURN first.agentId AS firstReplierId
		 }
		 RETURN a.agentId AS agentId, c.resolved AS resolved,
		        c.firstResponseSeconds AS firstResponseSeconds,
		        coalesce(firstReplierId = a.agentId, false) AS firstReplier,
		        customerNegativity,
		        EXISTS { (c)-[:USED_FAQ]->(:FaqQuestion) }
		          OR EXISTS { (:FaqQuestion)<-[:MATCHED]-(:Message)-[:IN]->(c) }
		          AS knowledgeUsed`,
		{ ...range }
	);
}

export async function loadReplyRows(graph: Graph, range: Range): Promise<ReplyRow[]> {
	return graph.read<ReplyRow>(
		`MATCH (a:Agent)-[:SENT]->(m:Message {sender: 'agent'})
		 WHERE ${inScope} AND m.replyQuality IS NOT NULL
		   AND m.sentAt >= datetime({epochMillis: toInteger($startMs)})
		   AND m.sentAt < datetime({epochMillis: toInteger($endMs)})
		 RETURN a.agentId AS agentId, sum(m.replyQuality) AS replyQualitySum, count(m) AS replies`,
		{ ...range }
	);
}

export async function loadSurveyRows(graph: Graph, range: Range): Promise<SurveyRow[]> {
	return graph.read<SurveyRow>(
		`MATCH (s:Survey)-[:RATES_AGENT]->(a:Agent)
		 WHERE ${inScope} AND s.score IS NOT NULL
		   AND s.answeredAt >= datetime({epochMillis: toInteger($startMs)})
		   AND s.answeredAt < datetime({epochMillis: toInteger($endMs)})
		 RETURN a.agentId AS agentId, collect(s.score) AS scores`,
		{ ...range }
	);
}

/** First and last conversation start in the graph, for the period picker; null when empty. */
export async function conversationSpan(
	graph: Graph
): Promise<{ firstMs: number; lastMs: number } | null> {
	const [row] = await graph.read<{ firstMs: number | null; lastMs: number | null }>(
		`MATCH (c:Conversation) RETURN min(c.startedAt) AS firstMs, max(c.startedAt) AS lastMs`
	);
	if (!row || row.firstMs === null || row.lastMs === null) return null;
	return { firstMs: row.firstMs, lastMs: row.lastMs };
}
