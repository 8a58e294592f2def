import { csvField } from '../csv';
import type { HumanOnlyViolation } from './compliance';
import { dayKey, wallClock } from './zonedClock';

function shopTimeText(ms: number, timeZone: string): string {
	const wall = wallClock(ms, timeZone);
	const clock = [wall.hour, wall.minute, wall.second].map((n) => String(n).padStart(2, '0'));
	return `${dayKey(wall)} ${clock.join(':')}`;
}

/**
 * Writes the conversations a bot answered inside the human-only hours as CSV, one row each,
 * with the customer's message time in shop time and the link path to the conversation.
 */
export function violationsCsv(violations: readonly HumanOnlyViolation[], timeZone: string): string {
	const header = ['conversationId', 'customerSentAt', 'timeZone', 'botAnswered', 'link'];
	const rows = violations.map((violation) => [
		violation.conversationId,
		shopTimeText(violation.customerSentAtMs, timeZone),
		timeZone,
		violation.botAnswered,
		`/conversations/${encodeURIComponent(violation.conversationId)}`
	]);
	return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
