import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS } from '../../domain/board/period.js';
import { clearGraph, openTestGraph } from '../../../test/graph.js';
import { analyseConversations } from '../analysis/conversations.js';
import type { AnalysisContext } from '../analysis/types.js';
import { loadDemo } from '../demo/loadDemo.js';
import type { Graph } from '../graph/graph.js';
import { createLogger } from '../log.js';
import { loadSettings } from '../settings.js';
import { analyseTopics } from '../topics/analysisStep.js';
import { loadBeforeAfter } from './beforeAfter.js';
import { dataEndMs, loadBoard } from './signals.js';
import { cardHistory, changeCard } from './workflow.js';

const logger = createLogger('test');
let graph: Graph;
let end: number;

beforeAll(async () => {
	graph = await openTestGraph();
	await clearGraph(graph);
	await loadDemo(graph, { scale: 'small', logger });
	// The roll-up sets startedAt. It normally follows message scoring, which needs the
	// sentiment model; the board reads no message scores, so the conversations are queued here.
	await graph.write('MATCH (c:Conversation) SET c:PendingAnalysis');
	const context = { graph, logger, settings: loadSettings() } as unknown as AnalysisContext;
	await analyseConversations(context);
	await analyseTopics(context);
	end = await dataEndMs(graph);
}, 120_000);
afterAll(async () => {
	await graph?.close();
});

const query = {
	period: '365d',
	category: '',
	topic: '',
	sort: 'conversations',
	group: ''
} as const;

describe('linkage board', () => {
	it('shows one card per product with signals', async () => {
		const board = await loadBoard(graph, query);
		const [{ products }] = await graph.read<{ products: number }>(
			'MATCH (p:Product) RETURN count(p) AS products'
		);
		expect(board.cards).toHaveLength(products);
		const top = board.cards[0];
		expect(top.conversations).toBeGreaterThan(0);
		expect(top.conversationSeries).toHaveLength(board.window.buckets);
		expect(top.conversationSeries.reduce((a, b) => (a ?? 0) + (b ?? 0), 0)).toBe(top.conversations);
		expect(top.topTopics.length).toBeGreaterThan(0);
		expect(top.returnRate).not.toBeNull();
	});

	it('counts conversations in the window like a direct count', async () => {
		const board = await loadBoard(graph, query);
		const card = board.cards[0];
		const [row] = await graph.read<{ n: number }>(
			`MATCH (c:Conversation)-[:ABOUT]->(:Product {productId: $id})
			 WHERE c.startedAt >= datetime({epochMillis: toInteger($from)})
			   AND c.startedAt < datetime({epochMillis: toInteger($to)})
			 RETURN count(c) AS n`,
			{ id: card.productId, from: board.window.fromMs, to: board.window.toMs }
		);
		expect(card.conversations).toBe(row.n);
	});

	it('topic filter keeps products with that topic', async () => {
		const board = await loadBoard(graph, { ...query, topic: 'pilling' });
		expect(board.cards.length).toBeGreaterThan(0);
		for (const card of board.cards) {
			expect(card.topTopics.map((t) => t.topicId)).toContain('pilling');
		}
	});

	it('category filter keeps one product line', async () => {
		const all = await loadBoard(graph, query);
		const category = all.categories[0];
		const board = await loadBoard(graph, { ...query, category });
		expect(board.cards.length).toBeGreaterThan(0);
		expect(board.cards.every((card) => card.category === category)).toBe(true);
	});
});

