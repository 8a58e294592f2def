import { parseBoardQuery } from '../../domain/board/cards.js';
import { periodWindow } from '../../domain/board/period.js';
import type { Graph } from '../graph/graph.js';
import { dataEndMs } from './signals.js';

export interface EvidenceConversation {
	conversationId: string;
	startedAt: number | null;
	riskLevel: string | null;
	isNegative: boolean | null;
	topics: string[];
	faqHit: boolean;
}

export interface EvidenceReview {
	reviewId: string;
	createdAt: number | null;
	rating: number | null;
	negative: number | null;
	text: string | null;
	topics: string[];
}

export interface EvidenceFilter {
	productId: string;
	fromMs: number;
	toMs: number;
	topic: string;
	limit: number;
}

/** Conversations about a product in a window, newest first, optionally of one topic. */
export async function evidenceConversations(
	graph: Graph,
	filter: EvidenceFilter
): Promise<EvidenceConversation[]> {
	return graph.read<EvidenceConversation>(
		`MATCH (c:Conversation)-[:ABOUT]->(:Product {productId: $productId})
		 WHERE c.startedAt >= datetime({epochMillis: toInteger($fromMs)})
		   AND c.startedAt < datetime({epochMillis: toInteger($toMs)})
		   AND ($topic = '' OR EXISTS { (c)-[:HAS_TOPIC]->(:ServiceTopic {topicId: $topic}) })
		 WITH c ORDER BY c.startedAt DESC, c.conversationId LIMIT toInteger($limit)
		 RETURN c.conversationId AS conversationId, c.startedAt AS startedAt,
		        c.riskLevel AS riskLevel, c.isNegative AS isNegative,
		        [(c)-[:HAS_TOPIC]->(s:ServiceTopic) | s.topicId] AS topics,
		        EXISTS { (c)-[:USED_FAQ]->(:FaqQuestion) }
		          OR EXISTS { (c)<-[:IN]-(:Message)-[:MATCHED]->(:FaqQuestion) } AS faqHit`,
		{ ...filter }
	);
}

/** Reviews of a product in a window, newest first, optionally of one topic. */
export async function evidenceReviews(
	graph: Graph,
	filter: EvidenceFilter
): Promise<EvidenceReview[]> {
	return graph.read<EvidenceReview>(
		`MATCH (r:Review)-[:ABOUT]->(:Product {productId: $productId})
		 WHERE r.createdAt >= datetime({epochMillis: toInteger($fromMs)})
		   AND r.createdAt < datetime({epochMillis: toInteger($toMs)})
		   AND ($topic = '' OR EXISTS { (r)-[:HAS_TOPIC]->(:ServiceTopic {topicId: $topic}) })
		 WITH r ORDER BY r.createdAt DESC, r.reviewId LIMIT toInteger($limit)
		 RETURN r.reviewId AS reviewId, r.createdAt AS createdAt, r.rating AS rating,
		        r.negative AS negative, r.text AS text,
		        [(r)-[:HAS_TOPIC]->(s:ServiceTopic) | s.topicId] AS topics`,
		{ ...filter }
	);
}

export interface ProductHeader {
	productId: string;
	name: string | null;
	category: string | null;
	status: string;
	owner: string | null;
	note: string | null;
	shippedAt: number | null;
}

/** Loads the product and its card; returns null when no such product exists. */
export async function productCard(graph: Graph, productId: string): Promise<ProductHeader | null> {
	const [row] = await graph.read<ProductHeader>(
		`MATCH (p:Product {productId: $productId})
		 OPTIONAL MATCH (b:BoardCard {productId: $productId})
		 RETURN p.productId AS productId, p.name AS name, p.category AS category,
		        coalesce(b.status, 'new') AS status, b.owner AS owner, b.note AS note,
		        b.shippedAt AS shippedAt`,
		{ productId }
	);
	return row ?? null;
}

/** Loads the newest finished analysis run, which the board polls to refresh after a run. */
export async function latestAnalysisRun(
	graph: Graph
): Promise<{ runId: string | null; finishedAt: number | null }> {
	const [row] = await graph.read<{ runId: string; finishedAt: number }>(
		`MATCH (r:AnalysisRun {status: 'finished'})
		 RETURN r.runId AS runId, r.finishedAt AS finishedAt ORDER BY r.finishedAt DESC LIMIT 1`
	);
	return row ?? { runId: null, finishedAt: null };
}

/** Builds the evidence filter of a product page from the board period and topic in its URL. */
export async function evidenceFilter(
	graph: Graph,
	productId: string,
	params: URLSearchParams,
	limit: number
): Promise<EvidenceFilter> {
	const query = parseBoardQuery(params);
	const window = periodWindow(query.period, await dataEndMs(graph));
	return { productId, fromMs: window.fromMs, toMs: window.toMs, topic: query.topic, limit };
}
