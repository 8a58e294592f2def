import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearGraph, openTestGraph } from '../../../test/graph.js';
import { generateDemo } from '../../domain/demo/index.js';
import { reviewPeriod, type ReviewPeriod } from '../../domain/review/period.js';
import { median, netPromoterScore } from '../../domain/review/stats.js';
import { analyseConversations } from '../analysis/conversations.js';
import type { AnalysisContext } from '../analysis/types.js';
import { approveRun } from '../bonus/runs.js';
import { loadDemo } from '../demo/loadDemo.js';
import { writeForecasts } from '../forecast/store.js';
import type { Graph } from '../graph/graph.js';
import { createLogger } from '../log.js';
import { loadSettings } from '../settings.js';
import { loadBonusOutcome } from './bonusOutcome.js';
import { loadEvidence } from './evidence.js';
import { loadReviewFigures } from './figures.js';
import { HISTORY_WEEKS, loadReviewForecasts } from './forecasts.js';
import { loadReview } from './review.js';

const ZONE = 'Asia/Shanghai';
const MINUTE_MS = 60_000;
const logger = createLogger('test');
const { records } = generateDemo({ scale: 'small' });
let graph: Graph;

beforeAll(async () => {
	graph = await openTestGraph();
	await clearGraph(graph);
	await loadDemo(graph, { scale: 'small', logger });
	// The roll-up sets startedAt, endedAt and the first response time. It normally follows
	// message scoring, which needs the sentiment model; the review reads no message scores.
	await graph.write('MATCH (c:Conversation) SET c:PendingAnalysis');
	const context = { graph, logger, settings: loadSettings() } as unknown as AnalysisContext;
	await analyseConversations(context);
}, 180_000);
afterAll(async () => {
	await graph?.close();
});

const inside = (ms: number, period: ReviewPeriod) => ms >= period.startMs && ms < period.endMs;

/** Computes the KPI inputs straight from the generated records, without the graph. */
function expectedFigures(period: ReviewPeriod) {
	const conversations = records.conversation
		.map((record) => {
			const times = record.messages.map((m) => m.sentAt);
			const firstCustomer = record.messages.find((m) => m.sender === 'customer');
			const reply = record.messages.find(
				(m) => m.sender === 'agent' && firstCustomer && m.sentAt >= firstCustomer.sentAt
			);
			return {
				startedAt: Math.min(...times),
				endedAt: Math.max(...times),
				resolved: record.resolved,
				frt:
					firstCustomer && reply ? Math.round((reply.sentAt - firstCustomer.sentAt) / 1000) : null
			};
		})
		.filter((c) => inside(c.startedAt, period));
	const answered = conversations.filter((c) => c.frt !== null);
	const surveys = records.survey.filter((s) => inside(s.answeredAt, period));
	const lines = records.orderLine.filter((line) => inside(line.orderedAt, period));
	const customers = new Set(lines.map((line) => line.customerId));
	const repeat = [...customers].filter((customerId) =>
		records.orderLine.some(
			(line) => line.customerId === customerId && line.orderedAt < period.startMs
		)
	);
	const orders = new Set(lines.map((line) => line.orderId)).size;
	return {
		frtMedian: median(answered.map((c) => c.frt!)),
		resolutionRate:
			conversations.filter((c) => c.resolved).length /
			conversations.filter((c) => c.resolved !== undefined).length,
		nps: netPromoterScore(
			surveys.filter((s) => s.score >= 9).length,
			surveys.filter((s) => s.score <= 6).length,
			surveys.length
		),
		averageHandlingMinutes:
			answered.reduce((sum, c) => sum + c.endedAt - c.startedAt, 0) / answered.length / MINUTE_MS,
		returns: records.return.filter((r) => inside(r.returnedAt, period)).length,
		unitsSold: lines.reduce((sum, line) => sum + line.quantity, 0),
		orders,
		averageOrderFen: lines.reduce((sum, line) => sum + (line.amountFen ?? 0), 0) / orders,
		repurchaseRate: repeat.length / customers.size
	};
}

