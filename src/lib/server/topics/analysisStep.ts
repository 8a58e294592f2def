import { tagTopics } from '../../domain/topics/tagger.js';
import type { AnalysisContext } from '../analysis/types.js';
import type { Graph } from '../graph/graph.js';
import { loadTopicTagger, writeServiceTopics, type TopicTagger } from './taxonomy.js';

interface PendingText {
	id: string;
	key: string;
	texts: string[];
	faqTopicPaths: string[];
	productNames: string[];
	oldTerms: string[] | null;
}

// A text is re-tagged when its key changes: a new taxonomy or mapping, a conversation whose
// message count or FAQ links changed, or a review whose text changed.
const pendingConversations = `
MATCH (c:Conversation)
WITH c, $version + ':' + toString(coalesce(c.messageCount, 0)) + ':' +
     toString(COUNT { (c)<-[:IN]-(:Message)-[:MATCHED]->(:FaqQuestion) } +
              COUNT { (c)-[:USED_FAQ]->(:FaqQuestion) }) AS key
WHERE c.topicKey IS NULL OR c.topicKey <> key
WITH c, key LIMIT toInteger($limit)
CALL (c) {
  OPTIONAL MATCH (m:Message {sender: 'customer'})-[:IN]->(c)
  WITH m ORDER BY m.seq
  RETURN [text IN collect(m.text) WHERE text IS NOT NULL] AS texts
}
RETURN c.conversationId AS id, key, texts, c.topicTerms AS oldTerms,
       [(c)-[:ABOUT]->(p:Product) WHERE p.name IS NOT NULL | p.name] AS productNames,
       [(c)<-[:IN]-(:Message)-[:MATCHED]->(:FaqQuestion)-[:IN_TOPIC]->(t:Topic) | t.path] +
       [(c)-[:USED_FAQ]->(:FaqQuestion)-[:IN_TOPIC]->(t:Topic) | t.path] AS faqTopicPaths`;

const pendingReviews = `
MATCH (r:Review)
WITH r, $version + ':' + coalesce(r.textHash, '') AS key
WHERE r.topicKey IS NULL OR r.topicKey <> key
WITH r, key LIMIT toInteger($limit)
RETURN r.reviewId AS id, key, [text IN [r.title, r.text] WHERE text IS NOT NULL] AS texts,
       r.topicTerms AS oldTerms, [] AS faqTopicPaths,
       [(r)-[:ABOUT]->(p:Product) WHERE p.name IS NOT NULL | p.name] AS productNames`;

function saveTags(label: 'Conversation' | 'Review', idKey: string) {
	return `
UNWIND $rows AS row
MATCH (n:${label} {${idKey}: row.id})
SET n.topicKey = row.key, n.topicTerms = row.terms
WITH n, row
CALL (n) { MATCH (n)-[old:HAS_TOPIC]->(:ServiceTopic) DELETE old }
CALL (n, row) {
  UNWIND row.topics AS tag
  MATCH (s:ServiceTopic {topicId: tag.topicId})
  CREATE (n)-[:HAS_TOPIC {score: tag.score, source: tag.source}]->(s)
}`;
}

const saveTermCounts = `
UNWIND $deltas AS d
MERGE (t:TopicTerm {term: d.term})
  ON CREATE SET t.status = 'candidate', t.texts = 0, t.firstSeenAt = datetime()
SET t.texts = t.texts + d.delta`;

/** Tokens of product names and categories, which are never offered as new topic terms. */
async function productTokens(graph: Graph, tagger: TopicTagger): Promise<Set<string>> {
	const rows = await graph.read<{ words: string[] }>(
		`MATCH (p:Product) RETURN [w IN [p.name, p.category, p.line] WHERE w IS NOT NULL] AS words`
	);
	const tokens = new Set<string>();
	for (const { words } of rows) {
		for (const word of words)
			for (const token of tagger.segment(word.toLowerCase())) tokens.add(token);
	}
	return tokens;
}

function termDeltas(rows: Array<{ oldTerms: string[] | null; terms: string[] }>) {
	const deltas = new Map<string, number>();
	for (const { oldTerms, terms } of rows) {
		for (const term of oldTerms ?? []) deltas.set(term, (deltas.get(term) ?? 0) - 1);
		for (const term of terms) deltas.set(term, (deltas.get(term) ?? 0) + 1);
	}
	return [...deltas].filter(([, delta]) => delta !== 0).map(([term, delta]) => ({ term, delta }));
}

async function tagPending(
	graph: Graph,
	tagger: TopicTagger,
	excluded: Set<string>,
	kind: 'conversations' | 'reviews',
	batchSize: number
): Promise<number> {
	const [query, save] =
		kind === 'conversations'
			? [pendingConversations, saveTags('Conversation', 'conversationId')]
			: [pendingReviews, saveTags('Review', 'reviewId')];
	let done = 0;
	for (;;) {
		const batch = await graph.read<PendingText>(query, {
			version: tagger.taxonomy.version,
			limit: batchSize
		});
		if (batch.length === 0) break;
		const rows = batch.map((item) => {
			const result = tagTopics(item, tagger.taxonomy, tagger.segment, excluded);
			return { id: item.id, key: item.key, oldTerms: item.oldTerms, ...result };
		});
		await graph.write(save, {
			rows: rows.map(({ id, key, topics, terms }) => ({ id, key, topics, terms }))
		});
		const deltas = termDeltas(rows);
		if (deltas.length) await graph.write(saveTermCounts, { deltas });
		done += batch.length;
	}
	return done;
}

/**
 * Analysis step: tags new or changed conversations (customer messages, linked FAQ topics)
 * and reviews with service topics, as `HAS_TOPIC {score, source}` links to ServiceTopic
 * nodes, and keeps the counts of frequent terms no topic covers. Returns how many texts it
 * tagged.
 */
export async function analyseTopics(context: AnalysisContext): Promise<number> {
	const { graph, logger } = context;
	const started = performance.now();
	const tagger = await loadTopicTagger(graph);
	await writeServiceTopics(graph, tagger.taxonomy);
	const excluded = await productTokens(graph, tagger);
	const batchSize = context.batchSize ?? 500;
	const conversations = await tagPending(graph, tagger, excluded, 'conversations', batchSize);
	const reviews = await tagPending(graph, tagger, excluded, 'reviews', batchSize);
	logger.info(
		{
			conversations,
			reviews,
			version: tagger.taxonomy.version,
			seconds: Math.round(performance.now() - started) / 1000
		},
		'service topics tagged'
	);
	return conversations + reviews;
}
