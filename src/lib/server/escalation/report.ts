import type { EscalationRow } from '../../domain/escalation/breachReport.js';
import type { Graph } from '../graph/graph.js';
import { recordBreaches } from './queue.js';

/**
 * Loads every escalation detected in [from, to) with the team of the conversation's handler
 * (the first agent to reply), which is the team whose queue it belonged to. Breaches are
 * recorded first with the given clock.
 */
export async function loadEscalationRows(
	graph: Graph,
	options: { now: number; from: number; to: number }
): Promise<EscalationRow[]> {
	await recordBreaches(graph, options.now);
	return graph.read<EscalationRow>(
		`MATCH (e:Escalation)-[:FOR]->(c:Conversation)
		 WHERE e.detectedAt >= datetime({epochMillis: toInteger($from)})
		   AND e.detectedAt < datetime({epochMillis: toInteger($to)})
		 CALL (c) {
		   OPTIONAL MATCH (h:Agent)-[:SENT]->(first:Message)-[:IN]->(c)
		   WITH h, first ORDER BY first.seq LIMIT 1
		   OPTIONAL MATCH (h)-[:MEMBER_OF]->(t:Team)
		   RETURN t.name AS team
		 }
		 OPTIONAL MATCH (claimer:Agent {agentId: e.claimedBy})
		 RETURN e.escalationId AS escalationId, c.conversationId AS conversationId, team,
		        e.status AS status, e.detectedAt AS detectedAt, e.deadlineAt AS deadlineAt,
		        e.claimedAt AS claimedAt, e.claimedBy AS claimedBy,
		        claimer.name AS claimedByName, claimer.certification AS claimerCertification
		 ORDER BY detectedAt, escalationId`,
		options
	);
}

/** Detection time of the newest escalation, so the report opens on a period with data. */
export async function latestDetection(graph: Graph): Promise<number | null> {
	const [row] = await graph.read<{ latest: number | null }>(
		`MATCH (e:Escalation) RETURN max(e.detectedAt) AS latest`
	);
	return row?.latest ?? null;
}