describe('review KPIs of the demo tenant', () => {
	it.each(['2026-11', '2026-Q3'])('%s matches the generated records', async (key) => {
		const period = reviewPeriod(key, ZONE);
		const expected = expectedFigures(period);
		const review = await loadReview(graph, { periodKey: key, timeZone: ZONE, nowMs: Date.now() });
		const kpi = Object.fromEntries(review.kpis.map((k) => [k.id, k.current]));

		expect(expected.orders).toBeGreaterThan(0);
		expect(kpi.frtMedian).toBe(expected.frtMedian);
		expect(kpi.resolutionRate).toBeCloseTo(expected.resolutionRate, 9);
		expect(kpi.nps).toBeCloseTo(expected.nps!, 9);
		expect(kpi.averageHandlingTime).toBeCloseTo(expected.averageHandlingMinutes, 6);
		expect(kpi.returnRate).toBeCloseTo(expected.returns / expected.unitsSold, 9);
		expect(kpi.repurchaseRate).toBeCloseTo(expected.repurchaseRate, 9);
		expect(kpi.averageOrderValue).toBeCloseTo(expected.averageOrderFen, 6);
	});

	it('opens on the last full month and compares with the month before', async () => {
		const review = await loadReview(graph, { timeZone: ZONE, nowMs: Date.now() });
		expect(review.period.key).toBe('2026-11');
		expect(review.previous.key).toBe('2026-10');
		expect(review.choices.months[0]).toBe('2026-11');
		expect(review.choices.quarters).toContain('2026-Q3');
		expect(review.choices.quarters).not.toContain('2026-Q4');
	});

	it('has no forecasts before a forecast run', async () => {
		const review = await loadReview(graph, { timeZone: ZONE, nowMs: Date.now() });
		expect(review.forecasts).toEqual([]);
	});

	it('lists slow first responses as evidence, slowest first', async () => {
		const period = reviewPeriod('2026-11', ZONE);
		const rows = await loadEvidence(graph, 'frt', period, { limit: 20, frtTargetSeconds: 30 });
		expect(rows.length).toBeGreaterThan(0);
		for (const row of rows) {
			expect(row.value).toBeGreaterThan(30);
			expect(row.href).toBe(`/conversations/${row.id}`);
		}
		expect(rows.map((row) => row.value)).toEqual(
			[...rows.map((row) => row.value)].sort((a, b) => b - a)
		);
	});

	it('counts returns per product like the records', async () => {
		const period = reviewPeriod('2026-11', ZONE);
		const rows = await loadEvidence(graph, 'returns', period, { limit: 500, frtTargetSeconds: 30 });
		const total = rows.reduce((sum, row) => sum + row.value, 0);
		expect(total).toBe(records.return.filter((r) => inside(r.returnedAt, period)).length);
	});
});

describe('escalation breaches in the review', () => {
	const period = reviewPeriod('2026-11', ZONE);
	const at = period.startMs + 24 * 60 * MINUTE_MS;

	beforeAll(async () => {
		await graph.write(
			`UNWIND $rows AS row
			 CREATE (:Escalation {escalationId: row[0], status: row[1],
			   detectedAt: datetime({epochMillis: toInteger(row[2])}),
			   deadlineAt: datetime({epochMillis: toInteger(row[2] + 30 * 60000)})})`,
			{
				rows: [
					['REVIEW-E1', 'breached', at],
					['REVIEW-E2', 'claimed', at],
					['REVIEW-E3', 'open', at],
					// Detected in October: belongs to the previous period.
					['REVIEW-E4', 'breached', period.startMs - MINUTE_MS]
				]
			}
		);
	});

	it.each([
		['before the open one is due', at + 10 * MINUTE_MS, 1],
		['after the open one is due', at + 31 * MINUTE_MS, 2]
	])('counts breaches %s', async (_name, nowMs, breaches) => {
		const figures = await loadReviewFigures(graph, period, nowMs);
		expect(figures.escalations).toBe(3);
		expect(figures.breaches).toBe(breaches);
	});
});

describe('bonus outcomes in the review', () => {
	it('adds up the stored run and names the months without one', async () => {
		const run = await approveRun(graph, '2026-11', { timeZone: ZONE, actor: 'review-test' });
		const outcome = await loadBonusOutcome(graph, ['2026-10', '2026-11']);
		expect(outcome.missing).toEqual(['2026-10']);
		expect(outcome.poolFen).toBe(run.poolFen);
		expect(outcome.paidFen).toBe(run.totalFen);
		expect(outcome.byTeam.reduce((sum, team) => sum + team.paidFen, 0)).toBe(run.totalFen);
		expect(outcome.byDimension.reduce((sum, line) => sum + line.paidFen, 0)).toBe(run.totalFen);
	}, 60_000);

	it('reports every month missing when no run is stored', async () => {
		const outcome = await loadBonusOutcome(graph, ['2025-01']);
		expect(outcome.missing).toEqual(['2025-01']);
		expect(outcome.paidFen).toBe(0);
		expect(outcome.byTeam).toEqual([]);
	});
});

describe('topic forecasts in the review', () => {
	/** Builds a stored forecast with 40 weeks of history whose values are the week numbers. */
	const forecast = (key: string, level: number) => {
		const weeks = Array.from({ length: 40 }, (_, i) =>
			new Date(Date.UTC(2026, 0, 5 + 7 * i)).toISOString().slice(0, 10)
		);
		const forecastWeeks = Array.from({ length: 13 }, (_, i) =>
			new Date(Date.UTC(2026, 9, 12 + 7 * i)).toISOString().slice(0, 10)
		);
		const point = forecastWeeks.map(() => level);
		return {
			seriesId: `topic:${key}`,
			kind: 'topic' as const,
			key,
			nameZh: key,
			nameEn: key,
			weeks,
			values: weeks.map((_, i) => i),
			model: 'ets' as const,
			validated: true,
			forecastWeeks,
			point,
			lower80: point.map((p) => p - 2),
			upper80: point.map((p) => p + 2),
			lower95: point.map((p) => p - 4),
			upper95: point.map((p) => p + 4),
			backtest: [],
			backtestOrigins: 0
		};
	};

	it('adds the recent history and the 95% band to the top forecasts', async () => {
		await writeForecasts(graph, [forecast('size', 50), forecast('fabric', 20)], Date.now());
		const [first, second] = await loadReviewForecasts(graph, 6);
		expect(first.key).toBe('size');
		expect(second.key).toBe('fabric');
		expect(first.weeks).toHaveLength(HISTORY_WEEKS);
		expect(first.values[0]).toBe(40 - HISTORY_WEEKS);
		expect(first.lower95[0]).toBe(46);
		expect(first.upper95[0]).toBe(54);
	});
});
