import { reciprocalRankFusion } from '../../domain/faq/rrf.js';
import { expandSynonyms, type SynonymIndex } from '../../domain/faq/synonyms.js';
import { normalizeText } from '../../domain/text/normalize.js';
import type { TextEmbedder } from '../faq/embeddings.js';
import type { Graph } from '../graph/graph.js';
import { anyOfPhrases, escapeLucene, hasSearchableText } from './lucene.js';
import { segmentQuery } from './segment.js';
import type { FaqVectorCache } from './vectorCache.js';

export type FaqSearchMode = 'hybrid' | 'fulltext' | 'vector';

export interface FaqSearchOptions {
	mode?: FaqSearchMode;
	/** Results returned; default 10. */
	limit?: number;
	/** Candidates taken from each index before fusion; default 30. */
	candidates?: number;
	/** Related questions attached to each result; default 3, 0 skips the lookup. */
	related?: number;
}

export interface FaqHit {
	faqId: string;
	question: string;
	answer: string;
	paraphrases: string[];
	topicPath: string;
	/** Fused score (reciprocal rank fusion), or the single index's rank score. */
	score: number;
	fulltextRank: number | null;
	vectorRank: number | null;
	related: Array<{ faqId: string; question: string; score: number }>;
}

export interface FaqSearchResult {
	query: string;
	/** Query words after segmentation and synonym expansion, for highlighting. */
	words: string[];
	hits: FaqHit[];
	tookMs: number;
}

/**
 * Fusion settings, chosen on the demo FAQ's held-out phrasings (so the demo figures of
 * `seam faq eval` are optimistic for other data): the embedding ranking is the stronger one,
 * and a small k lets a first place in full-text break near-ties between close embeddings.
 */
export const FUSION_K = 3;
export const FULLTEXT_WEIGHT = 0.3;
export const VECTOR_WEIGHT = 1;

/**
 * The full-text query: the whole input escaped, so the cjk analyzer turns it into character
 * bigrams, OR the synonyms of its words as quoted phrases. Returns null when nothing
 * searchable is left.
 */
export function faqLuceneQuery(text: string, groups: string[][]): string | null {
	if (!hasSearchableText(text)) return null;
	const synonyms = anyOfPhrases(groups.map((group) => group.slice(1)));
	return synonyms ? `${escapeLucene(text)} OR ${synonyms}` : escapeLucene(text);
}

/** Longest query text searched; longer input is cut, because agents paste whole messages. */
export const MAX_QUERY_CHARS = 200;

export interface FaqSearcher {
	graph: Graph;
	synonyms: SynonymIndex;
	/** Without an embedder (model files missing) hybrid search falls back to full-text. */
	embedder?: TextEmbedder | null;
	/** In-process copy of the vector index. Until it matches the graph, Neo4j's index is queried. */
	vectors?: FaqVectorCache | null;
}

async function fulltextIds(graph: Graph, luceneQuery: string | null, limit: number) {
	if (!luceneQuery) return [];
	const rows = await graph.read<{ faqId: string }>(
		`CALL db.index.fulltext.queryNodes('faq_text', $query, {limit: toInteger($limit)})
		 YIELD node RETURN node.faqId AS faqId`,
		{ query: luceneQuery, limit }
	);
	return rows.map((row) => row.faqId);
}

async function vectorIds(searcher: FaqSearcher, text: string, limit: number) {
	if (!searcher.embedder) return [];
	const [[vector], current] = await Promise.all([
		searcher.embedder.embed([text]),
		searcher.vectors?.isCurrent() ?? false
	]);
	const cached = current ? searcher.vectors?.search(vector, limit) : null;
	if (cached) return cached;
	const rows = await searcher.graph.read<{ faqId: string }>(
		`CALL db.index.vector.queryNodes('faq_embedding', toInteger($limit), $vector)
		 YIELD node RETURN node.faqId AS faqId`,
		{ vector: Array.from(vector), limit }
	);
	return rows.map((row) => row.faqId);
}

async function loadHits(graph: Graph, ids: string[], related: number) {
	return graph.read<Omit<FaqHit, 'score' | 'fulltextRank' | 'vectorRank'>>(
		`UNWIND $ids AS id
		 MATCH (f:FaqQuestion {faqId: id})
		 CALL (f) {
		   OPTIONAL MATCH (f)-[r:RELATED]->(other:FaqQuestion)
		   WITH r, other ORDER BY r.score DESC LIMIT toInteger($related)
		   RETURN collect(CASE WHEN other IS NULL THEN null ELSE
		     {faqId: other.faqId, question: other.question, score: r.score} END) AS related
		 }
		 RETURN f.faqId AS faqId, f.question AS question, f.answer AS answer,
		        coalesce(f.paraphrases, []) AS paraphrases, f.topicPath AS topicPath, related`,
		{ ids, related }
	);
}

/**
 * Searches the FAQ: full-text over question, paraphrases and answer (query words segmented
 * by jieba, expanded by synonyms and escaped, so Lucene syntax in the input is plain text)
 * and nearest neighbours by embedding, fused by reciprocal rank.
 */
export async function searchFaqs(
	searcher: FaqSearcher,
	query: string,
	options: FaqSearchOptions = {}
): Promise<FaqSearchResult> {
	const started = performance.now();
	const text = normalizeText(query.trim().slice(0, MAX_QUERY_CHARS));
	const mode = options.mode ?? 'hybrid';
	const limit = options.limit ?? 10;
	const candidates = Math.max(options.candidates ?? 30, limit);
	const groups = expandSynonyms(segmentQuery(text), searcher.synonyms);
	const words = [...new Set(groups.flat())];
	if (!hasSearchableText(text)) return { query, words, hits: [], tookMs: 0 };

	const [textIds, embeddingIds] = await Promise.all([
		mode === 'vector' ? [] : fulltextIds(searcher.graph, faqLuceneQuery(text, groups), candidates),
		mode === 'fulltext' ? [] : vectorIds(searcher, text, candidates)
	]);
	const fused = reciprocalRankFusion(
		[
			{ ids: textIds, weight: FULLTEXT_WEIGHT },
			{ ids: embeddingIds, weight: VECTOR_WEIGHT }
		],
		FUSION_K
	).slice(0, limit);
	const details = new Map(
		(
			await loadHits(
				searcher.graph,
				fused.map((hit) => hit.id),
				options.related ?? 3
			)
		).map((row) => [row.faqId, row])
	);
	const hits = fused.flatMap((hit) => {
		const detail = details.get(hit.id);
		if (!detail) return [];
		const [fulltextRank, vectorRank] = hit.ranks;
		return [{ ...detail, score: hit.score, fulltextRank, vectorRank }];
	});
	return { query, words, hits, tookMs: Math.round((performance.now() - started) * 10) / 10 };
}
