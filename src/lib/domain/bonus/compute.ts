import { allocateLargestRemainder, splitByShares } from './allocate.js';
import { payAwards } from './awards.js';
import type { BonusInputs } from './inputs.js';
import { agentFacts, type AgentFacts } from './metrics.js';
import { monthlyPoolFen } from './period.js';
import type { BonusPlan } from './plan.js';
import {
	figure,
	yuan,
	type AgentStatement,
	type BonusRunResult,
	type BudgetLine,
	type Dimension,
	type StatementLine
} from './statement.js';

type Lines = Map<string, StatementLine[]>;

interface Split {
	amounts: Map<string, number>;
	weights: Map<string, number>;
	totalWeight: number;
	basis: BudgetLine['basis'];
}

function addLine(lines: Lines, agentId: string, line: StatementLine) {
	lines.get(agentId)?.push(line);
}

function prorationOf(facts: AgentFacts): number {
	return facts.metrics.activeDays / facts.metrics.periodDays;
}

/**
 * Splits a budget among eligible agents by weight; when nobody has a positive weight (no
 * conversations or answers in the period) it falls back to active days, so the budget is
 * still paid out in full.
 */
function splitBudget(
	budgetFen: number,
	eligible: AgentFacts[],
	weightOf: (facts: AgentFacts) => number,
	weightBasis: BudgetLine['basis'] = 'points'
): Split {
	const byPoints = eligible.map((facts) => ({ id: facts.agent.agentId, weight: weightOf(facts) }));
	let claims = byPoints;
	let basis: BudgetLine['basis'] = weightBasis;
	let amounts = allocateLargestRemainder(budgetFen, claims);
	if (amounts === null) {
		claims = eligible.map((facts) => ({
			id: facts.agent.agentId,
			weight: facts.metrics.activeDays
		}));
		basis = 'activeDays';
		amounts = allocateLargestRemainder(budgetFen, claims);
	}
	if (amounts === null)
		return { amounts: new Map(), weights: new Map(), totalWeight: 0, basis: 'none' };
	const weights = new Map(claims.map((claim) => [claim.id, claim.weight]));
	const totalWeight = claims.reduce((sum, claim) => sum + claim.weight, 0);
	return { amounts, weights, totalWeight, basis };
}

function shareFormula(split: Split, agentId: string, budgetFen: number): string {
	const weight = split.weights.get(agentId) ?? 0;
	const amount = split.amounts.get(agentId) ?? 0;
	const by = split.basis === 'activeDays' ? 'active days' : 'weight';
	return `${yuan(budgetFen)} × ${figure(weight)} / ${figure(split.totalWeight)} by ${by} = ${yuan(amount)} (largest remainder)`;
}

function daysText(facts: AgentFacts): string {
	return `${facts.metrics.activeDays}/${facts.metrics.periodDays} days`;
}

function baseLines(lines: Lines, eligible: AgentFacts[], plan: BonusPlan, budgetFen: number) {
	const split = splitBudget(budgetFen, eligible, (f) => f.metrics.basePoints * prorationOf(f));
	for (const facts of eligible) {
		const m = facts.metrics;
		const { frtWeight, resolutionWeight } = plan.base;
		const points = `${frtWeight} × FRT score ${figure(m.frtScore)} + ${resolutionWeight} × resolution ${figure(m.resolutionRate === null ? null : m.resolutionRate * 100)}% = ${figure(m.basePoints)} points`;
		addLine(lines, facts.agent.agentId, {
			dimension: 'base',
			rule: 'base.frtResolution',
			inputs: {
				conversations: m.conversations,
				frtScored: m.frtScored,
				frtScore: m.frtScore,
				meanFrtSeconds: m.meanFrtSeconds,
				frtClock: plan.base.frtClock,
				resolved: m.resolved,
				resolutionRate: m.resolutionRate,
				basePoints: m.basePoints,
				activeDays: m.activeDays,
				periodDays: m.periodDays
			},
			formula: `${points}; × ${daysText(facts)}; ${shareFormula(split, facts.agent.agentId, budgetFen)}`,
			amountFen: split.amounts.get(facts.agent.agentId) ?? 0,
			evidence: [
				...facts.slowest.map((item) => ({
					kind: 'conversation' as const,
					id: item.conversationId,
					conversationId: item.conversationId,
					note: `FRT ${item.scoredSeconds} s → ${item.score}`
				})),
				...facts.unresolved.map((id) => ({
					kind: 'conversation' as const,
					id,
					conversationId: id,
					note: 'unresolved'
				}))
			]
		});
	}
	return split;
}

