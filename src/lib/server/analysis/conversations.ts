import { summarizeConversation, type MessageSignals } from '../../domain/conversation/summary.js';
import type { AnalysisContext } from './types.js';

const countPending = 'MATCH (c:Conversation:PendingAnalysis) RETURN count(c) AS total';

const loadBatch = `
MATCH (c:Conversation:PendingAnalysis)
WITH c LIMIT toInteger($limit)
OPTIONAL MATCH (m:Message)-[:IN]->(c)
WITH c, m ORDER BY m.seq
RETURN c.conversationId AS id,
       [x IN collect(m) | {sender: x.sender, sentAt: x.sentAt, negative: x.negative,
        negativeWordCount: x.negativeWordCount}] AS messages`;

const saveBatch = `
UNWIND $rows AS row
MATCH (c:Conversation {conversationId: row.id})
SET c.messageCount = row.messageCount,
    c.startedAt = CASE WHEN row.startedAt IS NULL THEN null ELSE datetime({epochMillis: toInteger(row.startedAt)}) END,
    c.endedAt = CASE WHEN row.endedAt IS NULL THEN null ELSE datetime({epochMillis: toInteger(row.endedAt)}) END,
    c.negativeWordCount = row.negativeWordCount, c.riskLevel = row.riskLevel,
    c.customerNegative = row.customerNegative, c.maxCustomerNegative = row.maxCustomerNegative,
    c.isNegative = row.isNegative, c.firstResponseSeconds = row.firstResponseSeconds,
    c.botOnly = row.botOnly
REMOVE c:PendingAnalysis`;

/** Rolls each pending conversation's message signals up into its risk level and service figures. */
export async function analyseConversations(context: AnalysisContext): Promise<number> {
	const { graph, settings } = context;
	const limit = context.batchSize ?? 256;
	const [{ total }] = await graph.read<{ total: number }>(countPending);
	let done = 0;
	context.onProgress?.({ step: 'conversations', done, total });
	while (done < total) {
		const batch = await graph.read<{ id: string; messages: MessageSignals[] }>(loadBatch, {
			limit
		});
		if (batch.length === 0) break;
		const rows = batch.map(({ id, messages }) => ({
			id,
			...summarizeConversation(messages, settings)
		}));
		await graph.write(saveBatch, { rows });
		done += batch.length;
		context.onProgress?.({ step: 'conversations', done: Math.min(done, total), total });
	}
	return done;
}
