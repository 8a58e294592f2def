import type { CoverageConversation } from '../../domain/coverage/conversation.js';
import type { Graph } from '../graph/graph.js';

/**
 * Reads conversations that started in [startMs, endMs) with their risk level and the sender
 * and time of every message in order. Message text stays in the graph: coverage needs none.
 */
export async function loadCoverageConversations(
	graph: Graph,
	range: { startMs: number; endMs: number }
): Promise<CoverageConversation[]> {
	return graph.read<CoverageConversation>(
		`MATCH (c:Conversation)
		 WHERE c.startedAt >= datetime({epochMillis: toInteger($startMs)})
		   AND c.startedAt < datetime({epochMillis: toInteger($endMs)})
		 CALL (c) {
		   MATCH (m:Message)-[:IN]->(c)
		   WITH m ORDER BY m.seq
		   RETURN collect({sender: m.sender, sentAtMs: m.sentAt.epochMillis}) AS messages
		 }
		 RETURN c.conversationId AS conversationId, c.startedAt AS startedAtMs,
		        c.riskLevel AS riskLevel, messages
		 ORDER BY startedAtMs, conversationId`,
		range
	);
}
