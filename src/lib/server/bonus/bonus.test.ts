import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearGraph, graphCounts, openTestGraph } from '../../../test/graph.js';
import { monthPeriod } from '../../domain/bonus/period.js';
import type { Graph } from '../graph/graph.js';
import { addAward, listAwards } from './awards.js';
import { loadDemoAwards } from './demoAwards.js';
import { gatherBonusInputs } from './gather.js';
import { loadActivePlan, savePlan } from './plans.js';
import { approveRun, freezeRun, listRuns, loadRunSummaries, previewRun } from './runs.js';
import { loadStatementView } from './statements.js';
import { whatIf } from './whatIf.js';

const ZONE = 'Asia/Shanghai';
const PERIOD = '2026-11';
const HOUR_MS = 3_600_000;
/** Shop time on a November 2026 day. */
const shop = (day: number, hour = 12, second = 0) =>
	Date.UTC(2026, 10, day, hour) - 8 * HOUR_MS + second * 1000;
let graph: Graph;

/** Writes two teams, three agents, their November conversations, answers and one order. */
async function seed() {
	await graph.write(
		`UNWIND $agents AS row
		 MERGE (a:Agent {agentId: row.id}) SET a.name = row.name,
		   a.joinedAt = datetime({epochMillis: toInteger(row.joined)})
		 MERGE (t:Team {name: row.team}) MERGE (a)-[:MEMBER_OF]->(t)`,
		{
			agents: [
				{ id: 'B1', name: '王晓雯', team: '售前咨询组', joined: shop(1) - 400 * 24 * HOUR_MS },
				{ id: 'B2', name: '李嘉欣', team: '售前咨询组', joined: shop(1) - 400 * 24 * HOUR_MS },
				{ id: 'B3', name: '张子轩', team: '售后服务组', joined: shop(16, 9) }
			]
		}
	);
	const conversations = [
		// id, agent, customer first message, FRT s, resolved
		['K1', 'B1', shop(3), 20, true],
		['K2', 'B1', shop(4), 95, true],
		['K3', 'B2', shop(5), 600, false],
		['K4', 'B3', shop(20, 3), 21_620, true],
		// October: outside the period.
		['K5', 'B2', shop(1, 0) - 5 * HOUR_MS, 10, true]
	];
	await graph.write(
		`UNWIND $rows AS row
		 MATCH (a:Agent {agentId: row[1]})
		 CREATE (c:Conversation {conversationId: row[0],
		   startedAt: datetime({epochMillis: toInteger(row[2])}),
		   firstResponseSeconds: toInteger(row[3]), resolved: row[4], botOnly: false})
		 CREATE (a)-[:HANDLED]->(c)
		 CREATE (:Message {messageId: row[0] + '-0', seq: 0, sender: 'customer',
		   sentAt: datetime({epochMillis: toInteger(row[2])})})-[:IN]->(c)
		 CREATE (:Message {messageId: row[0] + '-1', seq: 1, sender: 'agent',
		   sentAt: datetime({epochMillis: toInteger(row[2] + row[3] * 1000)})})-[:IN]->(c)`,
		{ rows: conversations }
	);
	await graph.write(
		`UNWIND $rows AS row
		 MATCH (a:Agent {agentId: row[1]}), (c:Conversation {conversationId: row[2]})
		 CREATE (s:Survey {surveyId: row[0], score: toInteger(row[3]),
		   answeredAt: datetime({epochMillis: toInteger(row[4])})})
		 CREATE (s)-[:RATES_AGENT]->(a) CREATE (s)-[:RATES]->(c)`,
		{
			rows: [
				['V1', 'B1', 'K1', 10, shop(3, 14)],
				['V2', 'B1', 'K2', 3, shop(4, 14)],
				['V3', 'B2', 'K3', 9, shop(5, 14)]
			]
		}
	);
	await graph.write(
		`CREATE (o:Order {orderId: 'O1', orderedAt: datetime({epochMillis: toInteger($at)})})
		 CREATE (o)-[:CONTAINS {quantity: 1, amountFen: 5000000}]->(:Sku {skuId: 'S1'})`,
		{ at: shop(10) }
	);
}

beforeAll(async () => {
	graph = await openTestGraph();
});
afterAll(async () => {
	await graph?.close();
});
beforeEach(async () => {
	await clearGraph(graph);
	await seed();
});

async function auditActions(): Promise<string[]> {
	const rows = await graph.read<{ action: string }>(
		`MATCH (e:AuditEntry) RETURN e.action AS action ORDER BY e.at, e.action`
	);
	return rows.map((row) => row.action);
}

