import {
	assembleCards,
	groupByCategory,
	sortCards,
	type BoardCardView,
	type BoardQuery,
	type BoardRows
} from '../../domain/board/cards.js';
import { periodWindow, type PeriodWindow } from '../../domain/board/period.js';
import type { Graph } from '../graph/graph.js';

const inWindow = (field: string) =>
	`${field} >= datetime({epochMillis: toInteger($from)}) AND ${field} < datetime({epochMillis: toInteger($to)})`;
const bucketOf = (field: string) => `toInteger((${field}.epochMillis - $from) / $bucketMs)`;
const productFilter = `($category = '' OR p.category = $category)`;

const conversationMatch = `
MATCH (c:Conversation)-[:ABOUT]->(p:Product)
WHERE ${inWindow('c.startedAt')} AND ${productFilter}
  AND ($topic = '' OR EXISTS { (c)-[:HAS_TOPIC]->(:ServiceTopic {topicId: $topic}) })`;

const queries: Record<keyof BoardRows, string> = {
	products: `MATCH (p:Product) WHERE ${productFilter}
	  AND ($topic = '' OR EXISTS {
	    MATCH (c:Conversation)-[:ABOUT]->(p) WHERE ${inWindow('c.startedAt')}
	    AND (c)-[:HAS_TOPIC]->(:ServiceTopic {topicId: $topic}) })
	  RETURN p.productId AS productId, p.name AS name, p.category AS category`,
	cards: `MATCH (b:BoardCard)
	  RETURN b.productId AS productId, b.status AS status, b.owner AS owner, b.note AS note,
	         b.shippedAt AS shippedAt, b.updatedAt AS updatedAt`,
	conversations: `${conversationMatch}
	  WITH p.productId AS productId, ${bucketOf('c.startedAt')} AS bucket, c
	  RETURN productId, bucket, count(c) AS conversations,
	         sum(CASE WHEN c.isNegative THEN 1 ELSE 0 END) AS negative,
	         sum(CASE WHEN EXISTS { (c)-[:USED_FAQ]->(:FaqQuestion) }
	                    OR EXISTS { (c)<-[:IN]-(:Message)-[:MATCHED]->(:FaqQuestion) }
	             THEN 1 ELSE 0 END) AS faqHits`,
	topics: `${conversationMatch}
	  MATCH (c)-[:HAS_TOPIC]->(s:ServiceTopic)
	  RETURN p.productId AS productId, s.topicId AS topicId, count(*) AS count`,
	units: `MATCH (o:Order)-[k:CONTAINS]->(:Sku)-[:OF]->(p:Product)
	  WHERE ${inWindow('o.orderedAt')} AND ${productFilter}
	  RETURN p.productId AS productId, ${bucketOf('o.orderedAt')} AS bucket,
	         sum(coalesce(k.quantity, 1)) AS units`,
	returns: `MATCH (r:Return)-[:FOR]->(:Sku)-[:OF]->(p:Product)
	  WHERE ${inWindow('r.returnedAt')} AND ${productFilter}
	  RETURN p.productId AS productId, ${bucketOf('r.returnedAt')} AS bucket, count(r) AS returns`,
	reasons: `MATCH (r:Return)-[:FOR]->(:Sku)-[:OF]->(p:Product)
	  WHERE ${inWindow('r.returnedAt')} AND ${productFilter}
	  RETURN p.productId AS productId, coalesce(r.reason, 'other') AS reason, count(r) AS count`,
	sizeComplaints: `MATCH (f:SizeFeedback) WHERE f.fit IN ['small', 'large'] AND ${inWindow('f.at')}
	  MATCH (p:Product {productId: f.productId}) WHERE ${productFilter}
	  RETURN p.productId AS productId, ${bucketOf('f.at')} AS bucket, count(f) AS complaints`,
	clusters: `MATCH (k:ComplaintCluster)-[:OF]->(p:Product) WHERE ${productFilter}
	  WITH p, k ORDER BY k.trusted DESC, k.count DESC
	  RETURN p.productId AS productId, count(k) AS clusters,
	         sum(CASE WHEN k.trusted THEN 1 ELSE 0 END) AS trusted,
	         [x IN collect(k) WHERE x.trusted | x.signal][0] AS topSignal`
};

/** End of the data: the newest conversation, so a board over an old export still shows it. */
export async function dataEndMs(graph: Graph, fallback = Date.now()): Promise<number> {
	const [row] = await graph.read<{ end: number | null }>(
		'MATCH (c:Conversation) RETURN max(c.startedAt) AS end'
	);
	// One millisecond past the newest conversation, as windows exclude their end.
	return row?.end != null ? row.end + 1 : fallback;
}

export interface Board {
	window: PeriodWindow;
	dataEndMs: number;
	cards: BoardCardView[];
	groups: Array<{ category: string; cards: BoardCardView[] }>;
	categories: string[];
	topics: Array<{ topicId: string; nameZh: string; nameEn: string }>;
}

/** Loads the board: one card per product with its service signals over the chosen period. */
export async function loadBoard(graph: Graph, query: BoardQuery): Promise<Board> {
	const end = await dataEndMs(graph);
	const window = periodWindow(query.period, end);
	const params = {
		from: window.fromMs,
		to: window.toMs,
		bucketMs: window.bucketMs,
		category: query.category,
		topic: query.topic
	};
	const entries = await Promise.all(
		Object.entries(queries).map(async ([key, cypher]) => [key, await graph.read(cypher, params)])
	);
	const rows = Object.fromEntries(entries) as BoardRows;
	const cards = sortCards(assembleCards(rows, window.buckets), query.sort);
	const [categories, topics] = await Promise.all([
		graph.read<{ category: string }>(
			'MATCH (p:Product) WHERE p.category IS NOT NULL RETURN DISTINCT p.category AS category ORDER BY category'
		),
		graph.read<{ topicId: string; nameZh: string; nameEn: string }>(
			'MATCH (s:ServiceTopic) RETURN s.topicId AS topicId, s.nameZh AS nameZh, s.nameEn AS nameEn ORDER BY topicId'
		)
	]);
	return {
		window,
		dataEndMs: end,
		cards,
		groups: query.group === 'category' ? groupByCategory(cards) : [],
		categories: categories.map((row) => row.category),
		topics
	};
}
