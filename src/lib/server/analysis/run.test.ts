import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearGraph, openTestGraph } from '../../../test/graph.js';
import { loadDemo } from '../demo/loadDemo.js';
import type { Graph } from '../graph/graph.js';
import { loadLexicon } from '../lexicon.js';
import { createLogger } from '../log.js';
import { createSentimentModel, type SentimentModel } from '../sentiment/index.js';
import { loadSettings } from '../settings.js';
import { runAnalysis } from './run.js';
import type { AnalysisContext } from './types.js';

const logger = createLogger('test');
let graph: Graph;
let model: SentimentModel;
let context: AnalysisContext;

beforeAll(async () => {
	graph = await openTestGraph();
	await clearGraph(graph);
	await loadDemo(graph, { scale: 'small', logger });
	model = await createSentimentModel({ logger });
	context = { graph, model, lexicon: loadLexicon(), settings: loadSettings(), logger };
});
afterAll(async () => {
	await model?.close();
	await graph?.close();
});

describe('analysis run', () => {
	it('scores every message and review of the demo tenant', async () => {
		const summary = await runAnalysis(context);
		expect(summary.messages).toBeGreaterThan(1000);
		expect(summary.reviews).toBe(300);
		expect(summary.conversations).toBe(300);
		const [row] = await graph.read<{ unscored: number; pending: number }>(
			`CALL () { MATCH (m:Message) WHERE m.negative IS NULL RETURN count(m) AS unscored }
			 CALL () { MATCH (n:PendingAnalysis) RETURN count(n) AS pending }
			 RETURN unscored, pending`
		);
		expect(row).toEqual({ unscored: 0, pending: 0 });
	});

	it('does nothing on a second run when nothing changed', async () => {
		const summary = await runAnalysis(context);
		expect(summary.messages).toBe(0);
		expect(summary.conversations).toBe(0);
	});

	it('assigns all three risk levels', async () => {
		const rows = await graph.read<{ level: string; n: number }>(
			`MATCH (c:Conversation) RETURN c.riskLevel AS level, count(*) AS n ORDER BY level`
		);
		expect(rows.map((r) => r.level)).toEqual(['high', 'low', 'medium']);
	});

	it('agrees with the lexicon rule on each conversation', async () => {
		const rows = await graph.read<{ count: number; level: string }>(
			`MATCH (c:Conversation) RETURN c.negativeWordCount AS count, c.riskLevel AS level`
		);
		for (const row of rows) {
			let expected = 'low';
			if (row.count >= 1) expected = 'medium';
			if (row.count > 3) expected = 'high';
			expect(row.level).toBe(expected);
		}
	});

	it('finds negative conversations more negative by the model than the rest', async () => {
		const [row] = await graph.read<{ high: number; low: number }>(
			`MATCH (c:Conversation)
			 RETURN avg(CASE WHEN c.riskLevel = 'high' THEN c.customerNegative END) AS high,
			        avg(CASE WHEN c.riskLevel = 'low' THEN c.customerNegative END) AS low`
		);
		expect(row.high).toBeGreaterThan(row.low + 0.2);
	});

	it('links signals to products with return rates', async () => {
		const rows = await graph.read<{ conversations: number; returnRate: number | null }>(
			`MATCH (p:Product) RETURN p.conversationCount AS conversations, p.returnRate AS returnRate`
		);
		expect(rows.length).toBe(12);
		expect(rows.every((r) => r.returnRate !== null && r.returnRate > 0)).toBe(true);
		expect(rows.reduce((sum, r) => sum + r.conversations, 0)).toBeGreaterThan(200);
	});

	it('analyses a changed message again and only that one', async () => {
		await graph.write(
			`MATCH (m:Message) WITH m LIMIT 1
			 SET m.text = '质量太差，起球，色差，我要投诉', m.textHash = 'changed', m:PendingAnalysis`
		);
		const summary = await runAnalysis(context);
		expect(summary.messages).toBe(1);
		expect(summary.conversations).toBe(1);
	});
});
