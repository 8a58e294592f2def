import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeBonusRun } from './compute.js';
import type {
	AgentInput,
	AwardInput,
	BonusInputs,
	ConversationInput,
	SurveyInput
} from './inputs.js';
import { monthPeriod } from './period.js';
import { parseBonusPlan, type BonusPlan } from './plan.js';
import type { BonusRunResult } from './statement.js';

const ZONE = 'Asia/Shanghai';
const november = monthPeriod('2026-11', ZONE);
const shop = (day: number, hour = 12) => Date.UTC(2026, 10, day, hour) - 8 * 3_600_000;

function agent(agentId: string, team: string, joinedAt: number | null = null): AgentInput {
	return { agentId, name: `Agent ${agentId}`, team, joinedAt, leftAt: null };
}

let conversationCount = 0;
function conversation(agentId: string, seconds: number, resolved: boolean): ConversationInput {
	conversationCount += 1;
	return {
		conversationId: `C${conversationCount}`,
		agentId,
		customerFirstAt: shop(20),
		firstResponseSeconds: seconds,
		resolved,
		botOnly: false
	};
}

function answers(agentId: string, scores: number[]): SurveyInput[] {
	return scores.map((score, i) => ({
		surveyId: `S-${agentId}-${i}`,
		agentId,
		conversationId: null,
		score,
		answeredAt: shop(21)
	}));
}

function amountsOf(result: BonusRunResult, agentId: string) {
	const statement = result.statements.find((s) => s.agentId === agentId)!;
	const by: Record<string, number> = {};
	for (const line of statement.lines)
		by[line.dimension] = (by[line.dimension] ?? 0) + line.amountFen;
	return { ...by, total: statement.totalFen } as Record<string, number>;
}