/** Ranks agents for the top award: enough answers first, then NPS, answers, agent id. */
function topAgents(eligible: AgentFacts[], plan: BonusPlan): AgentFacts[] {
	return eligible
		.filter((facts) => facts.metrics.nps !== null)
		.sort(
			(a, b) =>
				Number(a.metrics.lowConfidence) - Number(b.metrics.lowConfidence) ||
				b.metrics.nps! - a.metrics.nps! ||
				b.metrics.answers - a.metrics.answers ||
				a.agent.agentId.localeCompare(b.agent.agentId)
		)
		.slice(0, plan.rating.topCount);
}

function ratingLines(lines: Lines, eligible: AgentFacts[], plan: BonusPlan, budgetFen: number) {
	const top = topAgents(eligible, plan);
	// Without any rated agent the reserved share has nobody to go to, so it stays general.
	const parts = top.length
		? splitByShares(budgetFen, { general: 1 - plan.rating.topShare, top: plan.rating.topShare })
		: { general: budgetFen, top: 0 };
	const split = splitBudget(
		parts.general,
		eligible,
		(f) => f.metrics.ratingPoints * prorationOf(f)
	);
	for (const facts of eligible) {
		const m = facts.metrics;
		const nps = `NPS = (${m.promoters} − ${m.detractors}) / ${m.answers} × 100 = ${figure(m.nps, 1)}`;
		addLine(lines, facts.agent.agentId, {
			dimension: 'rating',
			rule: m.lowConfidence ? 'rating.npsLowConfidence' : 'rating.nps',
			inputs: {
				answers: m.answers,
				promoters: m.promoters,
				detractors: m.detractors,
				nps: m.nps,
				lowConfidence: m.lowConfidence,
				minAnswers: plan.rating.minAnswers,
				ratingPoints: m.ratingPoints,
				activeDays: m.activeDays
			},
			formula: `${nps}; points = (NPS + 100) / 2 = ${figure(m.ratingPoints)}; × ${daysText(facts)}; ${shareFormula(split, facts.agent.agentId, parts.general)}`,
			amountFen: split.amounts.get(facts.agent.agentId) ?? 0,
			evidence: facts.detractorAnswers.map((survey) => ({
				kind: 'survey' as const,
				id: survey.surveyId,
				conversationId: survey.conversationId,
				note: `score ${survey.score}`
			}))
		});
	}
	const topSplit = allocateLargestRemainder(
		parts.top,
		top.map((facts) => ({ id: facts.agent.agentId, weight: 1 }))
	);
	top.forEach((facts, index) => {
		const amount = topSplit?.get(facts.agent.agentId) ?? 0;
		addLine(lines, facts.agent.agentId, {
			dimension: 'ratingTop',
			rule: 'rating.top',
			inputs: { rank: index + 1, topCount: top.length, nps: facts.metrics.nps },
			formula: `rank ${index + 1} of ${top.length}: ${yuan(parts.top)} / ${top.length} = ${yuan(amount)} (largest remainder)`,
			amountFen: amount,
			evidence: []
		});
	});
	return { split, topBudget: parts.top, topAllocated: top.length ? parts.top : 0 };
}

function awardLines(lines: Lines, payment: ReturnType<typeof payAwards>) {
	for (const share of payment.shares) {
		const { award } = share;
		const target = award.agentId ?? `team ${award.team}`;
		share.recipients.forEach((agentId, index) => {
			const amount = share.sharesFen[index];
			const cut =
				share.paidFen < award.amountFen ? ` (cut to ${yuan(share.paidFen)} to fit the budget)` : '';
			addLine(lines, agentId, {
				dimension: 'innovation',
				rule: award.agentId ? 'innovation.agentAward' : 'innovation.teamAward',
				inputs: {
					awardId: award.awardId,
					title: award.title,
					target,
					amountFen: award.amountFen,
					paidFen: share.paidFen,
					recipients: share.recipients.length,
					payoutAt: share.payoutAt
				},
				formula: `${yuan(award.amountFen)}${cut} / ${share.recipients.length} recipient(s) = ${yuan(amount)}`,
				amountFen: amount,
				evidence: [{ kind: 'award', id: award.awardId, conversationId: null, note: award.title }]
			});
		});
	}
}

function heroLine(lines: Lines, plan: BonusPlan, amountFen: number) {
	const hero = plan.serviceHero!;
	addLine(lines, hero.agentId, {
		dimension: 'hero',
		rule: 'hero.fixed',
		inputs: { amountFen: hero.amountFen, reason: hero.reason },
		formula: `fixed award ${yuan(hero.amountFen)}, paid ${yuan(amountFen)} from the top of the pool`,
		amountFen,
		evidence: []
	});
}

