/**
 * Time of a monthly bonus run for 2,000 agents and one month of conversations, split into the
 * graph query that gathers the inputs and the pure computation after it.
 *
 * Two baselines are measured in the same run on the same graph. The first is per-agent
 * queries (two reads per agent, for its conversations and its survey answers) against Seam's
 * five set-based reads. The second is a naive computation that scans every conversation and
 * survey answer once per agent, against Seam's single grouping pass. Both computations feed the same allocation, and the bench
 * checks that they give identical statements.
 *
 * The bench writes agents, teams, conversations (a customer message and an agent reply each),
 * survey answers, awards and orders for March 2031, labelled BonusBench, into the test Neo4j
 * (bench/graph.ts), and deletes them at the start and the end.
 *
 * Usage: SEAM_HOME=… SEAM_TEST_BOLT_PORT=… npx tsx bench/bonus.ts [--agents 2000] [--per-agent 30]
 */
import { computeBonusRun, computeBonusRunFromFacts } from '../src/lib/domain/bonus/compute.js';
import type { BonusInputs } from '../src/lib/domain/bonus/inputs.js';
import { agentFacts } from '../src/lib/domain/bonus/metrics.js';
import { monthPeriod } from '../src/lib/domain/bonus/period.js';
import { defaultBonusPlan } from '../src/lib/domain/bonus/plan.js';
import { mulberry32 } from '../src/lib/domain/random.js';
import { gatherBonusInputs } from '../src/lib/server/bonus/gather.js';
import type { Graph } from '../src/lib/server/graph/graph.js';
import { openBenchGraph, report } from './graph.js';

function option(name: string, fallback: number): number {
	const index = process.argv.indexOf(name);
	return index > 0 ? Number(process.argv[index + 1]) || fallback : fallback;
}

const AGENTS = option('--agents', 2000);
const PER_AGENT = option('--per-agent', 30);
const SURVEYS_PER_AGENT = 10;
const TEAMS = 40;
const BATCH = 5000;
const TARGET_MS = 1000;
const ZONE = 'Asia/Shanghai';
const period = monthPeriod('2031-03', ZONE);
const DAY_MS = 86_400_000;

async function clearBench(graph: Graph): Promise<void> {
	await graph.autoCommit(
		`MATCH (n:BonusBench) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`
	);
}

async function writeBatches<T>(graph: Graph, cypher: string, rows: T[]): Promise<void> {
	for (let start = 0; start < rows.length; start += BATCH) {
		await graph.write(cypher, { rows: rows.slice(start, start + BATCH) });
	}
}

/** Builds the month: agents (a few joining or leaving mid-month), conversations, surveys. */
async function buildGraph(graph: Graph): Promise<void> {
	const random = mulberry32(20310301);
	const agents = Array.from({ length: AGENTS }, (_, i) => ({
		id: `BB${String(i).padStart(5, '0')}`,
		team: `bench-team-${i % TEAMS}`,
		joined: i % 50 === 0 ? period.startMs + 10 * DAY_MS : period.startMs - 400 * DAY_MS,
		left: i % 70 === 0 ? period.startMs + 20 * DAY_MS : null
	}));
	await writeBatches(
		graph,
		`UNWIND $rows AS row
		 MERGE (t:Team:BonusBench {name: row.team})
		 CREATE (a:Agent:BonusBench {agentId: row.id, name: row.id,
		   joinedAt: datetime({epochMillis: toInteger(row.joined)}),
		   leftAt: CASE WHEN row.left IS NULL THEN null ELSE datetime({epochMillis: toInteger(row.left)}) END})
		 CREATE (a)-[:MEMBER_OF]->(t)`,
		agents
	);
	const conversations = agents.flatMap((agent, i) =>
		Array.from({ length: PER_AGENT }, (_, j) => {
			const at = period.startMs + Math.floor(random() * 30 * DAY_MS);
			return {
				id: `BBC-${i}-${j}`,
				agent: agent.id,
				at,
				frt: Math.round(5 + random() * random() * 300),
				resolved: random() < 0.9
			};
		})
	);
	await writeBatches(
		graph,
		`UNWIND $rows AS row
		 MATCH (a:Agent {agentId: row.agent})
		 CREATE (c:Conversation:BonusBench {conversationId: row.id,
		   startedAt: datetime({epochMillis: toInteger(row.at)}),
		   firstResponseSeconds: toInteger(row.frt), resolved: row.resolved, botOnly: false})
		 CREATE (a)-[:HANDLED]->(c)
		 CREATE (:Message:BonusBench {messageId: row.id + '-0', seq: 0, sender: 'customer',
		   sentAt: datetime({epochMillis: toInteger(row.at)})})-[:IN]->(c)
		 CREATE (:Message:BonusBench {messageId: row.id + '-1', seq: 1, sender: 'agent',
		   sentAt: datetime({epochMillis: toInteger(row.at + row.frt * 1000)})})-[:IN]->(c)`,
		conversations
	);
	const surveys = agents.flatMap((agent, i) =>
		Array.from({ length: SURVEYS_PER_AGENT }, (_, j) => ({
			id: `BBS-${i}-${j}`,
			agent: agent.id,
			conversation: `BBC-${i}-${j}`,
			score: Math.min(10, Math.floor(random() * 11 + (i % 3))),
			at: period.startMs + Math.floor(random() * 30 * DAY_MS)
		}))
	);
	await writeBatches(
		graph,
		`UNWIND $rows AS row
		 MATCH (a:Agent {agentId: row.agent}), (c:Conversation {conversationId: row.conversation})
		 CREATE (s:Survey:BonusBench {surveyId: row.id, score: toInteger(row.score),
		   answeredAt: datetime({epochMillis: toInteger(row.at)})})
		 CREATE (s)-[:RATES_AGENT]->(a) CREATE (s)-[:RATES]->(c)`,
		surveys
	);
	await graph.write(
		`UNWIND range(0, 19) AS i
		 CREATE (:InnovationAward:BonusBench {awardId: 'BBA-' + i, title: 'bench award ' + i,
		   team: 'bench-team-' + i, amountFen: 100000 + i * 1000,
		   registeredAt: datetime({epochMillis: toInteger($start + i * $day)})})`,
		{ start: period.startMs, day: DAY_MS }
	);
	console.log(
		`Built ${AGENTS} agents, ${conversations.length} conversations, ${surveys.length} answers for ${period.key}`
	);
}

