import { countNegativeWords } from '../../domain/risk/lexicon.js';
import type { AnalysisContext, AnalysisProgress } from './types.js';

const pendingCount = {
	messages: 'MATCH (n:Message:PendingAnalysis) RETURN count(n) AS total',
	reviews: 'MATCH (n:Review:PendingAnalysis) RETURN count(n) AS total'
};

const pendingBatch = {
	messages: `MATCH (n:Message:PendingAnalysis)
RETURN n.messageId AS id, n.text AS text LIMIT toInteger($limit)`,
	reviews: `MATCH (n:Review:PendingAnalysis)
RETURN n.reviewId AS id, n.text AS text LIMIT toInteger($limit)`
};

// A message's conversation is queued for its own step, because its risk level and
// negative share depend on the message.
const saveBatch = {
	messages: `UNWIND $rows AS row
MATCH (n:Message {messageId: row.id})
SET n.negative = row.negative, n.negativeWords = row.words, n.negatedWords = row.negated,
    n.negativeWordCount = row.count, n.modelVersion = $modelVersion,
    n.lexiconVersion = $lexiconVersion
REMOVE n:PendingAnalysis
WITH n
MATCH (n)-[:IN]->(c:Conversation)
SET c:PendingAnalysis`,
	reviews: `UNWIND $rows AS row
MATCH (n:Review {reviewId: row.id})
SET n.negative = row.negative, n.negativeWords = row.words, n.negatedWords = row.negated,
    n.negativeWordCount = row.count, n.modelVersion = $modelVersion,
    n.lexiconVersion = $lexiconVersion
REMOVE n:PendingAnalysis`
};

/**
 * Scores every pending message or review: the model's probability that the text is negative,
 * and the lexicon's negative words (negated ones are stored apart and not counted).
 * Each batch removes its nodes' pending label, so an interrupted run resumes where it stopped.
 */
export async function analyseTexts(
	context: AnalysisContext,
	step: 'messages' | 'reviews'
): Promise<number> {
	const { graph, model, lexicon } = context;
	const limit = context.batchSize ?? 256;
	const [{ total }] = await graph.read<{ total: number }>(pendingCount[step]);
	const report = (done: number) =>
		context.onProgress?.({ step, done, total } satisfies AnalysisProgress);
	let done = 0;
	report(0);
	while (done < total) {
		const batch = await graph.read<{ id: string; text: string | null }>(pendingBatch[step], {
			limit
		});
		if (batch.length === 0) break;
		const texts = batch.map((row) => row.text ?? '');
		const scores = await model.classify(texts);
		const rows = batch.map((row, index) => {
			const hits = lexicon.match(texts[index]);
			return {
				id: row.id,
				negative: scores[index].negative,
				words: hits.filter((hit) => !hit.negated).map((hit) => hit.word),
				negated: hits.filter((hit) => hit.negated).map((hit) => hit.word),
				count: countNegativeWords(hits)
			};
		});
		await graph.write(saveBatch[step], {
			rows,
			modelVersion: model.version,
			lexiconVersion: lexicon.version
		});
		done += batch.length;
		report(Math.min(done, total));
	}
	return done;
}
