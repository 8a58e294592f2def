import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearGraph, graphCounts, openTestGraph } from '../../../test/graph.js';
import { generateDemo } from '../../domain/demo/index.js';
import { defaultSettings } from '../../domain/settings.js';
import { runAnalysis } from '../analysis/run.js';
import type { AnalysisContext } from '../analysis/types.js';
import { loadDemo } from '../demo/loadDemo.js';
import type { Graph } from '../graph/graph.js';
import { loadLexicon } from '../lexicon.js';
import { createLogger } from '../log.js';
import { claimEscalation, listQueue } from './queue.js';
import { loadEscalationRows } from './report.js';
import { escalationIdOf, recordEscalations } from './step.js';

const logger = createLogger('test');
const MINUTE = 60_000;
const T0 = Date.UTC(2026, 10, 1, 2, 0, 0);
let graph: Graph;
let context: AnalysisContext;

// Escalations depend on the lexicon counts only, so a constant model keeps these tests fast.
const constantModel = {
	version: 'constant-0.2',
	classify: async (texts: string[]) => texts.map(() => ({ negative: 0.2 }))
};

beforeAll(async () => {
	graph = await openTestGraph();
	context = {
		graph,
		model: constantModel,
		lexicon: loadLexicon(),
		settings: defaultSettings,
		logger
	};
});
afterAll(async () => {
	await graph?.close();
});

/** Writes a conversation whose customer turns carry the given negative-word counts. */
async function conversation(id: string, turns: Array<[string, number, number, string?]>) {
	await graph.write(
		`MERGE (c:Conversation {conversationId: $id})
		 SET c.riskLevel = CASE WHEN $total > 3 THEN 'high' ELSE 'low' END,
		     c.negativeWordCount = $total
		 WITH c
		 UNWIND range(0, size($turns) - 1) AS seq
		 WITH c, seq, $turns[seq] AS turn
		 CREATE (m:Message {messageId: $id + '-' + seq, seq: seq, sender: turn[0],
		   sentAt: datetime({epochMillis: toInteger(turn[2])}), negativeWordCount: turn[1],
		   text: 'text', negativeWords: []})-[:IN]->(c)
		 WITH m, turn WHERE turn[3] IS NOT NULL
		 MERGE (a:Agent {agentId: turn[3]})
		 CREATE (a)-[:SENT]->(m)`,
		{
			id,
			total: turns.filter(([sender]) => sender === 'customer').reduce((s, [, n]) => s + n, 0),
			turns: turns.map(([sender, words, minute, agentId]) => [
				sender,
				words,
				T0 + minute * MINUTE,
				agentId ?? null
			])
		}
	);
}

async function escalation(id: string) {
	const [row] = await graph.read<{
		status: string;
		detectedAt: number;
		deadlineAt: number;
		claimedAt: number | null;
		claimedBy: string | null;
		breachedAt: number | null;
	}>(
		`MATCH (e:Escalation {escalationId: $id})
		 RETURN e.status AS status, e.detectedAt AS detectedAt, e.deadlineAt AS deadlineAt,
		        e.claimedAt AS claimedAt, e.claimedBy AS claimedBy, e.breachedAt AS breachedAt`,
		{ id }
	);
	return row;
}

