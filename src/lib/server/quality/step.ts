import { scoreReply } from '../../domain/quality/replyQuality.js';
import type { AnalysisContext } from '../analysis/types.js';

const pendingReplies = `
MATCH (m:Message {sender: 'agent'})
WHERE m.negative IS NOT NULL
  AND coalesce(m.replyQualityBasis, '') <> coalesce(m.modelVersion, '') + '|' + $rulesKey
RETURN m.messageId AS id, m.text AS text, m.negative AS negative
LIMIT toInteger($limit)`;

const saveReplies = `
UNWIND $rows AS row
MATCH (m:Message {messageId: row.id})
SET m.replyQuality = row.score, m.requiredPhrasesFound = row.phrasesFound,
    m.replyQualityBasis = coalesce(m.modelVersion, '') + '|' + $rulesKey`;

/**
 * Scores every agent reply whose model score or reply-quality rules changed since it was last
 * scored, storing `replyQuality` and `requiredPhrasesFound` on the message. The basis stored
 * beside them (model version and rules) is what makes a re-run skip unchanged replies.
 * Returns the number of replies scored.
 */
export async function scoreReplies(context: AnalysisContext): Promise<number> {
	const { graph, settings } = context;
	const rules = settings.replyQuality;
	const rulesKey = JSON.stringify(rules);
	const limit = context.batchSize ?? 1000;
	let done = 0;
	for (;;) {
		const batch = await graph.read<{ id: string; text: string | null; negative: number }>(
			pendingReplies,
			{ rulesKey, limit }
		);
		if (batch.length === 0) break;
		const rows = batch.map((row) => {
			const { score, phrasesFound } = scoreReply(row.text ?? '', row.negative, rules);
			return { id: row.id, score, phrasesFound };
		});
		await graph.write(saveReplies, { rows, rulesKey });
		done += rows.length;
	}
	return done;
}
