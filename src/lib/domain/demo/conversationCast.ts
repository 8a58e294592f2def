import { TEAMS, isActive, type AgentSim, type Team } from './agents';
import { DAY_MS } from './clock';
import type { ConversationPlan } from './conversationPlan';
import type { LineContext } from './dialogueLines';
import { SIZE_OFF, fitPhrases } from './fitPhrases';
import type { Random } from './random';
import { SIZES, chartSize, sizeIndex, type Size } from './sizing';
import { CASE_TEAMS } from './topics';

/**
 * Fills in who and what a conversation talks about: the values its templates use, the
 * agent it is routed to, and the senior who would take it over.
 */

/** Juniors take most of the queue; leads mostly supervise. */
const QUEUE_WEIGHTS = { junior: 1.2, senior: 1, lead: 0.4 };

function neighbourSize(size: Size, step: number): Size {
	return SIZES[Math.min(SIZES.length - 1, Math.max(0, sizeIndex(size) + step))];
}

/** Returns the sizes a conversation mentions: the one worn and the one suggested. */
function sizesOf(plan: ConversationPlan): { size: Size; otherSize: Size } {
	const { line, product, customer } = plan;
	if (line) {
		const size = line.sku.size;
		if (line.fit.verdict === 'small') return { size, otherSize: neighbourSize(size, 1) };
		if (line.fit.verdict === 'large') return { size, otherSize: neighbourSize(size, -1) };
		return { size, otherSize: size };
	}
	const category = product?.category ?? 'shirt';
	return {
		size: SIZES[chartSize(category, customer.perceivedBody)],
		otherSize: SIZES[chartSize(category, customer.body)]
	};
}

export function lineContextFor(random: Random, plan: ConversationPlan): LineContext {
	const { line, customer, language } = plan;
	const product = plan.product;
	const { size, otherSize } = sizesOf(plan);
	let fitProblem = '';
	let sizeOff = '';
	if (line && line.fit.verdict !== 'fit') {
		const { bodyPart, verdict } = line.fit;
		fitProblem = random.pick(fitPhrases(language, line.product.category, bodyPart, verdict));
		sizeOff = SIZE_OFF[language][verdict];
	}
	const waitedDays = line ? Math.floor((plan.startMs - line.orderedAtMs) / DAY_MS) : 0;
	return {
		product: product?.record.name ?? '',
		size,
		otherSize,
		orderId: line?.record.orderId ?? '',
		heightCm: Math.round(customer.body.heightCm),
		weightKg: Math.round(customer.body.weightKg),
		color: line?.sku.colorName ?? product?.skus[0].colorName ?? '',
		fitProblem,
		sizeOff,
		agentName: '',
		days: Math.max(2, waitedDays),
		points: random.int(2, 80) * 100
	};
}

function pickFromQueue(random: Random, agents: readonly AgentSim[]): AgentSim {
	return random.pickWeighted(
		agents,
		agents.map((agent) => QUEUE_WEIGHTS[agent.record.seniority])
	);
}

/**
 * Routes a conversation to an active agent: Cantonese to the Cantonese team, other cases to
 * the team of their kind, with some overflow to any team as queues fill.
 */
export function routeToAgent(random: Random, plan: ConversationPlan, agents: readonly AgentSim[]) {
	const active = agents.filter((agent) => isActive(agent, plan.startMs));
	if (active.length === 0) return undefined;
	let team: Team;
	if (plan.language === 'yue' && random.chance(0.85)) team = '粤语服务组';
	else if (random.chance(0.65)) team = CASE_TEAMS[plan.kind];
	else team = random.pick(TEAMS);
	const inTeam = active.filter((agent) => agent.team === team);
	return pickFromQueue(random, inTeam.length > 0 ? inTeam : active);
}

/** Picks a certified senior or lead, other than the handler, who may take escalations. */
export function escalationSenior(
	random: Random,
	plan: ConversationPlan,
	agents: readonly AgentSim[],
	handler: AgentSim
): AgentSim | undefined {
	const seniors = agents.filter(
		(agent) =>
			agent !== handler &&
			agent.record.seniority !== 'junior' &&
			agent.record.certification !== undefined &&
			isActive(agent, plan.startMs)
	);
	const sameTeam = seniors.filter((agent) => agent.team === handler.team);
	const pool = sameTeam.length > 0 && random.chance(0.7) ? sameTeam : seniors;
	return pool.length > 0 ? random.pick(pool) : undefined;
}
