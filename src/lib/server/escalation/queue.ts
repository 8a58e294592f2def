import type { EscalationStatus } from '../../domain/escalation/escalation.js';
import type { Graph } from '../graph/graph.js';

/**
 * Marks every unclaimed escalation whose deadline is before `now` as breached, dated at its
 * deadline. The analysis and every read of the queue call this, so the stored status is
 * current whenever someone looks. Returns how many breaches it recorded.
 */
export async function recordBreaches(graph: Graph, now: number): Promise<number> {
	const [row] = await graph.write<{ breaches: number }>(
		`MATCH (e:Escalation {status: 'open'})
		 WHERE e.claimedAt IS NULL AND e.deadlineAt < datetime({epochMillis: toInteger($now)})
		 SET e.status = 'breached', e.breachedAt = e.deadlineAt
		 RETURN count(e) AS breaches`,
		{ now }
	);
	return row.breaches;
}

export interface QueueMessage {
	messageId: string;
	text: string;
	negative: number | null;
	negativeWords: string[];
	negatedWords: string[];
}

export interface QueueItem {
	escalationId: string;
	conversationId: string;
	status: EscalationStatus;
	detectedAt: number;
	deadlineAt: number;
	negativeWordCount: number | null;
	customerNegative: number | null;
	productName: string | null;
	team: string | null;
	handlerName: string | null;
	priority: boolean | null;
	/** The customer's messages that contain negative words, for highlighting. */
	messages: QueueMessage[];
}

/**
 * Lists unclaimed escalations, earliest deadline first: open ones and breached
 * ones, which still need a senior. Breaches are recorded first with the given clock.
 */
export async function listQueue(
	graph: Graph,
	options: { now: number; limit?: number }
): Promise<QueueItem[]> {
	await recordBreaches(graph, options.now);
	return graph.read<QueueItem>(
		`MATCH (e:Escalation)-[:FOR]->(c:Conversation)
		 WHERE e.claimedAt IS NULL
		 WITH e, c ORDER BY e.deadlineAt, e.escalationId LIMIT toInteger($limit)
		 OPTIONAL MATCH (c)-[:ABOUT]->(p:Product)
		 CALL (c) {
		   OPTIONAL MATCH (h:Agent)-[:SENT]->(first:Message)-[:IN]->(c)
		   WITH h, first ORDER BY first.seq LIMIT 1
		   OPTIONAL MATCH (h)-[:MEMBER_OF]->(t:Team)
		   RETURN h.name AS handlerName, t.name AS team
		 }
		 CALL (c) {
		   MATCH (m:Message {sender: 'customer'})-[:IN]->(c)
		   WHERE size(coalesce(m.negativeWords, [])) > 0
		   WITH m ORDER BY m.seq
		   RETURN collect({messageId: m.messageId, text: m.text, negative: m.negative,
		     negativeWords: m.negativeWords, negatedWords: coalesce(m.negatedWords, [])}) AS messages
		 }
		 RETURN e.escalationId AS escalationId, c.conversationId AS conversationId,
		        e.status AS status, e.detectedAt AS detectedAt, e.deadlineAt AS deadlineAt,
		        c.negativeWordCount AS negativeWordCount, c.customerNegative AS customerNegative,
		        p.name AS productName, team, handlerName, c.priority AS priority, messages
		 ORDER BY deadlineAt, escalationId`,
		{ limit: options.limit ?? 50 }
	);
}

export interface SeniorAgent {
	agentId: string;
	name: string;
	seniority: string | null;
	certification: string | null;
	team: string | null;
}

/** Agents with a service-artist certification, who may take escalations. */
export async function listCertifiedAgents(graph: Graph): Promise<SeniorAgent[]> {
	return graph.read<SeniorAgent>(
		`MATCH (a:Agent) WHERE a.certification STARTS WITH 'artist-' AND a.leftAt IS NULL
		 OPTIONAL MATCH (a)-[:MEMBER_OF]->(t:Team)
		 RETURN a.agentId AS agentId, a.name AS name, a.seniority AS seniority,
		        a.certification AS certification, t.name AS team
		 ORDER BY team, name`
	);
}

export async function agentCertification(graph: Graph, agentId: string): Promise<string | null> {
	const [row] = await graph.read<{ certification: string | null }>(
		`MATCH (a:Agent {agentId: $agentId}) RETURN a.certification AS certification`,
		{ agentId }
	);
	return row?.certification ?? null;
}

export type ClaimOutcome = 'claimed' | 'claimedLate' | 'alreadyClaimed' | 'notFound';

/**
 * Claims an escalation for `claimedBy` at `now`. A claim after the deadline is recorded but
 * the escalation stays breached. Only the first claim counts: the match requires an
 * unclaimed escalation inside the write transaction, so two seniors cannot both take it.
 */
export async function claimEscalation(
	graph: Graph,
	escalationId: string,
	claimedBy: string,
	now: number
): Promise<ClaimOutcome> {
	const [row] = await graph.write<{ status: EscalationStatus | null; claimed: boolean }>(
		`OPTIONAL MATCH (e:Escalation {escalationId: $escalationId})
		 WITH e, e IS NOT NULL AND e.claimedAt IS NULL AS claimable
		 CALL (e, claimable) {
		   WITH e, claimable WHERE claimable
		   WITH e, datetime({epochMillis: toInteger($now)}) AS at
		   SET e.claimedAt = at, e.claimedBy = $claimedBy, e.claimSource = 'queue',
		       e.status = CASE WHEN at <= e.deadlineAt THEN 'claimed' ELSE 'breached' END,
		       e.breachedAt = CASE WHEN at <= e.deadlineAt THEN null ELSE e.deadlineAt END
		 }
		 RETURN e.status AS status, claimable AS claimed`,
		{ escalationId, claimedBy, now }
	);
	if (!row || row.status === null) return 'notFound';
	if (!row.claimed) return 'alreadyClaimed';
	return row.status === 'claimed' ? 'claimed' : 'claimedLate';
}
