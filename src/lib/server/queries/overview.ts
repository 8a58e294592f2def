import type { Graph } from '../graph/graph.js';

const countedLabels = {
	products: 'Product',
	skus: 'Sku',
	customers: 'Customer',
	orders: 'Order',
	returns: 'Return',
	conversations: 'Conversation',
	messages: 'Message',
	reviews: 'Review',
	agents: 'Agent',
	surveys: 'Survey'
} as const;

export type CountKey = keyof typeof countedLabels;

export interface AnalysisRunView {
	runId: string;
	status: 'running' | 'finished' | 'failed';
	startedAt: number;
	finishedAt: number | null;
	messages: number | null;
	reviews: number | null;
	conversations: number | null;
	products: number | null;
	modelVersion: string | null;
	error: string | null;
}

export interface Overview {
	counts: Record<CountKey, number>;
	pending: { messages: number; reviews: number };
	risk: { high: number; medium: number; low: number };
	lastRun: AnalysisRunView | null;
}

// Label counts come from the count store, so each is a constant-time lookup.
const countsQuery = Object.entries(countedLabels)
	.map(([key, label]) => `CALL () { MATCH (n:${label}) RETURN count(n) AS ${key} }`)
	.join('\n');

export async function loadOverview(graph: Graph): Promise<Overview> {
	const [counts] = await graph.read<Record<CountKey, number>>(
		`${countsQuery}\nRETURN ${Object.keys(countedLabels).join(', ')}`
	);
	const [pending] = await graph.read<{ messages: number; reviews: number }>(
		`CALL () { MATCH (n:Message:PendingAnalysis) RETURN count(n) AS messages }
		 CALL () { MATCH (n:Review:PendingAnalysis) RETURN count(n) AS reviews }
		 RETURN messages, reviews`
	);
	const riskRows = await graph.read<{ level: string; n: number }>(
		`MATCH (c:Conversation) WHERE c.riskLevel IS NOT NULL
		 RETURN c.riskLevel AS level, count(*) AS n`
	);
	const risk = { high: 0, medium: 0, low: 0 };
	for (const row of riskRows) {
		if (row.level in risk) risk[row.level as keyof typeof risk] = row.n;
	}
	const [lastRun] = await graph.read<AnalysisRunView>(
		`MATCH (r:AnalysisRun)
		 RETURN r.runId AS runId, r.status AS status, r.startedAt AS startedAt,
		        r.finishedAt AS finishedAt, r.messages AS messages, r.reviews AS reviews,
		        r.conversations AS conversations, r.products AS products,
		        r.modelVersion AS modelVersion, r.error AS error
		 ORDER BY r.startedAt DESC LIMIT 1`
	);
	return { counts, pending, risk, lastRun: lastRun ?? null };
}
