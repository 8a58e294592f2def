import type { CoverageConversation } from './conversation';
import { isHumanOnlyTime, type HumanOnlyBlock } from './humanOnlyHours';
import { dayKey, wallClock } from './zonedClock';

/** Replies to customer messages sent inside the human-only hours. */
export interface ComplianceCount {
	/** Customer messages whose next reply came from a person. */
	person: number;
	/** Customer messages whose next reply came from a bot: the violations. */
	bot: number;
	/** Customer messages without a reply (often a closing thank-you), left out of the share. */
	unanswered: number;
	/** person / (person + bot), or null when no message inside the hours got a reply. */
	compliance: number | null;
}

export interface ComplianceCell extends ComplianceCount {
	/** YYYY-MM-DD for daily rows, YYYY-MM for monthly rows (shop time). */
	row: string;
	/** Shop-time hour of the customer message, 0–23. */
	hour: number;
}

export interface HumanOnlyViolation {
	conversationId: string;
	/** The first customer message inside the hours that a bot answered. */
	customerSentAtMs: number;
	/** How many customer messages inside the hours a bot answered in this conversation. */
	botAnswered: number;
}

export interface ComplianceReport {
	total: ComplianceCount;
	byHour: Array<ComplianceCount & { hour: number }>;
	byRow: Array<ComplianceCount & { row: string }>;
	cells: ComplianceCell[];
	violations: HumanOnlyViolation[];
}

type Answer = 'person' | 'bot' | 'unanswered';

interface Tally {
	person: number;
	bot: number;
	unanswered: number;
}

function withShare(tally: Tally): ComplianceCount {
	const answered = tally.person + tally.bot;
	return { ...tally, compliance: answered === 0 ? null : tally.person / answered };
}

function bump(map: Map<string, Tally>, key: string, answer: Answer): void {
	const tally = map.get(key) ?? { person: 0, bot: 0, unanswered: 0 };
	tally[answer] += 1;
	map.set(key, tally);
}

/** Returns who sent the first non-customer message after position `index`. */
function answerTo(conversation: CoverageConversation, index: number): Answer {
	const reply = conversation.messages
		.slice(index + 1)
		.find((message) => message.sender !== 'customer');
	if (!reply) return 'unanswered';
	return reply.sender === 'agent' ? 'person' : 'bot';
}

/**
 * Measures compliance with the human-only hours. Each customer message sent inside a block
 * (by its shop-time clock) is answered by the next non-customer message of its conversation,
 * so several customer messages in a row share one reply. Rows are days (`'day'`) or months.
 */
export function complianceReport(
	conversations: readonly CoverageConversation[],
	blocks: readonly HumanOnlyBlock[],
	timeZone: string,
	rowBy: 'day' | 'month' = 'day'
): ComplianceReport {
	const total: Tally = { person: 0, bot: 0, unanswered: 0 };
	const byHour = new Map<string, Tally>();
	const byRow = new Map<string, Tally>();
	const byCell = new Map<string, Tally>();
	const violations: HumanOnlyViolation[] = [];

	for (const conversation of conversations) {
		let violation: HumanOnlyViolation | undefined;
		conversation.messages.forEach((message, index) => {
			if (message.sender !== 'customer') return;
			if (!isHumanOnlyTime(message.sentAtMs, blocks, timeZone)) return;
			const answer = answerTo(conversation, index);
			const wall = wallClock(message.sentAtMs, timeZone);
			const row = rowBy === 'day' ? dayKey(wall) : dayKey(wall).slice(0, 7);
			total[answer] += 1;
			bump(byHour, String(wall.hour), answer);
			bump(byRow, row, answer);
			bump(byCell, `${row}|${wall.hour}`, answer);
			if (answer !== 'bot') return;
			violation ??= {
				conversationId: conversation.conversationId,
				customerSentAtMs: message.sentAtMs,
				botAnswered: 0
			};
			violation.botAnswered += 1;
		});
		if (violation) violations.push(violation);
	}

	return {
		total: withShare(total),
		byHour: [...byHour]
			.map(([hour, tally]) => ({ hour: Number(hour), ...withShare(tally) }))
			.sort((a, b) => a.hour - b.hour),
		byRow: [...byRow]
			.map(([row, tally]) => ({ row, ...withShare(tally) }))
			.sort((a, b) => a.row.localeCompare(b.row)),
		cells: [...byCell]
			.map(([key, tally]) => {
				const [row, hour] = key.split('|');
				return { row, hour: Number(hour), ...withShare(tally) };
			})
			.sort((a, b) => a.row.localeCompare(b.row) || a.hour - b.hour),
		violations: violations.sort((a, b) => a.customerSentAtMs - b.customerSentAtMs)
	};
}
