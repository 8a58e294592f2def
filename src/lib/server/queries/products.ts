import type { Graph } from '../graph/graph.js';

export const productSortKeys = [
	'conversationCount',
	'negativeShare',
	'highRiskConversationCount',
	'returnRate',
	'sizeReturnCount',
	'reviewCount',
	'name'
] as const;
export type ProductSortKey = (typeof productSortKeys)[number];

export interface ProductSignalsRow {
	productId: string;
	name: string | null;
	category: string | null;
	conversationCount: number;
	reviewCount: number;
	negativeShare: number | null;
	highRiskConversationCount: number;
	returnRate: number | null;
	returnCount: number;
	sizeReturnCount: number;
	/** Negative share per month, oldest first; null where a month had nothing. */
	trend: Array<number | null>;
}

/** Months in the sparkline window. */
export const TREND_MONTHS = 12;

/**
 * Lists products with their service signals, sorted by one of them. The sort key is checked
 * against a fixed list before it is put into the query text; everything else is a parameter.
 */
export async function listProductSignals(
	graph: Graph,
	options: { sort: ProductSortKey; descending: boolean; limit: number; endMs: number }
): Promise<ProductSignalsRow[]> {
	if (!productSortKeys.includes(options.sort)) throw new Error(`invalid sort key ${options.sort}`);
	const direction = options.descending ? 'DESC' : 'ASC';
	const rows = await graph.read<Omit<ProductSignalsRow, 'trend'>>(
		`MATCH (p:Product)
		 WHERE p.conversationCount > 0 OR p.reviewCount > 0 OR p.name IS NOT NULL
		 RETURN p.productId AS productId, p.name AS name, p.category AS category,
		        coalesce(p.conversationCount, 0) AS conversationCount,
		        coalesce(p.reviewCount, 0) AS reviewCount, p.negativeShare AS negativeShare,
		        coalesce(p.highRiskConversationCount, 0) AS highRiskConversationCount,
		        p.returnRate AS returnRate, coalesce(p.returnCount, 0) AS returnCount,
		        coalesce(p.sizeReturnCount, 0) AS sizeReturnCount
		 ORDER BY p.${options.sort} IS NULL, p.${options.sort} ${direction}, p.productId
		 LIMIT toInteger($limit)`,
		{ limit: options.limit }
	);
	const trends = await monthlyNegativeShare(
		graph,
		rows.map((row) => row.productId),
		options.endMs
	);
	return rows.map((row) => ({ ...row, trend: trends.get(row.productId) ?? [] }));
}

/** Month index (0 = oldest in the window) of each product's analysed conversations and reviews. */
async function monthlyNegativeShare(
	graph: Graph,
	productIds: string[],
	endMs: number
): Promise<Map<string, Array<number | null>>> {
	const end = new Date(endMs);
	const startMs = Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - (TREND_MONTHS - 1), 1);
	const rows = await graph.read<{
		productId: string;
		month: number;
		total: number;
		negative: number;
	}>(
		`UNWIND $productIds AS productId
		 MATCH (p:Product {productId: productId})
		 CALL (p) {
		   MATCH (c:Conversation)-[:ABOUT]->(p)
		   WHERE c.startedAt >= datetime({epochMillis: toInteger($startMs)}) AND c.isNegative IS NOT NULL
		   RETURN c.startedAt AS at, c.isNegative AS negative
		   UNION ALL
		   MATCH (r:Review)-[:ABOUT]->(p)
		   WHERE r.createdAt >= datetime({epochMillis: toInteger($startMs)}) AND r.negative IS NOT NULL
		   RETURN r.createdAt AS at, r.negative >= 0.5 AS negative
		 }
		 WITH productId, (at.year - $startYear) * 12 + at.month - $startMonth AS month, negative
		 RETURN productId, month, count(*) AS total, count(CASE WHEN negative THEN 1 END) AS negative`,
		{
			productIds,
			startMs,
			startYear: new Date(startMs).getUTCFullYear(),
			startMonth: new Date(startMs).getUTCMonth() + 1
		}
	);
	const trends = new Map<string, Array<number | null>>();
	for (const row of rows) {
		if (row.month < 0 || row.month >= TREND_MONTHS) continue;
		let series = trends.get(row.productId);
		if (!series) trends.set(row.productId, (series = Array(TREND_MONTHS).fill(null)));
		series[row.month] = row.total ? row.negative / row.total : null;
	}
	return trends;
}

/** Returns the latest conversation or review time, so trend windows end where the data ends. */
export async function latestActivityMs(graph: Graph): Promise<number | null> {
	const [row] = await graph.read<{ latest: number | null }>(
		`CALL () { MATCH (c:Conversation) RETURN max(c.startedAt) AS at
		  UNION ALL MATCH (r:Review) RETURN max(r.createdAt) AS at }
		 RETURN max(at) AS latest`
	);
	return row?.latest ?? null;
}
