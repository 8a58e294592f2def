import type { ReviewFigures } from '../../domain/review/figures.js';
import type { Graph } from '../graph/graph.js';

export interface Window {
	startMs: number;
	endMs: number;
}

const IN_WINDOW = (property: string) =>
	`${property} >= datetime({epochMillis: toInteger($startMs)})
	 AND ${property} < datetime({epochMillis: toInteger($endMs)})`;

// firstResponseSeconds is stored only when a person replied, so bot-only chats drop out of
// FRT. Handling time counts the same conversations: those a person replied to.
const CONVERSATIONS = `
MATCH (c:Conversation) WHERE ${IN_WINDOW('c.startedAt')}
WITH c, c.firstResponseSeconds IS NOT NULL AND c.endedAt IS NOT NULL AS answered
RETURN collect(c.firstResponseSeconds) AS frtSeconds,
  count(c.resolved) AS resolutionBase,
  count(CASE WHEN c.resolved THEN 1 END) AS resolved,
  count(CASE WHEN answered THEN 1 END) AS handled,
  coalesce(sum(CASE WHEN answered
    THEN c.endedAt.epochMillis - c.startedAt.epochMillis END), 0) AS handlingMs`;

const SURVEYS = `
MATCH (s:Survey) WHERE ${IN_WINDOW('s.answeredAt')}
RETURN count(s) AS surveys,
  count(CASE WHEN s.score >= 9 THEN 1 END) AS promoters,
  count(CASE WHEN s.score <= 6 THEN 1 END) AS detractors`;

// An open escalation past its deadline is a breach even before the queue next records it.
const ESCALATIONS = `
MATCH (e:Escalation) WHERE ${IN_WINDOW('e.detectedAt')}
RETURN count(e) AS escalations,
  count(CASE WHEN e.status = 'breached'
    OR (e.status = 'open' AND e.deadlineAt < datetime({epochMillis: toInteger($nowMs)}))
    THEN 1 END) AS breaches`;

const ORDERS = `
MATCH (o:Order) WHERE ${IN_WINDOW('o.orderedAt')}
OPTIONAL MATCH (o)-[line:CONTAINS]->(:Sku)
WITH o, sum(coalesce(line.quantity, 0)) AS units, sum(coalesce(line.amountFen, 0)) AS amountFen
RETURN count(o) AS orders, coalesce(sum(units), 0) AS unitsSold,
  coalesce(sum(amountFen), 0) AS salesFen`;

const RETURNS = `
MATCH (r:Return)-[:OF_ORDER]->(:Order) WHERE ${IN_WINDOW('r.returnedAt')}
RETURN count(DISTINCT r) AS returns`;

const CUSTOMERS = `
MATCH (o:Order)-[:PLACED_BY]->(c:Customer) WHERE ${IN_WINDOW('o.orderedAt')}
WITH DISTINCT c
RETURN count(c) AS customers,
  count(CASE WHEN EXISTS {
    MATCH (earlier:Order)-[:PLACED_BY]->(c)
    WHERE earlier.orderedAt < datetime({epochMillis: toInteger($startMs)})
  } THEN 1 END) AS repeatCustomers`;

/**
 * Loads the counts and sums behind the review KPIs for a window of shop time. `nowMs` decides
 * which open escalations are already past their deadline.
 */
export async function loadReviewFigures(
	graph: Graph,
	window: Window,
	nowMs: number
): Promise<ReviewFigures> {
	const params = { ...window, nowMs };
	const firstRow = async <T>(cypher: string) => (await graph.read<T>(cypher, params))[0];
	const [conversations, surveys, escalations, orders, returns, customers] = await Promise.all([
		firstRow<
			Pick<ReviewFigures, 'frtSeconds' | 'resolutionBase' | 'resolved' | 'handled' | 'handlingMs'>
		>(CONVERSATIONS),
		firstRow<Pick<ReviewFigures, 'surveys' | 'promoters' | 'detractors'>>(SURVEYS),
		firstRow<Pick<ReviewFigures, 'escalations' | 'breaches'>>(ESCALATIONS),
		firstRow<Pick<ReviewFigures, 'orders' | 'unitsSold' | 'salesFen'>>(ORDERS),
		firstRow<Pick<ReviewFigures, 'returns'>>(RETURNS),
		firstRow<Pick<ReviewFigures, 'customers' | 'repeatCustomers'>>(CUSTOMERS)
	]);
	return { ...conversations, ...surveys, ...escalations, ...orders, ...returns, ...customers };
}

/** Returns the first and newest instants of orders and conversations, or null for an empty graph. */
export async function loadDataSpan(
	graph: Graph
): Promise<{ firstMs: number; latestMs: number } | null> {
	const [row] = await graph.read<{ firstMs: number | null; latestMs: number | null }>(
		`CALL () {
		   MATCH (o:Order) RETURN min(o.orderedAt) AS first, max(o.orderedAt) AS latest
		   UNION ALL
		   MATCH (c:Conversation) RETURN min(c.startedAt) AS first, max(c.startedAt) AS latest
		 }
		 RETURN min(first) AS firstMs, max(latest) AS latestMs`
	);
	return row?.firstMs != null && row.latestMs != null
		? { firstMs: row.firstMs, latestMs: row.latestMs }
		: null;
}