function headcountLines(
	lines: Lines,
	eligible: AgentFacts[],
	budgetFen: number,
	dimension: Dimension
) {
	const split = splitBudget(budgetFen, eligible, (f) => f.metrics.activeDays, 'activeDays');
	for (const facts of eligible) {
		addLine(lines, facts.agent.agentId, {
			dimension,
			rule: 'guaranteed.headcount',
			inputs: { activeDays: facts.metrics.activeDays, periodDays: facts.metrics.periodDays },
			formula: shareFormula(split, facts.agent.agentId, budgetFen),
			amountFen: split.amounts.get(facts.agent.agentId) ?? 0,
			evidence: []
		});
	}
	return split;
}

function kpiPoints(facts: AgentFacts, plan: BonusPlan): number {
	const weights = plan.guaranteedFloating;
	const m = facts.metrics;
	return (
		weights.frtWeight * (m.frtScore ?? 0) +
		weights.resolutionWeight * (m.resolutionRate ?? 0) * 100 +
		weights.ratingWeight * m.ratingPoints
	);
}

function floatingLines(lines: Lines, eligible: AgentFacts[], plan: BonusPlan, budgetFen: number) {
	const split = splitBudget(budgetFen, eligible, (f) => kpiPoints(f, plan) * prorationOf(f));
	const w = plan.guaranteedFloating;
	for (const facts of eligible) {
		const m = facts.metrics;
		const points = kpiPoints(facts, plan);
		addLine(lines, facts.agent.agentId, {
			dimension: 'floating',
			rule: 'floating.kpi',
			inputs: {
				frtScore: m.frtScore,
				resolutionRate: m.resolutionRate,
				ratingPoints: m.ratingPoints,
				kpiPoints: points,
				activeDays: m.activeDays
			},
			formula: `${w.frtWeight} × FRT score ${figure(m.frtScore)} + ${w.resolutionWeight} × resolution ${figure(m.resolutionRate === null ? null : m.resolutionRate * 100)}% + ${w.ratingWeight} × rating points ${figure(m.ratingPoints)} = ${figure(points)}; × ${daysText(facts)}; ${shareFormula(split, facts.agent.agentId, budgetFen)}`,
			amountFen: split.amounts.get(facts.agent.agentId) ?? 0,
			evidence: facts.slowest.map((item) => ({
				kind: 'conversation' as const,
				id: item.conversationId,
				conversationId: item.conversationId,
				note: `FRT ${item.scoredSeconds} s → ${item.score}`
			}))
		});
	}
	return split;
}

function allocated(split: Split): number {
	let sum = 0;
	for (const amount of split.amounts.values()) sum += amount;
	return sum;
}

function replenishmentOf(plan: BonusPlan, revenueFen: number): number {
	const rule = plan.replenishment;
	if (!rule) return 0;
	return Math.floor(rule.revenueShare * Math.max(0, revenueFen - rule.monthlyBaselineFen));
}

/** State the template steps share: the lines and budgets being built and the agents paid. */
interface RunContext {
	inputs: BonusInputs;
	plan: BonusPlan;
	eligible: AgentFacts[];
	lines: Lines;
	budgets: BudgetLine[];
	warnings: string[];
}

function payDueAwards(context: RunContext, budgetFen: number): number {
	const { inputs, plan, lines, budgets, warnings } = context;
	const payment = payAwards(inputs.awards, inputs.agents, inputs.period, plan, budgetFen);
	awardLines(lines, payment);
	for (const skip of payment.skipped) warnings.push(`award ${skip.award.awardId}: ${skip.reason}`);
	budgets.push({
		dimension: 'innovation',
		budgetFen: payment.paidFen,
		allocatedFen: payment.paidFen,
		basis: 'awards'
	});
	return payment.paidFen;
}

/** 40/30/30: awards from the innovation budget, its unused part to base and rating. */
function allocateThreeDimensions(context: RunContext, remaining: number) {
	const { plan, eligible, lines, budgets } = context;
	const shares = plan.threeDimensions;

	const parts = splitByShares(remaining, {
		base: shares.baseShare,
		innovation: shares.innovationShare,
		rating: shares.ratingShare
	});
	const paidFen = payDueAwards(context, parts.innovation);
	// Innovation budget the awards did not use goes to the other two dimensions.
	const spare = splitByShares(parts.innovation - paidFen, {
		base: shares.baseShare,
		rating: shares.ratingShare
	});
	const baseBudget = parts.base + spare.base;
	const ratingBudget = parts.rating + spare.rating;

	const base = baseLines(lines, eligible, plan, baseBudget);
	budgets.push({
		dimension: 'base',
		budgetFen: baseBudget,
		allocatedFen: allocated(base),
		basis: base.basis
	});

	const rating = ratingLines(lines, eligible, plan, ratingBudget);
	budgets.push({
		dimension: 'rating',
		budgetFen: ratingBudget - rating.topBudget,
		allocatedFen: allocated(rating.split),
		basis: rating.split.basis
	});
	budgets.push({
		dimension: 'ratingTop',
		budgetFen: rating.topBudget,
		allocatedFen: rating.topAllocated,
		basis: rating.topAllocated ? 'points' : 'none'
	});
}

