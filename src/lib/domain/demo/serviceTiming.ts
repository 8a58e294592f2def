import type { AgentSim } from './agents';
import { shopHour } from './clock';
import type { Random } from './random';

/**
 * Who replies to customers, and how fast: bots at night and for simple questions, people
 * in the human-only hours, and the delays of each kind of reply.
 */

/** Who answers: the bot alone, the bot then a person after a transfer, or a person. */
export type Handling = 'bot' | 'transfer' | 'agent';

/** Hours (shop time, start inclusive, end exclusive) in which a person must answer. */
export const HUMAN_ONLY_HOURS: ReadonlyArray<readonly [number, number]> = [
	[10, 12],
	[20, 22]
];

/** People staff the desk from 9:00 to midnight; a small night shift covers the rest. */
const NIGHT_HOURS = [0, 9] as const;

/** Share of human-only-hour conversations a bot answers anyway (the violations to report). */
const HUMAN_ONLY_BOT_SHARE = 0.05;

export function isHumanOnlyHour(ms: number): boolean {
	const hour = shopHour(ms);
	return HUMAN_ONLY_HOURS.some(([start, end]) => hour >= start && hour < end);
}

export function isNightHour(ms: number): boolean {
	const hour = shopHour(ms);
	return hour >= NIGHT_HOURS[0] && hour < NIGHT_HOURS[1];
}

/** Decides who answers a conversation that starts at `startMs`. */
export function chooseHandling(random: Random, startMs: number, priority: boolean): Handling {
	// Paid priority service skips the bot and goes straight to a person.
	if (priority) return 'agent';
	if (isHumanOnlyHour(startMs)) {
		if (!random.chance(HUMAN_ONLY_BOT_SHARE)) return 'agent';
		return random.chance(0.5) ? 'bot' : 'transfer';
	}
	if (isNightHour(startMs)) return random.chance(0.75) ? 'bot' : 'agent';
	return random.pickWeighted<Handling>(['bot', 'transfer', 'agent'], [0.2, 0.14, 0.66]);
}

export function botDelaySec(random: Random): number {
	return random.int(1, 4);
}

/**
 * Returns seconds until an agent's first reply: usually 10–90 s around the agent's own
 * median, halved for priority customers, slower on festival peak days, and now and then
 * several minutes when the queue is long.
 */
export function firstResponseSec(
	random: Random,
	agent: AgentSim,
	priority: boolean,
	busyDay: boolean
) {
	if (random.chance(0.07)) return random.int(150, 600);
	let median = agent.traits.firstResponseMedianSec;
	if (priority) median *= 0.5;
	if (busyDay) median *= 1.6;
	return Math.round(Math.min(900, Math.max(5, random.logNormal(median, 0.5))));
}

export function agentReplySec(random: Random): number {
	return Math.round(Math.min(300, Math.max(5, random.logNormal(25, 0.5))));
}

export function customerReplySec(random: Random): number {
	return Math.round(Math.min(900, Math.max(5, random.logNormal(40, 0.7))));
}

/**
 * Returns seconds until a senior agent picks up an escalated conversation: median 12
 * minutes, about one in ten beyond the 30-minute limit.
 */
export function escalationPickUpSec(random: Random): number {
	return Math.round(Math.min(5400, Math.max(60, random.logNormal(720, 0.7))));
}
