import type { MessageRecord } from '../records/schemas';
import type { AgentSim } from './agents';
import type { ConversationPlan } from './conversationPlan';
import { voiceOf, writeAgentExchange, writeEscalation, type Voice } from './agentReplies';
import type { LanguageLines, LineContext } from './dialogueLines';
import { joinParts, linesFor } from './languages';
import type { Random } from './random';
import {
	agentReplySec,
	botDelaySec,
	customerReplySec,
	isNightHour,
	type Handling
} from './serviceTiming';
import { Transcript } from './transcript';

export interface Dialogue {
	messages: MessageRecord[];
	/** Seconds from the customer reaching a person to that person's first reply. */
	firstResponseSec: number | undefined;
	escalation: { agent: AgentSim; pickedUpAfterSec: number } | undefined;
	resolved: boolean;
}

export interface DialogueInput {
	plan: ConversationPlan;
	handling: Handling;
	context: LineContext;
	handler: AgentSim | undefined;
	/** The certified senior who takes over if the conversation turns high-risk. */
	senior: AgentSim | undefined;
	busyDay: boolean;
}

/** Returns how many complaint fragments the customer adds: none when calm, 4–6 when angry. */
function complaintCount(random: Random, plan: ConversationPlan): number {
	if (plan.mood === 'calm') return 0;
	return plan.mood === 'annoyed' ? random.int(1, 2) : random.int(4, 6);
}

function writeBotOnly(random: Random, input: DialogueInput, lines: LanguageLines, log: Transcript) {
	const { plan } = input;
	if (isNightHour(plan.startMs)) {
		log.add('bot', random.pick(lines.bot.offHours), botDelaySec(random));
	}
	log.add('bot', random.pick(lines.bot.answer[plan.kind]), botDelaySec(random));
	if (random.chance(0.55)) {
		log.add(
			'customer',
			random.pick(lines.customer.followUp[plan.kind])(input.context),
			customerReplySec(random)
		);
		log.add('bot', random.pick(lines.bot.followUp), botDelaySec(random));
	}
	const resolveChance = { calm: 0.9, annoyed: 0.5, angry: 0.1 }[plan.mood];
	const resolved = random.chance(resolveChance);
	if (resolved && random.chance(0.5)) {
		log.add('customer', random.pick(lines.customer.thanks), customerReplySec(random));
	}
	return resolved;
}

/**
 * Writes one conversation: the customer's opening (with complaint fragments for the mood),
 * then the bot and/or agents as `handling` selects, an escalation to a senior when the
 * customer's words make it high-risk, and the closing words.
 */
export function writeDialogue(random: Random, input: DialogueInput): Dialogue {
	const { plan, context, handling } = input;
	const lines = linesFor(plan.language);
	const log = new Transcript(plan.startMs);
	const complaints = random.sampleWeighted(
		lines.customer.complaints,
		() => 1,
		complaintCount(random, plan)
	);
	const inOpening = complaints.length > 3 ? 2 : complaints.length;
	const opening = random.pick(lines.customer.opening[plan.kind])(context);
	log.add('customer', joinParts(plan.language, [opening, ...complaints.slice(0, inOpening)]), 0);

	if (handling === 'bot' || !input.handler) {
		const resolved = writeBotOnly(random, input, lines, log);
		return { messages: log.messages, firstResponseSec: undefined, escalation: undefined, resolved };
	}
	if (handling === 'transfer') {
		log.add('bot', random.pick(lines.bot.answer[plan.kind]), botDelaySec(random));
		log.add('customer', random.pick(lines.customer.transferRequest), customerReplySec(random));
		log.add('bot', random.pick(lines.bot.transfer), botDelaySec(random));
	}

	const handler = input.handler;
	const handlerVoice = voiceOf(handler, plan, context);
	const firstSec = writeAgentExchange(
		random,
		input,
		handlerVoice,
		log,
		complaints.slice(inOpening)
	);
	const escalation = writeEscalation(random, input, log);

	const moodFactor = { calm: 1, annoyed: 0.95, angry: 0.8 }[plan.mood];
	const escalationFactor = escalation ? 1.1 : 1;
	const resolved = random.chance(
		Math.min(0.99, handler.traits.resolutionRate * moodFactor * escalationFactor)
	);
	const lastVoice = escalation ? voiceOf(escalation.agent, plan, context) : handlerVoice;
	writeClosing(random, plan, lines, log, resolved, lastVoice);
	return { messages: log.messages, firstResponseSec: firstSec, escalation, resolved };
}

function writeClosing(
	random: Random,
	plan: ConversationPlan,
	lines: LanguageLines,
	log: Transcript,
	resolved: boolean,
	lastVoice: Voice
) {
	if (resolved) {
		const closing = plan.mood === 'calm' ? lines.customer.thanks : lines.customer.grudgingAccept;
		if (random.chance(0.8)) log.add('customer', random.pick(closing), customerReplySec(random));
	} else if (plan.mood !== 'calm' && random.chance(0.7)) {
		log.add('customer', random.pick(lines.customer.unhappyClose), customerReplySec(random));
	}
	if (random.chance(0.6)) {
		log.add(
			'agent',
			random.pick(lastVoice.lines.close),
			agentReplySec(random),
			lastVoice.agent.record.agentId
		);
	}
}