describe('card workflow', () => {
	it('persists a move with history and audit', async () => {
		const change = await changeCard(graph, {
			productId: 'P002',
			to: 'investigating',
			owner: 'lena',
			note: 'sleeve complaints',
			actor: 'leader-test'
		});
		expect(change).toMatchObject({ fromStatus: 'new', toStatus: 'investigating' });
		const [card] = await graph.read<{ status: string; owner: string }>(
			'MATCH (b:BoardCard {productId: $id})-[:FOR]->(:Product) RETURN b.status AS status, b.owner AS owner',
			{ id: 'P002' }
		);
		expect(card).toEqual({ status: 'investigating', owner: 'lena' });
		const history = await cardHistory(graph, 'P002');
		expect(history).toHaveLength(1);
		expect(history[0]).toMatchObject({ actor: 'leader-test', note: 'sleeve complaints' });
		const [audit] = await graph.read<{ details: string }>(
			`MATCH (e:AuditEntry {action: 'board.card.move', target: 'P002', actor: 'leader-test'})
			 RETURN e.details AS details`
		);
		expect(JSON.parse(audit.details)).toMatchObject({ from: 'new', to: 'investigating' });
	});

	it('rejects a skipped step and keeps the status', async () => {
		await expect(
			changeCard(graph, { productId: 'P002', to: 'shipped', actor: 'leader-test' })
		).rejects.toThrow(/cannot move from investigating to shipped.*designChange or new/);
		const history = await cardHistory(graph, 'P002');
		expect(history).toHaveLength(1);
	});

	it('rejects an unknown product', async () => {
		await expect(
			changeCard(graph, { productId: 'NOPE', to: 'investigating', actor: 'leader-test' })
		).rejects.toThrow('Product not found: NOPE');
	});

	it('updates the note without a move', async () => {
		const change = await changeCard(graph, {
			productId: 'P002',
			note: 'checked samples',
			actor: 'leader-test'
		});
		expect(change).toMatchObject({ fromStatus: 'investigating', toStatus: 'investigating' });
		expect(await cardHistory(graph, 'P002')).toHaveLength(2);
	});
});

describe('before and after a shipped change', () => {
	const productId = 'P001';

	it('compares equal windows around shippedAt', async () => {
		const shippedAt = end - 120 * DAY_MS;
		for (const to of ['investigating', 'designChange', 'shipped'] as const) {
			await changeCard(graph, { productId, to, actor: 'leader-test', atMs: shippedAt });
		}
		// Negative before the change and calm after it, and ten size complaints before against one.
		await graph.write(
			`MATCH (c:Conversation)-[:ABOUT]->(:Product {productId: $productId})
			 SET c.isNegative = c.startedAt < datetime({epochMillis: toInteger($shippedAt)})`,
			{ productId, shippedAt }
		);
		await graph.write(
			`UNWIND range(1, 11) AS i
			 CREATE (:SizeFeedback {feedbackId: 'ba-' + i, productId: $productId, fit: 'small',
			   at: datetime({epochMillis: toInteger($shippedAt + CASE WHEN i <= 10 THEN -i ELSE i END * $day)})})`,
			{ productId, shippedAt, day: DAY_MS }
		);
		const [{ shipped }] = await graph.read<{ shipped: number }>(
			'MATCH (b:BoardCard {productId: $productId}) RETURN b.shippedAt AS shipped',
			{ productId }
		);
		expect(shipped).toBe(shippedAt);

		const result = await loadBeforeAfter(graph, productId, shippedAt, end);
		expect(result?.windows.days).toBe(90);
		const negative = result!.negativeShare;
		expect(negative.before.total).toBeGreaterThan(0);
		expect(negative.before.hits).toBe(negative.before.total);
		expect(negative.after.hits).toBe(0);
		expect(negative.verdict).toBe('improved');
		expect(result!.sizeComplaintRate.before.hits).toBe(10);
		expect(result!.sizeComplaintRate.after.hits).toBe(1);
		expect(result!.sizeComplaintRate.change).toBeLessThan(0);
	});

	it('waits for two weeks of data after shipping', async () => {
		expect(await loadBeforeAfter(graph, productId, end - 3 * DAY_MS, end)).toBeNull();
	});

	it('moving back from shipped clears shippedAt', async () => {
		await changeCard(graph, { productId, to: 'designChange', actor: 'leader-test' });
		const [{ shipped }] = await graph.read<{ shipped: number | null }>(
			'MATCH (b:BoardCard {productId: $productId}) RETURN b.shippedAt AS shipped',
			{ productId }
		);
		expect(shipped).toBeNull();
	});
});