describe('worked example', () => {
	// ¥12,000 a year, so November's pool is 1,200,000 / 12 = 100,000 fen (¥1,000).
	const plan = parseBonusPlan({
		yearlyPoolFen: 1_200_000,
		rating: { minAnswers: 3, topCount: 1, topShare: 0.2 }
	});
	const inputs: BonusInputs = {
		period: november,
		agents: [
			agent('A1', 'T1'),
			agent('A2', 'T2'),
			agent('A3', 'T2'),
			// Joins 16 November 09:00: active on days 16–30, 15 of 30.
			agent('A4', 'T1', shop(16, 9))
		],
		conversations: [
			conversation('A1', 20, true),
			conversation('A1', 41, true),
			conversation('A2', 30, true),
			conversation('A2', 600, false),
			conversation('A3', 31, true),
			conversation('A4', 40, false)
		],
		surveys: [
			...answers('A1', [10, 10, 10, 3]),
			...answers('A2', [10, 10]),
			...answers('A3', [9, 5])
		],
		awards: [
			// Wednesday 4 November: paid on Monday 9 November.
			{
				awardId: 'W1',
				title: 'idea',
				agentId: 'A2',
				team: null,
				amountFen: 10_000,
				registeredAt: shop(4)
			},
			// Friday 27 November: paid Monday 30 November to T1's members active then, A1 and A4.
			{
				awardId: 'W2',
				title: 'team idea',
				agentId: null,
				team: 'T1',
				amountFen: 6_001,
				registeredAt: shop(27)
			},
			// Monday 30 November: paid a week later, in December.
			{
				awardId: 'W3',
				title: 'late',
				agentId: 'A3',
				team: null,
				amountFen: 5_000,
				registeredAt: shop(30)
			}
		],
		revenueFen: 0
	};
	const result = computeBonusRun(inputs, plan);

	it('splits the pool into the dimension budgets', () => {
		// 40/30/30 of 100,000: base 40,000, innovation 30,000, rating 30,000.
		// Awards due: W1 10,000 + W2 6,001 = 16,001; spare 13,999 goes 4:3 to base and rating:
		// 7,999.43 and 5,999.57, floors 7,999 + 5,999, the leftover fen to rating (0.57 > 0.43).
		// Base 47,999; rating 36,000, of which 20% (7,200) is the top agents' share.
		const budgets = Object.fromEntries(result.budgets.map((b) => [b.dimension, b.budgetFen]));
		expect(result.poolFen).toBe(100_000);
		expect(budgets).toEqual({ innovation: 16_001, base: 47_999, rating: 28_800, ratingTop: 7_200 });
	});

	it('computes base points from FRT and resolution', () => {
		// A1: FRT 20 s → 100, 41 s → 96, mean 98; resolved 2/2. 0.7×98 + 0.3×100 = 98.6.
		// A2: 30 s → 100, 600 s → 0, mean 50; resolved 1/2. 0.7×50 + 0.3×50 = 50.
		// A3: 31 s → 98; resolved 1/1. 98.6.  A4: 40 s → 98; resolved 0/1: 68.6, × 15/30 = 34.3.
		const points = result.statements.map((s) => s.metrics.basePoints);
		expect(points.map((p) => Math.round(p * 100) / 100)).toEqual([98.6, 50, 98.6, 68.6]);
		expect(result.statements[3].metrics.activeDays).toBe(15);
	});

	it('pays each agent the hand-computed amounts', () => {
		// Base 47,999 over weights 98.6 + 50 + 98.6 + 34.3 = 281.5:
		//   quotas 16,812.44, 8,525.58, 16,812.44, 5,848.55 → floors sum 47,997;
		//   two fen left go to the largest remainders, A2 (0.58) and A4 (0.55).
		// Rating general 28,800 over points (NPS+100)/2: A1 NPS (3−1)/4 = 50 → 75, A2 100 → 100,
		//   A3 (1−1)/2 = 0 → 50, A4 no answers → 0; total 225: 9,600, 12,800, 6,400, 0.
		// Top 1: A1 (A2 has a higher NPS but only 2 answers, fewer than 3): 7,200.
		// Awards: W1 10,000 to A2; W2 6,001 / 2 → A1 3,001 (tie by id), A4 3,000.
		expect(amountsOf(result, 'A1')).toEqual({
			base: 16_812,
			rating: 9_600,
			ratingTop: 7_200,
			innovation: 3_001,
			total: 36_613
		});
		expect(amountsOf(result, 'A2')).toEqual({
			base: 8_526,
			rating: 12_800,
			innovation: 10_000,
			total: 31_326
		});
		expect(amountsOf(result, 'A3')).toEqual({ base: 16_812, rating: 6_400, total: 23_212 });
		expect(amountsOf(result, 'A4')).toEqual({
			base: 5_849,
			rating: 0,
			innovation: 3_000,
			total: 8_849
		});
		expect(result.totalFen).toBe(100_000);
		expect(result.unallocatedFen).toBe(0);
	});

	it('flags low-confidence ratings', () => {
		expect(result.statements.map((s) => s.metrics.lowConfidence)).toEqual([
			false,
			true,
			true,
			true
		]);
	});

	it('links the slowest costly responses', () => {
		const a2 = result.statements[1].lines.find((line) => line.dimension === 'base')!;
		expect(a2.evidence.map((e) => `${e.id} ${e.note}`)).toEqual([
			'C4 FRT 600 s → 0',
			'C4 unresolved'
		]);
	});

	it('takes the service hero off the top', () => {
		const withHero = parseBonusPlan({ ...plan, serviceHero: { agentId: 'A3', amountFen: 20_000 } });
		const heroRun = computeBonusRun(inputs, withHero);
		expect(amountsOf(heroRun, 'A3').hero).toBe(20_000);
		expect(heroRun.budgets.find((b) => b.dimension === 'base')!.budgetFen).toBeLessThan(47_999);
		expect(heroRun.totalFen).toBe(100_000);
	});

	it('warns when the period has no conversations', () => {
		expect(computeBonusRun(inputs, plan).warnings.join(' ')).not.toMatch(/no conversations/);
		const empty = computeBonusRun({ ...inputs, conversations: [], surveys: [] }, plan);
		expect(empty.warnings.join(' ')).toMatch(/no conversations in this period/);
	});

	it('tops the pool up from revenue', () => {
		const topped = parseBonusPlan({
			...plan,
			replenishment: { revenueShare: 0.01, monthlyBaselineFen: 1_000_000 }
		});
		// 1% of (3,000,000 − 1,000,000) = 20,000 fen on top of 100,000.
		const run = computeBonusRun({ ...inputs, revenueFen: 3_000_000 }, topped);
		expect(run.replenishmentFen).toBe(20_000);
		expect(run.totalFen).toBe(120_000);
	});
});

const agentArbitrary = fc.record({
	joinedDay: fc.option(fc.integer({ min: -40, max: 35 })),
	leftDay: fc.option(fc.integer({ min: -5, max: 40 })),
	team: fc.constantFrom('T1', 'T2', 'T3'),
	conversations: fc.array(
		fc.record({
			seconds: fc.option(fc.integer({ min: 0, max: 4000 })),
			resolved: fc.option(fc.boolean()),
			botOnly: fc.boolean()
		}),
		{ maxLength: 6 }
	),
	scores: fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 6 })
});

