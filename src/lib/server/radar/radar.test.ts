import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearGraph, openTestGraph } from '../../../test/graph.js';
import type { SessionUser } from '../auth/sessions.js';
import type { Graph } from '../graph/graph.js';
import { radarReport, type RadarReport } from './report.js';
import { radarScope } from './scope.js';

const ZONE = 'Asia/Shanghai';
/** 2026-11-10 12:00 and 2026-10-10 12:00 shop time. */
const NOVEMBER = Date.UTC(2026, 10, 10, 4);
const OCTOBER = Date.UTC(2026, 9, 10, 4);
let graph: Graph;

type Turn = [sender: 'customer' | 'agent', by: string | null, negative: number, quality?: number];

async function conversation(
	id: string,
	startMs: number,
	fields: { resolved: boolean; firstResponseSeconds: number; handledBy: string[] },
	turns: Turn[]
) {
	await graph.write(
		`CREATE (c:Conversation {conversationId: $id, startedAt: datetime({epochMillis: toInteger($startMs)}),
		   resolved: $resolved, firstResponseSeconds: $frt})
		 WITH c
		 UNWIND $handledBy AS agentId
		 MATCH (a:Agent {agentId: agentId})
		 CREATE (a)-[:HANDLED]->(c)`,
		{
			id,
			startMs,
			resolved: fields.resolved,
			frt: fields.firstResponseSeconds,
			handledBy: fields.handledBy
		}
	);
	await graph.write(
		`MATCH (c:Conversation {conversationId: $id})
		 UNWIND range(0, size($turns) - 1) AS seq
		 WITH c, seq, $turns[seq] AS turn
		 CREATE (m:Message {messageId: $id + '-' + seq, seq: seq, sender: turn.sender,
		   sentAt: datetime({epochMillis: toInteger($startMs + seq * 30000)}), negative: turn.negative,
		   replyQuality: turn.quality})-[:IN]->(c)
		 WITH m, turn WHERE turn.by IS NOT NULL
		 MATCH (a:Agent {agentId: turn.by})
		 CREATE (a)-[:SENT]->(m)`,
		{
			id,
			startMs,
			turns: turns.map(([sender, by, negative, quality]) => ({
				sender,
				by,
				negative,
				quality: quality ?? null
			}))
		}
	);
}

async function survey(agentId: string, score: number, atMs: number) {
	await graph.write(
		`MATCH (a:Agent {agentId: $agentId})
		 CREATE (:Survey {surveyId: randomUUID(), score: $score,
		   answeredAt: datetime({epochMillis: toInteger($atMs)})})-[:RATES_AGENT]->(a)`,
		{ agentId, score, atMs }
	);
}

beforeAll(async () => {
	graph = await openTestGraph();
	await clearGraph(graph);
	await graph.write(
		`UNWIND [['A1', 'T1'], ['A2', 'T1'], ['B1', 'T2']] AS pair
		 MERGE (t:Team {name: pair[1]})
		 CREATE (:Agent {agentId: pair[0], name: 'Agent ' + pair[0]})-[:MEMBER_OF]->(t)
		 WITH count(*) AS created
		 CREATE (:FaqQuestion {faqId: 'F1'})`
	);
	await conversation(
		'C1',
		NOVEMBER,
		{ resolved: true, firstResponseSeconds: 40, handledBy: ['A1'] },
		[
			['customer', null, 0.9],
			['agent', 'A1', 0.1, 0.6],
			['customer', null, 0.2],
			['agent', 'A1', 0.1, 0.8]
		]
	);
	await graph.write(
		`MATCH (m:Message {messageId: 'C1-0'}), (f:FaqQuestion {faqId: 'F1'}) CREATE (m)-[:MATCHED {score: 0.9}]->(f)`
	);
	await conversation(
		'C2',
		NOVEMBER + 3_600_000,
		{ resolved: false, firstResponseSeconds: 20, handledBy: ['A1', 'A2'] },
		[
			['customer', null, 0.3],
			['agent', 'A1', 0.2, 0.4],
			['customer', null, 0.7],
			['agent', 'A2', 0.2, 0.5]
		]
	);
	await conversation(
		'C3',
		NOVEMBER,
		{ resolved: true, firstResponseSeconds: 100, handledBy: ['B1'] },
		[
			['customer', null, 0.5],
			['agent', 'B1', 0.1, 0.9]
		]
	);
	await graph.write(
		`MATCH (c:Conversation {conversationId: 'C3'}), (f:FaqQuestion {faqId: 'F1'}) CREATE (c)-[:USED_FAQ]->(f)`
	);
	await conversation(
		'C4',
		OCTOBER,
		{ resolved: false, firstResponseSeconds: 600, handledBy: ['A1'] },
		[
			['customer', null, 0.2],
			['agent', 'A1', 0.9, 0.1]
		]
	);
	for (const score of [10, 9, 3]) await survey('A1', score, NOVEMBER);
	await survey('A1', 0, OCTOBER);
	await survey('B1', 7, NOVEMBER);
});

