import {
	detectHighRisk,
	escalationStatus,
	isServiceArtist,
	pickupDeadline,
	pickupFromTranscript,
	type EscalationMessage
} from '../../domain/escalation/escalation.js';
import type { AnalysisContext } from '../analysis/types.js';
import type { Graph } from '../graph/graph.js';
import { recordBreaches } from './queue.js';

interface ConversationMessages {
	conversationId: string;
	messages: Array<EscalationMessage & { certification: string | null }>;
}

const messagesOf = `
OPTIONAL MATCH (m:Message)-[:IN]->(c)
OPTIONAL MATCH (a:Agent)-[:SENT]->(m)
WITH c, m, a ORDER BY m.seq
WITH c, [x IN collect({sender: m.sender, sentAt: m.sentAt, negativeWordCount: m.negativeWordCount,
  agentId: a.agentId, certification: a.certification}) WHERE x.sender IS NOT NULL] AS messages
RETURN c.conversationId AS conversationId, messages`;

const unescalatedBatch = `
MATCH (c:Conversation {riskLevel: 'high'})
WHERE NOT EXISTS { (:Escalation)-[:FOR]->(c) }
WITH c ORDER BY c.conversationId LIMIT toInteger($limit)
${messagesOf}`;

const unclaimedConversations = `
MATCH (e:Escalation)-[:FOR]->(c:Conversation)
WHERE e.claimedAt IS NULL
WITH c
${messagesOf}`;

const openEscalations = `
UNWIND $rows AS row
MATCH (c:Conversation {conversationId: row.conversationId})
MERGE (e:Escalation {escalationId: row.escalationId})
ON CREATE SET
  e.detectedAt = datetime({epochMillis: toInteger(row.detectedAt)}),
  e.detectedFrom = row.detectedFrom,
  e.deadlineAt = datetime({epochMillis: toInteger(row.deadlineAt)}),
  e.status = 'open'
MERGE (e)-[:FOR]->(c)`;

const recordPickups = `
UNWIND $rows AS row
MATCH (e:Escalation {escalationId: row.escalationId})
WHERE e.claimedAt IS NULL
SET e.claimedAt = datetime({epochMillis: toInteger(row.claimedAt)}),
    e.claimedBy = row.claimedBy, e.claimSource = 'transcript', e.status = row.status,
    e.breachedAt = CASE WHEN row.status = 'breached' THEN e.deadlineAt ELSE null END`;

/** Returns the escalation id of a conversation, which has at most one escalation. */
export function escalationIdOf(conversationId: string): string {
	return `ESC-${conversationId}`;
}

/**
 * Opens an escalation for each high-risk conversation that has none, records pick-ups that
 * the transcripts show for unclaimed ones, and marks every escalation past its deadline as
 * breached. Detection time is the `sentAt` of the customer message that took the negative
 * word count over the threshold, or `now` when that message has no time (corpora without
 * timestamps). Re-running changes nothing: an escalation, once opened, keeps its detection
 * time even when a new lexicon would move it. Returns the number of escalations opened.
 */
export async function recordEscalations(
	context: AnalysisContext,
	options: { now?: () => number } = {}
): Promise<number> {
	const now = (options.now ?? Date.now)();
	const { graph, settings, logger } = context;
	const limit = context.batchSize ?? 256;
	let opened = 0;
	for (;;) {
		const batch = await graph.read<ConversationMessages>(unescalatedBatch, { limit });
		if (batch.length === 0) break;
		const rows = batch.map((row) => openingOf(row, settings.risk.highAbove, now, settings));
		await graph.write(openEscalations, { rows });
		opened += rows.length;
	}
	const pickups = await recordTranscriptPickups(graph, now);
	const breaches = await recordBreaches(graph, now);
	logger.info({ opened, pickups, breaches }, 'escalations recorded');
	return opened;
}

function openingOf(
	row: ConversationMessages,
	highAbove: number,
	now: number,
	settings: AnalysisContext['settings']
) {
	// The conversation step rated it high with the same threshold. No crossing here means the
	// message counts changed since then, so the analysis time stands in.
	const detection = detectHighRisk(row.messages, highAbove);
	const detectedAt = detection?.at ?? now;
	return {
		conversationId: row.conversationId,
		escalationId: escalationIdOf(row.conversationId),
		detectedAt,
		detectedFrom: detection?.at != null ? 'message' : 'analysis',
		deadlineAt: pickupDeadline(detectedAt, settings.escalation.pickupDeadlineMinutes)
	};
}

/** Records, for unclaimed escalations, a pick-up by a certified agent found in the transcript. */
async function recordTranscriptPickups(graph: Graph, now: number): Promise<number> {
	const conversations = await graph.read<ConversationMessages>(unclaimedConversations);
	const escalations = await graph.read<{
		escalationId: string;
		detectedAt: number;
		deadlineAt: number;
	}>(
		`MATCH (e:Escalation) WHERE e.claimedAt IS NULL
		 RETURN e.escalationId AS escalationId, e.detectedAt AS detectedAt, e.deadlineAt AS deadlineAt`
	);
	const byId = new Map(escalations.map((row) => [row.escalationId, row]));
	const rows = [];
	for (const { conversationId, messages } of conversations) {
		const escalation = byId.get(escalationIdOf(conversationId));
		if (!escalation) continue;
		const certified = new Set(
			messages.filter((m) => isServiceArtist(m.certification)).map((m) => m.agentId)
		);
		const index = detectionIndex(messages, escalation.detectedAt);
		const pickup = pickupFromTranscript(messages, { at: escalation.detectedAt, index }, (agentId) =>
			certified.has(agentId)
		);
		if (!pickup) continue;
		const status = escalationStatus(
			{ deadlineAt: escalation.deadlineAt, claimedAt: pickup.at },
			now
		);
		rows.push({
			escalationId: escalation.escalationId,
			claimedAt: pickup.at,
			claimedBy: pickup.agentId,
			status
		});
	}
	if (rows.length > 0) await graph.write(recordPickups, { rows });
	return rows.length;
}

/** Index of the last message sent at or before detection, so replies after it are candidates. */
function detectionIndex(messages: EscalationMessage[], detectedAt: number): number {
	let index = -1;
	for (const [i, message] of messages.entries()) {
		if (message.sentAt !== null && message.sentAt <= detectedAt) index = i;
	}
	return Math.max(index, 0);
}