/** Per-agent reads: what a page that loops over agents would do. */
async function gatherPerAgent(graph: Graph, agentIds: string[]): Promise<number> {
	let rows = 0;
	for (const agentId of agentIds) {
		const params = { agentId, startMs: period.startMs, endMs: period.endMs };
		const conversations = await graph.read(
			`MATCH (:Agent {agentId: $agentId})-[:HANDLED]->(c:Conversation)
			 WHERE c.startedAt >= datetime({epochMillis: toInteger($startMs)})
			   AND c.startedAt < datetime({epochMillis: toInteger($endMs)})
			 OPTIONAL MATCH (m:Message)-[:IN]->(c) WHERE m.sender = 'customer'
			 RETURN c.conversationId AS id, min(m.sentAt) AS customerFirstAt,
			        c.firstResponseSeconds AS frt, c.resolved AS resolved`,
			params
		);
		const surveys = await graph.read(
			`MATCH (s:Survey)-[:RATES_AGENT]->(:Agent {agentId: $agentId})
			 WHERE s.answeredAt >= datetime({epochMillis: toInteger($startMs)})
			   AND s.answeredAt < datetime({epochMillis: toInteger($endMs)})
			 RETURN s.surveyId AS id, s.score AS score`,
			params
		);
		rows += conversations.length + surveys.length;
	}
	return rows;
}

/** Computes the run naively: for each agent, scans all conversations and surveys for its own. */
function computeNaively(inputs: BonusInputs) {
	const facts = inputs.agents.map(
		(agent) =>
			agentFacts(
				{
					...inputs,
					agents: [agent],
					conversations: inputs.conversations.filter((c) => c.agentId === agent.agentId),
					surveys: inputs.surveys.filter((s) => s.agentId === agent.agentId)
				},
				defaultBonusPlan
			)[0]
	);
	return computeBonusRunFromFacts(inputs, defaultBonusPlan, facts);
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

async function timeMs<T>(work: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
	const started = performance.now();
	const value = await work();
	return { ms: performance.now() - started, value };
}

const graph = await openBenchGraph();
try {
	await clearBench(graph);
	await buildGraph(graph);
	// The first read warms Neo4j's page cache and query plans; the second is timed.
	await gatherBonusInputs(graph, period);
	const query = await timeMs(() => gatherBonusInputs(graph, period));
	const inputs = query.value;
	const benchIds = inputs.agents.map((a) => a.agentId).filter((id) => id.startsWith('BB'));
	const perAgent = await timeMs(() => gatherPerAgent(graph, benchIds));

	const seamRuns: number[] = [];
	const naiveRuns: number[] = [];
	let seam = computeBonusRun(inputs, defaultBonusPlan);
	let naive = computeNaively(inputs);
	for (let i = 0; i < 5; i++) {
		const fast = await timeMs(() => computeBonusRun(inputs, defaultBonusPlan));
		seamRuns.push(fast.ms);
		seam = fast.value;
	}
	for (let i = 0; i < 3; i++) {
		const slow = await timeMs(() => computeNaively(inputs));
		naiveRuns.push(slow.ms);
		naive = slow.value;
	}
	const same = JSON.stringify(seam.statements) === JSON.stringify(naive.statements);
	if (!same) throw new Error('the naive computation gave different statements from Seam');
	if (seam.totalFen + seam.unallocatedFen !== seam.poolFen) throw new Error('pool not allocated');

	const computeMs = median(seamRuns);
	const naiveMs = median(naiveRuns);
	const row = (label: string, seamValue: number, baselineValue: number) =>
		console.log(
			`${label.padEnd(34)} ${seamValue.toFixed(0).padStart(8)} ms ${baselineValue.toFixed(0).padStart(10)} ms ${(baselineValue / seamValue).toFixed(1).padStart(7)}x`
		);
	console.log(
		`Bonus run for ${inputs.agents.length} agents, ${inputs.conversations.length} conversations, ${inputs.surveys.length} answers`
	);
	console.log(
		`${'step'.padEnd(34)} ${'Seam'.padStart(11)} ${'baseline'.padStart(13)} ${'ratio'.padStart(8)}`
	);
	row('graph query (set-based vs per-agent)', query.ms, perAgent.ms);
	row('computation (grouped vs per-agent scan)', computeMs, naiveMs);
	row('total', query.ms + computeMs, perAgent.ms + naiveMs);
	console.log(`Statements identical: ${same}; pool ${seam.poolFen} fen allocated exactly: true`);
	report({
		name: 'bonus-run-computation',
		value: Math.round(computeMs),
		unit: 'ms',
		baseline: Math.round(naiveMs),
		ratio: Math.round((naiveMs / computeMs) * 10) / 10,
		target: TARGET_MS
	});
} finally {
	await clearBench(graph);
	await graph.close();
}
