import type { ConversationRecord } from '../records/schemas';
import type { AgentSim } from './agents';
import { escalationSenior, lineContextFor, routeToAgent } from './conversationCast';
import type { ConversationPlan } from './conversationPlan';
import type { Language } from './customers';
import { writeDialogue, type Dialogue } from './dialogue';
import type { CaseKind } from './dialogueLines';
import { riskLevelOf, scanNegativeWords, type RiskLevel } from './lexicon';
import type { Random } from './random';
import { chooseHandling, isHumanOnlyHour, type Handling } from './serviceTiming';
import { eventAt, type ShoppingEvent } from './shoppingCalendar';
import { topicOf, type Mood, type Topic } from './topics';
import { customerTextOf } from './transcript';

/** Planted facts about one conversation, for tests of later analysis. */
export interface ConversationTruth {
	conversationId: string;
	topic: Topic;
	kind: CaseKind;
	language: Language;
	mood: Mood;
	/** Negative words in the customer's messages, negated occurrences excluded. */
	negativeWords: number;
	/** Negated occurrences (没有不满意), which a naive count would include. */
	negatedWords: number;
	riskLevel: RiskLevel;
	handling: Handling;
	/** Whether a bot sent a message inside the human-only hours. */
	humanOnlyViolation: boolean;
	firstResponseSec?: number;
	/** The SKU whose fit the customer complains about. */
	fitSkuId?: string;
	escalation?: { agentId: string; pickedUpAfterSec: number };
}

export interface ConversationSim {
	record: ConversationRecord;
	plan: ConversationPlan;
	dialogue: Dialogue;
	/** The agent who replied first, who is credited with the conversation. */
	handler: AgentSim | undefined;
	truth: ConversationTruth;
}

const clampScore = (score: number) => Math.max(-2, Math.min(2, Math.round(score)));

/** Rates a first reply: within 30 s is best, beyond 5 minutes poor. */
function speedScore(firstSec: number): number {
	if (firstSec <= 30) return 2;
	if (firstSec <= 90) return 1;
	if (firstSec <= 300) return 0;
	return -1;
}

/**
 * Scores a human-handled conversation on the −2..2 scales a quality reviewer would use:
 * accomplishment (was the issue dealt with), satisfaction (how the customer left) and
 * effectiveness (how quickly and cleanly it was handled).
 */
function reviewScores(random: Random, plan: ConversationPlan, dialogue: Dialogue) {
	const { resolved } = dialogue;
	const moodPenalty = { calm: 0, annoyed: 1, angry: 2 }[plan.mood];
	const firstSec = dialogue.firstResponseSec ?? 0;
	const noise = random.chance(0.2) ? random.pick([-1, 1]) : 0;
	const angerPenalty = plan.mood === 'angry' ? 1 : 0;
	return {
		accomplishment: clampScore((resolved ? 2 : -1) - angerPenalty),
		satisfaction: clampScore((resolved ? 2 : 0) - moodPenalty + noise),
		effectiveness: clampScore(speedScore(firstSec) - (resolved ? 0 : 1))
	};
}

function hasBotInHumanOnlyHours(dialogue: Dialogue): boolean {
	return dialogue.messages.some(
		(message) => message.sender === 'bot' && isHumanOnlyHour(message.sentAt)
	);
}

function buildOne(
	random: Random,
	plan: ConversationPlan,
	agents: readonly AgentSim[],
	events: readonly ShoppingEvent[]
) {
	const priority = plan.customer.record.priority;
	let handling = chooseHandling(random, plan.startMs, priority);
	const handler = handling === 'bot' ? undefined : routeToAgent(random, plan, agents);
	if (!handler) handling = 'bot';
	const senior = handler ? escalationSenior(random, plan, agents, handler) : undefined;
	const busyDay = (eventAt(events, plan.startMs)?.demandFactor ?? 1) >= 2;
	const context = lineContextFor(random, plan);
	const dialogue = writeDialogue(random, { plan, handling, context, handler, senior, busyDay });

	const record: ConversationRecord = {
		conversationId: '',
		customerId: plan.customer.record.customerId,
		channel: plan.customer.channel,
		priority,
		resolved: dialogue.resolved,
		source: 'demo',
		messages: dialogue.messages
	};
	if (plan.product) record.productId = plan.product.record.productId;
	if (handler) Object.assign(record, reviewScores(random, plan, dialogue));
	return { record, handling, handler, dialogue };
}

function truthOf(sim: Omit<ConversationSim, 'truth'>, handling: Handling): ConversationTruth {
	const { plan, dialogue } = sim;
	const { negative, negated } = scanNegativeWords(customerTextOf(dialogue.messages));
	const truth: ConversationTruth = {
		conversationId: sim.record.conversationId,
		topic: topicOf(plan.kind),
		kind: plan.kind,
		language: plan.language,
		mood: plan.mood,
		negativeWords: negative,
		negatedWords: negated,
		riskLevel: riskLevelOf(negative),
		handling,
		humanOnlyViolation: hasBotInHumanOnlyHours(dialogue)
	};
	if (dialogue.firstResponseSec !== undefined) truth.firstResponseSec = dialogue.firstResponseSec;
	if (plan.kind === 'sizeComplaint' && plan.line) truth.fitSkuId = plan.line.sku.record.skuId;
	if (dialogue.escalation) {
		const { agent, pickedUpAfterSec } = dialogue.escalation;
		truth.escalation = { agentId: agent.record.agentId, pickedUpAfterSec };
	}
	return truth;
}

/** Writes every planned conversation; ids CV000001… follow start time. */
export function buildConversations(
	random: Random,
	plans: readonly ConversationPlan[],
	agents: readonly AgentSim[],
	events: readonly ShoppingEvent[]
): ConversationSim[] {
	return plans.map((plan, index) => {
		const { record, handling, handler, dialogue } = buildOne(random, plan, agents, events);
		record.conversationId = `CV${String(index + 1).padStart(6, '0')}`;
		const partial = { record, plan, dialogue, handler };
		return { ...partial, truth: truthOf(partial, handling) };
	});
}