/** Guaranteed plus floating: awards off the top, then the guaranteed and floating parts. */
function allocateGuaranteedFloating(context: RunContext, remaining: number) {
	const { plan, eligible, lines, budgets } = context;
	const paidFen = payDueAwards(context, remaining);
	const parts = splitByShares(remaining - paidFen, {
		guaranteed: plan.guaranteedFloating.guaranteedShare,
		floating: plan.guaranteedFloating.floatingShare
	});
	const guaranteed = headcountLines(lines, eligible, parts.guaranteed, 'guaranteed');
	budgets.push({
		dimension: 'guaranteed',
		budgetFen: parts.guaranteed,
		allocatedFen: allocated(guaranteed),
		basis: guaranteed.basis
	});
	const floating = floatingLines(lines, eligible, plan, parts.floating);
	budgets.push({
		dimension: 'floating',
		budgetFen: parts.floating,
		allocatedFen: allocated(floating),
		basis: floating.basis
	});
}

/**
 * Computes a bonus run. The period's pool is a twelfth of the yearly pool, topped up by the
 * replenishment rule. The service hero's fixed award comes off the top, then the template's
 * dimensions are each split exactly among the agents active in the period. The function is
 * pure, so the same inputs and plan always give the same statements.
 */
export function computeBonusRun(inputs: BonusInputs, plan: BonusPlan): BonusRunResult {
	return computeBonusRunFromFacts(inputs, plan, agentFacts(inputs, plan));
}

/** Computes a run from KPIs already worked out per agent (see `agentFacts`). */
export function computeBonusRunFromFacts(
	inputs: BonusInputs,
	plan: BonusPlan,
	facts: AgentFacts[]
): BonusRunResult {
	const { period } = inputs;
	const monthly = monthlyPoolFen(plan.yearlyPoolFen, period.month);
	const replenishmentFen = replenishmentOf(plan, inputs.revenueFen);
	const poolFen = monthly + replenishmentFen;
	const warnings: string[] = [];
	if (inputs.conversations.length === 0) {
		warnings.push(
			'no conversations in this period: budgets without points are split by active days; check the period before approving'
		);
	}
	const eligible = facts.filter((f) => f.metrics.activeDays > 0);
	const lines: Lines = new Map(facts.map((f) => [f.agent.agentId, []]));
	const budgets: BudgetLine[] = [];

	let remaining = poolFen;
	const hero = plan.serviceHero;
	if (hero && hero.amountFen > 0) {
		if (lines.has(hero.agentId)) {
			const amount = Math.min(hero.amountFen, remaining);
			heroLine(lines, plan, amount);
			budgets.push({ dimension: 'hero', budgetFen: amount, allocatedFen: amount, basis: 'fixed' });
			remaining -= amount;
		} else {
			warnings.push(`service hero ${hero.agentId} is not an agent of this period; not paid`);
		}
	}

	const context: RunContext = { inputs, plan, eligible, lines, budgets, warnings };
	if (plan.template === 'threeDimensions') allocateThreeDimensions(context, remaining);
	else allocateGuaranteedFloating(context, remaining);

	const statements: AgentStatement[] = facts.map((f) => {
		const agentLines = lines.get(f.agent.agentId) ?? [];
		return {
			agentId: f.agent.agentId,
			name: f.agent.name,
			team: f.agent.team,
			metrics: f.metrics,
			lines: agentLines,
			totalFen: agentLines.reduce((sum, line) => sum + line.amountFen, 0)
		};
	});
	const totalFen = statements.reduce((sum, statement) => sum + statement.totalFen, 0);
	return {
		periodKey: period.key,
		template: plan.template,
		poolFen,
		monthlyPoolFen: monthly,
		replenishmentFen,
		revenueFen: inputs.revenueFen,
		budgets,
		statements,
		totalFen,
		unallocatedFen: poolFen - totalFen,
		warnings
	};
}
