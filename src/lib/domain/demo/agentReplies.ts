import type { AgentSim } from './agents';
import { SECOND_MS } from './clock';
import type { ConversationPlan } from './conversationPlan';
import type { Language } from './customers';
import type { Dialogue, DialogueInput } from './dialogue';
import type { AgentLines, LineContext } from './dialogueLines';
import { agentLanguageFor, agentLinesFor, joinParts, linesFor } from './languages';
import { countNegativeWords } from './lexicon';
import type { Random } from './random';
import {
	agentReplySec,
	customerReplySec,
	escalationPickUpSec,
	firstResponseSec
} from './serviceTiming';
import type { Transcript } from './transcript';

/**
 * Agent messages: answers, grievance replies with or without the required phrases, and
 * a senior's takeover of an escalated conversation.
 */

/** Cases where the customer already has a grievance, so replies should apologise. */
const GRIEVANCE_KINDS = new Set(['sizeComplaint', 'pilling', 'color']);
/** Chance that a high-risk conversation handled by a person is escalated to a senior. */
const ESCALATION_SHARE = 0.8;

function phraseOrNot(
	random: Random,
	rate: number,
	withPhrase: readonly string[],
	without: readonly string[]
) {
	return random.chance(rate) ? random.pick(withPhrase) : random.pick(without);
}

/** An agent's voice in one conversation: who writes, in which language, with which lines. */
export interface Voice {
	agent: AgentSim;
	language: Language;
	lines: AgentLines;
	context: LineContext;
}

export function voiceOf(agent: AgentSim, plan: ConversationPlan, context: LineContext): Voice {
	const language = agentLanguageFor(agent, plan.language);
	return {
		agent,
		language,
		lines: agentLinesFor(agent, plan.language),
		context: { ...context, agentName: agent.record.name }
	};
}

/** Writes a grievance reply: immediate action and maybe compensation, each maybe phrased. */
function grievanceReply(random: Random, voice: Voice, rate: number, withCompensation: boolean) {
	const { lines } = voice;
	const parts = [phraseOrNot(random, rate, lines.immediate, lines.immediateWithoutPhrase)];
	if (withCompensation) {
		parts.push(phraseOrNot(random, rate, lines.compensation, lines.compensationWithoutPhrase));
	}
	return joinParts(voice.language, parts);
}

/** Writes the handler's answer, the customer's follow-up and the handler's second reply. */
export function writeAgentExchange(
	random: Random,
	input: DialogueInput,
	voice: Voice,
	log: Transcript,
	laterComplaints: string[]
) {
	const { plan, context } = input;
	const { lines } = voice;
	const customerLines = linesFor(plan.language).customer;
	const grievance = plan.mood !== 'calm' || GRIEVANCE_KINDS.has(plan.kind);
	// At the end of the size range there is no better size to exchange to.
	const exchangeable = context.otherSize !== context.size;
	const rate = voice.agent.traits.phraseRate;

	const firstSec = firstResponseSec(
		random,
		voice.agent,
		plan.customer.record.priority,
		input.busyDay
	);
	const apology = grievance
		? phraseOrNot(random, rate, lines.apology, lines.apologyWithoutPhrase)
		: '';
	const answers =
		plan.kind === 'sizeComplaint' && !exchangeable ? lines.sizeFeedback : lines.answer[plan.kind];
	const greeting = random.pick(lines.greeting)(voice.context);
	const answer = random.pick(answers)(voice.context);
	log.add(
		'agent',
		joinParts(voice.language, [greeting, apology, answer]),
		firstSec,
		voice.agent.record.agentId
	);

	const followUps = customerLines.followUp[plan.kind];
	const followUp = (exchangeable ? random.pick(followUps) : followUps[0])(context);
	const remark =
		plan.mood === 'calm' && random.chance(0.08) ? [random.pick(customerLines.negatedRemarks)] : [];
	const customerText = joinParts(plan.language, [followUp, ...remark, ...laterComplaints]);
	log.add('customer', customerText, customerReplySec(random));

	const second = grievance
		? grievanceReply(random, voice, rate, plan.mood !== 'calm')
		: random.pick(lines.followUpAnswer[plan.kind])(voice.context);
	log.add('agent', second, agentReplySec(random), voice.agent.record.agentId);
	return firstSec;
}

/** Returns when the customer's messages first held more than 3 negative words, if ever. */
function highRiskSinceMs(log: Transcript): number | undefined {
	let count = 0;
	for (const message of log.messages) {
		if (message.sender !== 'customer') continue;
		count += countNegativeWords(message.text);
		if (count > 3) return message.sentAt;
	}
	return undefined;
}

/**
 * Lets a certified senior take over once the customer's words make the conversation
 * high-risk. The pick-up time runs from the customer message that crossed the threshold.
 */
export function writeEscalation(
	random: Random,
	input: DialogueInput,
	log: Transcript
): Dialogue['escalation'] {
	const { senior, plan, context } = input;
	const highRiskMs = highRiskSinceMs(log);
	if (!senior || highRiskMs === undefined || !random.chance(ESCALATION_SHARE)) return undefined;
	const voice = voiceOf(senior, plan, context);
	const takeover = random.pick(voice.lines.takeover)(voice.context);
	const action = grievanceReply(random, voice, Math.max(senior.traits.phraseRate, 0.85), true);
	const text = joinParts(voice.language, [takeover, action]);
	const waitSec = Math.round((highRiskMs - log.lastMs) / SECOND_MS) + escalationPickUpSec(random);
	log.add('agent', text, waitSec, senior.record.agentId);
	const pickedUpAfterSec = Math.round((log.lastMs - highRiskMs) / SECOND_MS);
	return { agent: senior, pickedUpAfterSec };
}