describe('gatherBonusInputs', () => {
	it('reads the period from the graph', async () => {
		const inputs = await gatherBonusInputs(graph, monthPeriod(PERIOD, ZONE));
		expect(inputs.agents.map((a) => `${a.agentId} ${a.team}`)).toEqual([
			'B1 售前咨询组',
			'B2 售前咨询组',
			'B3 售后服务组'
		]);
		const ids = inputs.conversations.map((c) => c.conversationId).sort();
		expect(ids).toEqual(['K1', 'K2', 'K3', 'K4']);
		const k4 = inputs.conversations.find((c) => c.conversationId === 'K4')!;
		expect(k4.customerFirstAt).toBe(shop(20, 3));
		expect(k4.firstResponseSeconds).toBe(21_620);
		expect(inputs.surveys.map((s) => `${s.surveyId} ${s.conversationId}`).sort()).toEqual([
			'V1 K1',
			'V2 K2',
			'V3 K3'
		]);
		expect(inputs.revenueFen).toBe(5_000_000);
	});
});

describe('bonus runs', () => {
	it('previews without writing', async () => {
		const before = await graphCounts(graph);
		const preview = await previewRun(graph, PERIOD, ZONE);
		expect(preview.result.totalFen).toBe(preview.result.poolFen);
		expect(preview.plan.version).toBe(0);
		expect(await graphCounts(graph)).toEqual(before);
	});

	it('scores business-hours FRT when the plan says so', async () => {
		// K4: customer wrote at 03:00, reply 6 h 20 s later (09:00:20): 20 business seconds.
		const plan = await savePlan(graph, { base: { frtClock: 'businessHours' } }, 'test-admin');
		const preview = await previewRun(graph, PERIOD, ZONE, plan);
		const b3 = preview.result.statements.find((s) => s.agentId === 'B3')!;
		expect(b3.metrics.frtScore).toBe(100);
		const calendar = await previewRun(graph, PERIOD, ZONE, {
			...plan,
			plan: { ...plan.plan, base: { ...plan.plan.base, frtClock: 'calendar' } }
		});
		expect(calendar.result.statements.find((s) => s.agentId === 'B3')!.metrics.frtScore).toBe(0);
	});

	it('approves, freezes and versions a run with a diff', async () => {
		const first = await approveRun(graph, PERIOD, { timeZone: ZONE, actor: 'test-admin' });
		expect(first.runId).toBe('2026-11:v1');
		expect(first.status).toBe('approved');
		expect(first.diff).toEqual([]);
		const firstSummaries = await loadRunSummaries(graph, first.runId);
		expect(firstSummaries.map((s) => s.agentId)).toEqual(['B1', 'B2', 'B3']);
		expect(firstSummaries.reduce((sum, s) => sum + s.totalFen, 0)).toBe(first.poolFen);

		const frozen = await freezeRun(graph, first.runId, 'test-admin');
		expect(frozen.status).toBe('frozen');
		await expect(freezeRun(graph, first.runId, 'test-admin')).rejects.toThrow(/already frozen/);
		await expect(freezeRun(graph, '2026-11:v9', 'test-admin')).rejects.toThrow(/not found/);

		// A late detractor answer lowers B2's NPS: the recalculation is version 2.
		await graph.write(
			`MATCH (a:Agent {agentId: 'B2'})
			 CREATE (:Survey {surveyId: 'V4', score: 2,
			   answeredAt: datetime({epochMillis: toInteger($at)})})-[:RATES_AGENT]->(a)`,
			{ at: shop(25) }
		);
		const second = await approveRun(graph, PERIOD, { timeZone: ZONE, actor: 'test-admin' });
		expect(second.version).toBe(2);
		const b2 = second.diff.find((d) => d.agentId === 'B2')!;
		expect(b2.deltaFen).toBeLessThan(0);
		expect(second.diff.reduce((sum, d) => sum + d.deltaFen, 0)).toBe(0);
		expect(b2.previousFen).toBe(firstSummaries.find((s) => s.agentId === 'B2')!.totalFen);

		// The frozen version is unchanged.
		expect(await loadRunSummaries(graph, first.runId)).toEqual(firstSummaries);
		expect((await listRuns(graph, PERIOD)).map((r) => `${r.version} ${r.status}`)).toEqual([
			'2 approved',
			'1 frozen'
		]);
		expect(await auditActions()).toEqual([
			'bonus.run.approve',
			'bonus.run.freeze',
			'bonus.run.approve'
		]);
	});

	it('shows stored statements by version', async () => {
		const preview = await loadStatementView(graph, {
			agentId: 'B1',
			period: PERIOD,
			timeZone: ZONE
		});
		expect(preview?.source).toBe('preview');
		await approveRun(graph, PERIOD, { timeZone: ZONE, actor: 'test-admin' });
		const stored = await loadStatementView(graph, {
			agentId: 'B1',
			period: PERIOD,
			timeZone: ZONE
		});
		expect(stored?.source).toBe('stored');
		expect(stored?.statement.totalFen).toBe(preview?.statement.totalFen);
		const base = stored!.statement.lines.find((line) => line.dimension === 'base')!;
		// K2 took 95 s: 7 started steps of 10 s past 30 s cost 14 points.
		expect(base.evidence[0]).toMatchObject({ conversationId: 'K2', note: 'FRT 95 s → 86' });
		expect(
			await loadStatementView(graph, { agentId: 'B1', period: PERIOD, version: 7, timeZone: ZONE })
		).toBeNull();
	});

	it('compares a what-if with the stored run without writing', async () => {
		await approveRun(graph, PERIOD, { timeZone: ZONE, actor: 'test-admin' });
		const before = await graphCounts(graph);
		const active = await loadActivePlan(graph);
		const doubled = { ...active.plan, yearlyPoolFen: active.plan.yearlyPoolFen * 2 };
		const result = await whatIf(graph, PERIOD, doubled, ZONE);
		expect(result.baseline?.version).toBe(1);
		expect(result.diffs).toHaveLength(3);
		expect(result.diffs.reduce((sum, d) => sum + d.deltaFen, 0)).toBe(
			result.poolFen - result.baseline!.poolFen
		);
		expect(await graphCounts(graph)).toEqual(before);
	});
});