afterAll(async () => {
	await clearGraph(graph);
	await graph?.close();
});

function user(role: SessionUser['role'], agentId: string | null = null): SessionUser {
	return { userId: `u-${role}`, username: role, role, agentId };
}

async function report(scope: Awaited<ReturnType<typeof radarScope>>, agentId?: string) {
	if (typeof scope === 'string') throw new Error(`no scope: ${scope}`);
	const result = await radarReport(graph, scope, { periodKey: '2026-11', agentId, timeZone: ZONE });
	if ('failure' in result) throw new Error(`report failed for ${result.agentId}`);
	return result;
}

const scoresOf = (result: RadarReport, agentId: string) =>
	result.agents.find((agent) => agent.agentId === agentId)?.scores;

describe('radarReport', () => {
	it('scores every axis of an agent from the period only', async () => {
		const result = await report({ kind: 'all' });
		const a1 = scoresOf(result, 'A1')!;
		expect(a1.professionalism).toBeCloseTo(60, 6);
		expect(a1.empathy).toBe(50);
		expect(a1.resolution).toBe(50);
		expect(a1.responsiveness).toBe(99);
		expect(a1.knowledgeUse).toBe(50);
		expect(a1.customerRating).toBeCloseTo(66.667, 2);
	});

	it('credits first response only to the first replier', async () => {
		const a2 = scoresOf(await report({ kind: 'all' }), 'A2')!;
		expect(a2.responsiveness).toBeNull();
		expect(a2.resolution).toBe(0);
		expect(a2.professionalism).toBeCloseTo(50, 6);
		expect(a2.customerRating).toBeNull();
	});

	it('counts a used FAQ as knowledge use', async () => {
		expect(scoresOf(await report({ kind: 'all' }), 'B1')!.knowledgeUse).toBe(100);
	});

	it('pools team radars from the members counts', async () => {
		const result = await report({ kind: 'all' });
		const t1 = result.teams.find((team) => team.team === 'T1')!;
		expect(result.teams.map((team) => team.team)).toEqual(['T1', 'T2']);
		expect(t1.members).toBe(2);
		expect(t1.handled).toBe(3);
		expect(t1.scores.resolution).toBeCloseTo(100 / 3, 6);
		expect(t1.scores.professionalism).toBeCloseTo(57.5, 6);
	});

	it('takes the month of the latest conversation by default', async () => {
		const scope = await radarScope(graph, user('leader'));
		if (typeof scope === 'string') throw new Error(scope);
		const result = await radarReport(graph, scope, { timeZone: ZONE });
		if ('failure' in result) throw new Error('unexpected failure');
		expect(result.period.key).toBe('2026-11');
		expect(result.periodChoices).toEqual(['2026-11', '2026-10', '2026']);
	});
});

describe('radar scope', () => {
	it.each([
		['designer', null, 'roleDenied'],
		['agent', null, 'agentNotLinked'],
		['agent', 'A2', { kind: 'agent', agentId: 'A2' }],
		['senior', 'B1', { kind: 'team', team: 'T2' }],
		['senior', null, { kind: 'all' }],
		['leader', null, { kind: 'all' }],
		['admin', null, { kind: 'all' }]
	] as const)('%s linked to %s gets %j', async (role, agentId, expected) => {
		expect(await radarScope(graph, user(role, agentId))).toEqual(expected);
	});

	it('rejects a request without a user', async () => {
		expect(await radarScope(graph, null)).toBe('notSignedIn');
	});

	it('shows an agent only their own radar with their team average', async () => {
		const result = await report(await radarScope(graph, user('agent', 'A2')));
		expect(result.agents.map((agent) => agent.agentId)).toEqual(['A2']);
		expect(result.selected?.agentId).toBe('A2');
		expect(result.teams.map((team) => [team.team, team.handled])).toEqual([['T1', 3]]);
	});

	it('refuses another agent to an agent', async () => {
		const scope = await radarScope(graph, user('agent', 'A2'));
		if (typeof scope === 'string') throw new Error(scope);
		const result = await radarReport(graph, scope, {
			periodKey: '2026-11',
			agentId: 'A1',
			timeZone: ZONE
		});
		expect(result).toEqual({ failure: 'agentNotVisible', agentId: 'A1' });
	});

	it('shows a team senior only their team', async () => {
		const result = await report(await radarScope(graph, user('senior', 'B1')));
		expect(result.agents.map((agent) => agent.agentId)).toEqual(['B1']);
		expect(result.teams.map((team) => team.team)).toEqual(['T2']);
	});
});
