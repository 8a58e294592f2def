export const escalationStatuses = ['open', 'claimed', 'breached'] as const;
export type EscalationStatus = (typeof escalationStatuses)[number];

const MINUTE_MS = 60_000;

export interface EscalationMessage {
	sender: 'customer' | 'agent' | 'bot';
	/** Epoch milliseconds, or null for corpora without timestamps. */
	sentAt: number | null;
	negativeWordCount: number | null;
	agentId: string | null;
}

/**
 * Finds when a conversation became high-risk: the customer message whose negative words took
 * the running count above `highAbove`. Returns `{ at: null }` when that message has no time,
 * so the caller can fall back to the analysis time, and null when the count never crosses.
 * Messages must be in sequence order.
 */
export function detectHighRisk(
	messages: EscalationMessage[],
	highAbove: number
): { at: number | null; index: number } | null {
	let count = 0;
	for (const [index, message] of messages.entries()) {
		if (message.sender !== 'customer') continue;
		count += message.negativeWordCount ?? 0;
		if (count > highAbove) return { at: message.sentAt, index };
	}
	return null;
}

export function pickupDeadline(detectedAt: number, pickupDeadlineMinutes: number): number {
	return detectedAt + pickupDeadlineMinutes * MINUTE_MS;
}

/**
 * Status of an escalation at `now`: claimed when picked up by the deadline, breached when
 * picked up late or still waiting after it, otherwise open. A late claim stays breached,
 * because the breach already happened.
 */
export function escalationStatus(
	escalation: { deadlineAt: number; claimedAt: number | null },
	now: number
): EscalationStatus {
	const { deadlineAt, claimedAt } = escalation;
	if (claimedAt !== null) return claimedAt <= deadlineAt ? 'claimed' : 'breached';
	return now > deadlineAt ? 'breached' : 'open';
}

/** When an escalation was breached: its deadline, if it is breached at all. */
export function breachedAt(
	escalation: { deadlineAt: number; claimedAt: number | null },
	now: number
): number | null {
	return escalationStatus(escalation, now) === 'breached' ? escalation.deadlineAt : null;
}

/**
 * Finds a pick-up recorded in the transcript itself, for history imported from a CRM where
 * nobody claimed the escalation in Seam: the first reply, at or after detection, by a
 * certified agent who is not the handler (the first agent to reply) and had not written
 * before detection. The handler answering on is not a pick-up, because an escalation hands
 * the conversation to someone else.
 */
export function pickupFromTranscript(
	messages: EscalationMessage[],
	detection: { at: number; index: number },
	isCertified: (agentId: string) => boolean
): { agentId: string; at: number } | null {
	const before = new Set<string>();
	const handler = messages.find((message) => message.sender === 'agent' && message.agentId);
	if (handler?.agentId) before.add(handler.agentId);
	for (const message of messages.slice(0, detection.index)) {
		if (message.agentId) before.add(message.agentId);
	}
	for (const message of messages.slice(detection.index + 1)) {
		const { agentId, sentAt } = message;
		if (message.sender !== 'agent' || !agentId || sentAt === null) continue;
		if (sentAt < detection.at || before.has(agentId)) continue;
		if (isCertified(agentId)) return { agentId, at: sentAt };
	}
	return null;
}

/** Returns whether a certification lets an agent take escalations ("service artist", artist-…). */
export function isServiceArtist(certification: string | null | undefined): boolean {
	return typeof certification === 'string' && certification.startsWith('artist-');
}
