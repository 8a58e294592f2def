import { businessSeconds, frtScore, netPromoterScore } from './frt.js';
import type { AgentInput, BonusInputs, ConversationInput, SurveyInput } from './inputs.js';
import { activeDays } from './period.js';
import type { BonusPlan } from './plan.js';

/** Conversations and answers listed as the evidence behind a line. */
export const EVIDENCE_LIMIT = 10;

export interface ScoredConversation {
	conversationId: string;
	calendarSeconds: number;
	businessSeconds: number | null;
	/** The value the plan scores (calendar or business-hours seconds). */
	scoredSeconds: number;
	score: number;
}

/** An agent's KPIs for the period, the inputs of every dimension. */
export interface AgentMetrics {
	activeDays: number;
	periodDays: number;
	/** Conversations handled in the period in which a person replied (bot-only ones excluded). */
	conversations: number;
	frtScored: number;
	/** Mean FRT score, 0–100, or null without a scored conversation. */
	frtScore: number | null;
	meanFrtSeconds: number | null;
	resolved: number;
	/** Resolved share of the conversations with a known outcome, 0–1. */
	resolutionRate: number | null;
	/** frtWeight × FRT score + resolutionWeight × resolution rate × 100. */
	basePoints: number;
	answers: number;
	promoters: number;
	detractors: number;
	nps: number | null;
	/** Fewer answers than the plan's minimum: the NPS is shown but flagged. */
	lowConfidence: boolean;
	/** (NPS + 100) / 2, so −100 gives 0 points and 100 gives 100; 0 without answers. */
	ratingPoints: number;
}

export interface AgentFacts {
	agent: AgentInput;
	metrics: AgentMetrics;
	/** Slowest first responses that cost points, slowest first. */
	slowest: ScoredConversation[];
	unresolved: string[];
	detractorAnswers: SurveyInput[];
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const id = key(item);
		const group = groups.get(id);
		if (group) group.push(item);
		else groups.set(id, [item]);
	}
	return groups;
}

function scoreConversation(
	conversation: ConversationInput,
	plan: BonusPlan,
	offsetMs: number
): ScoredConversation | null {
	const calendar = conversation.firstResponseSeconds;
	if (calendar === null) return null;
	const business =
		conversation.customerFirstAt === null
			? null
			: businessSeconds(
					conversation.customerFirstAt,
					conversation.customerFirstAt + calendar * 1000,
					plan.base.businessHours,
					offsetMs
				);
	const scored = plan.base.frtClock === 'businessHours' ? (business ?? calendar) : calendar;
	return {
		conversationId: conversation.conversationId,
		calendarSeconds: calendar,
		businessSeconds: business,
		scoredSeconds: scored,
		score: frtScore(scored, plan.base)
	};
}

function slowestCostly(scored: ScoredConversation[]): ScoredConversation[] {
	return scored
		.filter((item) => item.score < 100)
		.sort(
			(a, b) =>
				b.scoredSeconds - a.scoredSeconds || a.conversationId.localeCompare(b.conversationId)
		)
		.slice(0, EVIDENCE_LIMIT);
}

function baseFacts(conversations: ConversationInput[], plan: BonusPlan, offsetMs: number) {
	const handled = conversations.filter((conversation) => !conversation.botOnly);
	const scored = handled
		.map((conversation) => scoreConversation(conversation, plan, offsetMs))
		.filter((item): item is ScoredConversation => item !== null);
	const known = handled.filter((conversation) => conversation.resolved !== null);
	const resolved = known.filter((conversation) => conversation.resolved).length;
	const mean = (values: number[]) =>
		values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null;
	const score = mean(scored.map((item) => item.score));
	const resolutionRate = known.length ? resolved / known.length : null;
	const basePoints =
		plan.base.frtWeight * (score ?? 0) + plan.base.resolutionWeight * (resolutionRate ?? 0) * 100;
	return {
		conversations: handled.length,
		frtScored: scored.length,
		frtScore: score,
		meanFrtSeconds: mean(scored.map((item) => item.scoredSeconds)),
		resolved,
		resolutionRate,
		basePoints,
		slowest: slowestCostly(scored),
		unresolved: known
			.filter((conversation) => conversation.resolved === false)
			.map((conversation) => conversation.conversationId)
			.sort()
			.slice(0, EVIDENCE_LIMIT)
	};
}

function ratingFacts(surveys: SurveyInput[], plan: BonusPlan) {
	const scores = surveys.map((survey) => survey.score);
	const nps = netPromoterScore(scores, plan.rating);
	const detractorAnswers = surveys
		.filter((survey) => survey.score <= plan.rating.detractorMax)
		.sort((a, b) => a.score - b.score || a.surveyId.localeCompare(b.surveyId));
	return {
		answers: surveys.length,
		promoters: scores.filter((score) => score >= plan.rating.promoterMin).length,
		detractors: detractorAnswers.length,
		nps,
		lowConfidence: surveys.length < plan.rating.minAnswers,
		ratingPoints: nps === null ? 0 : (nps + 100) / 2,
		detractorAnswers: detractorAnswers.slice(0, EVIDENCE_LIMIT)
	};
}

/**
 * Works out every agent's KPIs in one pass over the conversations and answers (grouped by
 * agent first, so the cost grows with the number of rows, not agents × rows).
 */
export function agentFacts(inputs: BonusInputs, plan: BonusPlan): AgentFacts[] {
	const { period } = inputs;
	const conversations = groupBy(inputs.conversations, (conversation) => conversation.agentId);
	const surveys = groupBy(inputs.surveys, (survey) => survey.agentId);
	return inputs.agents.map((agent) => {
		const base = baseFacts(conversations.get(agent.agentId) ?? [], plan, period.offsetMs);
		const rating = ratingFacts(surveys.get(agent.agentId) ?? [], plan);
		const { slowest, unresolved, ...baseMetrics } = base;
		const { detractorAnswers, ...ratingMetrics } = rating;
		return {
			agent,
			metrics: {
				activeDays: activeDays(agent.joinedAt, agent.leftAt, period),
				periodDays: period.days,
				...baseMetrics,
				...ratingMetrics
			},
			slowest,
			unresolved,
			detractorAnswers
		};
	});
}