describe('bonus plans', () => {
	it('versions every change and audits it', async () => {
		expect((await loadActivePlan(graph)).version).toBe(0);
		await savePlan(graph, { template: 'guaranteedFloating' }, 'test-admin', 'try the floor');
		const second = await savePlan(graph, { yearlyPoolFen: 300_000_000 }, 'test-admin');
		const active = await loadActivePlan(graph);
		expect(active.version).toBe(2);
		expect(active.plan.yearlyPoolFen).toBe(300_000_000);
		expect(second.createdBy).toBe('test-admin');
		const [entry] = await graph.read<{ details: string }>(
			`MATCH (e:AuditEntry {target: 'bonus-plan:v2'}) RETURN e.details AS details`
		);
		expect(JSON.parse(entry.details).changes).toContainEqual({
			path: 'yearlyPoolFen',
			from: 200_000_000,
			to: 300_000_000
		});
	});

	it('rejects an invalid plan and stores nothing', async () => {
		await expect(savePlan(graph, { yearlyPoolFen: 'lots' }, 'test-admin')).rejects.toThrow(
			/yearlyPoolFen/
		);
		expect((await loadActivePlan(graph)).version).toBe(0);
		expect(await auditActions()).toEqual([]);
	});
});

describe('innovation awards', () => {
	it('registers a team award that the next run pays', async () => {
		const award = await addAward(
			graph,
			{ title: '尺码推荐改进', team: '售前咨询组', amountFen: 50_000, registeredAt: shop(11) },
			'test-admin'
		);
		expect(award.awardId).toMatch(/^IA-/);
		const preview = await previewRun(graph, PERIOD, ZONE);
		const paid = preview.result.statements.flatMap((s) =>
			s.lines
				.filter((line) => line.dimension === 'innovation')
				.map((line) => [s.agentId, line.amountFen])
		);
		expect(paid).toEqual([
			['B1', 25_000],
			['B2', 25_000]
		]);
		expect(await auditActions()).toEqual(['bonus.award.add']);
	});

	it.each([
		{
			name: 'no recipient',
			input: { title: 'x', amountFen: 100 },
			message: /exactly one of agentId or team/
		},
		{
			name: 'two recipients',
			input: { title: 'x', agentId: 'B1', team: '售前咨询组', amountFen: 100 },
			message: /exactly one/
		},
		{
			name: 'empty title',
			input: { title: '', agentId: 'B1', amountFen: 100 },
			message: /title is required/
		},
		{
			name: 'negative amount',
			input: { title: 'x', agentId: 'B1', amountFen: -3 },
			message: /amountFen must be more than 0/
		},
		{
			name: 'unknown agent',
			input: { title: 'x', agentId: 'NOPE', amountFen: 100 },
			message: /agent not found: NOPE/
		},
		{
			name: 'unknown team',
			input: { title: 'x', team: '无此组', amountFen: 100 },
			message: /team not found: 无此组/
		}
	])('award with $name is rejected', async ({ input, message }) => {
		await expect(addAward(graph, input, 'test-admin')).rejects.toThrow(message);
		expect(await listAwards(graph)).toEqual([]);
	});

	it('loads the demo awards once', async () => {
		await loadDemoAwards(graph);
		const before = await graphCounts(graph);
		await loadDemoAwards(graph);
		expect(await graphCounts(graph)).toEqual(before);
		expect((await listAwards(graph)).length).toBeGreaterThanOrEqual(4);
	});
});
