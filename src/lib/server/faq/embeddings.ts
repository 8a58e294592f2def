import type { Graph } from '../graph/graph.js';
import type { Logger } from '../log.js';
import { BUMP_FAQ_VECTOR_REVISION } from '../search/vectorCache.js';

/** The part of the sentiment model FAQ search needs: L2-normalised sentence embeddings. */
export interface TextEmbedder {
	embed(texts: string[]): Promise<Float32Array[]>;
}

export function isTextEmbedder(model: unknown): model is TextEmbedder {
	return typeof (model as Partial<TextEmbedder> | null)?.embed === 'function';
}

/** Scales a vector to unit length, so cosine similarity is a dot product. */
export function normalise(vector: ArrayLike<number>): number[] {
	let norm = 0;
	for (let i = 0; i < vector.length; i += 1) norm += vector[i] * vector[i];
	norm = Math.sqrt(norm) || 1;
	return Array.from(vector, (value) => value / norm);
}

/** The mean of several unit vectors, normalised again: the centroid of a question's phrasings. */
export function centroid(vectors: ArrayLike<number>[]): number[] {
	const sum = new Array<number>(vectors[0]?.length ?? 0).fill(0);
	for (const vector of vectors) for (let i = 0; i < sum.length; i += 1) sum[i] += vector[i];
	return normalise(sum);
}

/** Nearest neighbours kept as RELATED per FAQ, and the lowest cosine that counts as related. */
export const RELATED_COUNT = 5;
export const RELATED_MIN_SCORE = 0.6;

/**
 * Embeds every FAQ with the `PendingEmbedding` label as the centroid of its question and
 * paraphrases, then recomputes the RELATED neighbours of those FAQs. Returns the faqIds done.
 */
export async function embedPendingFaqs(
	graph: Graph,
	embedder: TextEmbedder,
	logger: Logger,
	batchSize = 64
): Promise<string[]> {
	const done: string[] = [];
	for (;;) {
		const pending = await graph.read<{ faqId: string; texts: string[] }>(
			`MATCH (f:FaqQuestion:PendingEmbedding)
			 RETURN f.faqId AS faqId, [f.question] + coalesce(f.paraphrases, []) AS texts
			 LIMIT toInteger($limit)`,
			{ limit: batchSize }
		);
		if (pending.length === 0) break;
		const texts = pending.flatMap((row) => row.texts);
		const vectors = await embedder.embed(texts);
		let offset = 0;
		const rows = pending.map((row) => {
			const own = vectors.slice(offset, offset + row.texts.length);
			offset += row.texts.length;
			return { faqId: row.faqId, embedding: centroid(own) };
		});
		await graph.write(
			`UNWIND $rows AS row
			 MATCH (f:FaqQuestion {faqId: row.faqId})
			 CALL db.create.setNodeVectorProperty(f, 'embedding', row.embedding)
			 REMOVE f:PendingEmbedding
			 WITH count(*) AS written
			 ${BUMP_FAQ_VECTOR_REVISION}`,
			{ rows }
		);
		done.push(...rows.map((row) => row.faqId));
	}
	if (done.length) {
		await updateRelated(graph, done);
		logger.info({ faqs: done.length }, 'FAQ embeddings updated');
	}
	return done;
}

/**
 * Replaces the RELATED links of the given FAQs with their nearest neighbours by embedding.
 * NOTE: an FAQ that did not change keeps its old neighbour list even when a new FAQ would now
 * rank among them; `seam analyse --full` does not refresh it either, re-importing the FAQ does.
 */
export async function updateRelated(
	graph: Graph,
	faqIds: string[],
	batchSize = 200
): Promise<void> {
	for (let start = 0; start < faqIds.length; start += batchSize) {
		await graph.write(
			`UNWIND $ids AS id
			 MATCH (f:FaqQuestion {faqId: id}) WHERE f.embedding IS NOT NULL
			 CALL (f) { MATCH (f)-[old:RELATED]->() DELETE old }
			 CALL (f) {
			   CALL db.index.vector.queryNodes('faq_embedding', toInteger($k) + 1, f.embedding)
			   YIELD node, score
			   WITH node, score WHERE node <> f AND score >= $minScore
			   RETURN node AS other, score ORDER BY score DESC LIMIT toInteger($k)
			 }
			 MERGE (f)-[r:RELATED]->(other) SET r.score = score`,
			{
				ids: faqIds.slice(start, start + batchSize),
				k: RELATED_COUNT,
				minScore: RELATED_MIN_SCORE
			}
		);
	}
}