describe('escalation step', () => {
	beforeEach(async () => {
		await clearGraph(graph);
		await graph.write(`CREATE (:Agent {agentId: 'S1', certification: 'artist-gold'})`);
		await conversation('CV-A', [
			['customer', 2, 0],
			['agent', 0, 1, 'J1'],
			['customer', 2, 5]
		]);
		await conversation('CV-LOW', [['customer', 1, 0]]);
	});

	it('opens one escalation at the crossing message', async () => {
		const opened = await recordEscalations(context, { now: () => T0 + 10 * MINUTE });
		expect(opened).toBe(1);
		const row = await escalation(escalationIdOf('CV-A'));
		expect(row.status).toBe('open');
		expect(row.detectedAt).toBe(T0 + 5 * MINUTE);
		expect(row.deadlineAt).toBe(T0 + 35 * MINUTE);
	});

	it('never opens a second escalation on re-analysis', async () => {
		await recordEscalations(context, { now: () => T0 + 10 * MINUTE });
		const before = await graphCounts(graph);
		const opened = await recordEscalations(context, { now: () => T0 + 11 * MINUTE });
		expect(opened).toBe(0);
		expect(await graphCounts(graph)).toEqual(before);
	});

	it('records a breach after the deadline', async () => {
		await recordEscalations(context, { now: () => T0 + 10 * MINUTE });
		await recordEscalations(context, { now: () => T0 + 36 * MINUTE });
		const row = await escalation(escalationIdOf('CV-A'));
		expect(row.status).toBe('breached');
		expect(row.breachedAt).toBe(T0 + 35 * MINUTE);
	});

	it('records a breach when the queue is read', async () => {
		await recordEscalations(context, { now: () => T0 + 10 * MINUTE });
		const queue = await listQueue(graph, { now: T0 + 40 * MINUTE });
		expect(queue.map((item) => item.status)).toEqual(['breached']);
	});

	it('claims before the deadline', async () => {
		await recordEscalations(context, { now: () => T0 + 10 * MINUTE });
		const id = escalationIdOf('CV-A');
		expect(await claimEscalation(graph, id, 'S1', T0 + 20 * MINUTE)).toBe('claimed');
		const row = await escalation(id);
		expect(row).toMatchObject({ status: 'claimed', claimedBy: 'S1', breachedAt: null });
		expect(row.claimedAt).toBe(T0 + 20 * MINUTE);
		expect(await listQueue(graph, { now: T0 + 60 * MINUTE })).toEqual([]);
	});

	it('keeps the first claim only', async () => {
		await recordEscalations(context, { now: () => T0 + 10 * MINUTE });
		const id = escalationIdOf('CV-A');
		await claimEscalation(graph, id, 'S1', T0 + 20 * MINUTE);
		expect(await claimEscalation(graph, id, 'S2', T0 + 21 * MINUTE)).toBe('alreadyClaimed');
		expect((await escalation(id)).claimedBy).toBe('S1');
	});

	it('records a late claim as breached', async () => {
		await recordEscalations(context, { now: () => T0 + 10 * MINUTE });
		const id = escalationIdOf('CV-A');
		expect(await claimEscalation(graph, id, 'S1', T0 + 50 * MINUTE)).toBe('claimedLate');
		expect(await escalation(id)).toMatchObject({ status: 'breached', claimedBy: 'S1' });
	});

	it('reports an unknown escalation', async () => {
		expect(await claimEscalation(graph, 'ESC-none', 'S1', T0)).toBe('notFound');
	});

	it('takes a pick-up from the transcript', async () => {
		await conversation('CV-B', [
			['customer', 5, 0],
			['agent', 0, 1, 'J1'],
			['agent', 0, 12, 'S1']
		]);
		await recordEscalations(context, { now: () => T0 + 60 * MINUTE });
		const row = await escalation(escalationIdOf('CV-B'));
		expect(row).toMatchObject({ status: 'claimed', claimedBy: 'S1' });
		expect(row.claimedAt).toBe(T0 + 12 * MINUTE);
	});
});

describe('escalations of the demo tenant', () => {
	const { truth } = generateDemo({ scale: 'small' });
	const planted = truth.conversations.filter((entry) => entry.escalation);
	const highRisk = truth.conversations.filter((entry) => entry.riskLevel === 'high');

	beforeAll(async () => {
		await clearGraph(graph);
		await loadDemo(graph, { scale: 'small', logger });
		await runAnalysis(context);
	});

	it('opens one escalation per high-risk conversation', async () => {
		const rows = await loadEscalationRows(graph, { now: Date.now(), from: 0, to: Date.now() });
		expect(rows).toHaveLength(highRisk.length);
	});

	it('records the planted pick-ups', async () => {
		const rows = await loadEscalationRows(graph, { now: Date.now(), from: 0, to: Date.now() });
		const byConversation = new Map(rows.map((row) => [row.conversationId, row]));
		for (const entry of planted) {
			const row = byConversation.get(entry.conversationId)!;
			expect(row.claimedBy, entry.conversationId).toBe(entry.escalation!.agentId);
			expect((row.claimedAt! - row.detectedAt) / 1000).toBe(entry.escalation!.pickedUpAfterSec);
			const late = entry.escalation!.pickedUpAfterSec > 30 * 60;
			expect(row.status).toBe(late ? 'breached' : 'claimed');
		}
	});

	it('leaves the others in the queue', async () => {
		const queue = await listQueue(graph, { now: Date.now(), limit: 500 });
		expect(queue).toHaveLength(highRisk.length - planted.length);
		expect(queue.every((item) => item.messages.length > 0)).toBe(true);
	});
});