const planArbitrary = fc
	.record({
		template: fc.constantFrom('threeDimensions', 'guaranteedFloating'),
		yearlyPoolFen: fc.integer({ min: 0, max: 10_000_000_000 }),
		split: fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 })),
		frtWeight: fc.constantFrom(0, 0.3, 0.7, 1),
		topCount: fc.integer({ min: 0, max: 5 }),
		topShare: fc.constantFrom(0, 0.2, 0.5, 1),
		heroFen: fc.option(fc.integer({ min: 0, max: 100_000_000 })),
		payout: fc.constantFrom('weekly', 'monthly')
	})
	.map((p): BonusPlan => {
		const [a, b] = p.split;
		const base = a / 20;
		const innovation = b / 20;
		return parseBonusPlan({
			template: p.template,
			yearlyPoolFen: p.yearlyPoolFen,
			threeDimensions: {
				baseShare: base,
				innovationShare: innovation,
				ratingShare: 1 - base - innovation
			},
			base: { frtWeight: p.frtWeight, resolutionWeight: 1 - p.frtWeight },
			rating: { topCount: p.topCount, topShare: p.topShare },
			innovation: { payout: p.payout },
			serviceHero: p.heroFen === null ? null : { agentId: 'A0', amountFen: p.heroFen }
		});
	});

type AgentSpec = typeof agentArbitrary extends fc.Arbitrary<infer T> ? T : never;

function randomInputs(specs: AgentSpec[], awardFens: number[]): BonusInputs {
	const day = (n: number) => november.startMs + n * 86_400_000;
	const agents = specs.map((spec, i) => ({
		agentId: `A${i}`,
		name: `A${i}`,
		team: spec.team,
		joinedAt: spec.joinedDay === null ? null : day(spec.joinedDay),
		leftAt: spec.leftDay === null ? null : day(spec.leftDay)
	}));
	return {
		period: november,
		agents,
		conversations: specs.flatMap((spec, i) =>
			spec.conversations.map((c, j) => ({
				conversationId: `C${i}-${j}`,
				agentId: `A${i}`,
				customerFirstAt: day(3) + j * 3_600_000,
				firstResponseSeconds: c.seconds,
				resolved: c.resolved,
				botOnly: c.botOnly
			}))
		),
		surveys: specs.flatMap((spec, i) => answers(`A${i}`, spec.scores)),
		awards: awardFens.map((amountFen, k): AwardInput => ({
			awardId: `W${k}`,
			title: 'award',
			agentId: k % 2 ? `A${k % specs.length}` : null,
			team: k % 2 ? null : 'T1',
			amountFen,
			registeredAt: day(k * 4 - 3)
		})),
		revenueFen: 0
	};
}

describe('computeBonusRun properties', () => {
	it('allocates every budget exactly and never negative', () => {
		fc.assert(
			fc.property(
				planArbitrary,
				fc.array(agentArbitrary, { minLength: 1, maxLength: 25 }),
				fc.array(fc.integer({ min: 0, max: 50_000_000 }), { maxLength: 6 }),
				(plan, specs, awardFens) => {
					const result = computeBonusRun(randomInputs(specs, awardFens), plan);
					const anyoneActive = result.statements.some((s) => s.metrics.activeDays > 0);
					for (const budget of result.budgets) {
						expect(budget.budgetFen).toBeGreaterThanOrEqual(0);
						if (anyoneActive) expect(budget.allocatedFen).toBe(budget.budgetFen);
					}
					const budgetTotal = result.budgets.reduce((sum, b) => sum + b.budgetFen, 0);
					expect(budgetTotal).toBe(result.poolFen);
					for (const statement of result.statements) {
						for (const line of statement.lines) {
							expect(Number.isSafeInteger(line.amountFen)).toBe(true);
							expect(line.amountFen).toBeGreaterThanOrEqual(0);
						}
					}
					expect(result.totalFen + result.unallocatedFen).toBe(result.poolFen);
					if (anyoneActive) expect(result.unallocatedFen).toBe(0);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('gives the same result for the same inputs', () => {
		fc.assert(
			fc.property(
				planArbitrary,
				fc.array(agentArbitrary, { minLength: 1, maxLength: 10 }),
				(plan, specs) => {
					const inputs = randomInputs(specs, [1_000, 2_001]);
					expect(computeBonusRun(inputs, plan)).toEqual(computeBonusRun(inputs, plan));
				}
			),
			{ numRuns: 50 }
		);
	});
});
