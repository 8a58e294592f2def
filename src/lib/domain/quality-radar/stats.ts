import { emptyStats, firstResponseScore, type RadarStats } from './axes';

/** One conversation an agent handled, as the radar query returns it. */
export interface HandledRow {
	agentId: string;
	resolved: boolean | null;
	/** Seconds to the first reply by a person; credited only to the agent who sent it. */
	firstResponseSeconds: number | null;
	/** Whether this agent sent the conversation's first agent reply. */
	firstReplier: boolean;
	/** Model negativity (0..1) of the customer's messages in order. */
	customerNegativity: number[];
	/** An FAQ was used in the conversation or matched a customer question. */
	knowledgeUsed: boolean;
}

export interface ReplyRow {
	agentId: string;
	replyQualitySum: number;
	replies: number;
}

export interface SurveyRow {
	agentId: string;
	/** Survey scores 0–10. */
	scores: number[];
}

function statsFor(map: Map<string, RadarStats>, agentId: string): RadarStats {
	let stats = map.get(agentId);
	if (!stats) {
		stats = emptyStats();
		map.set(agentId, stats);
	}
	return stats;
}

/**
 * Reduces the radar queries' rows to counts per agent. Empathy counts a conversation when the
 * customer wrote at least twice and the last message is less negative than the first; NPS
 * counts 9–10 as promoters and 0–6 as detractors.
 */
export function radarStatsByAgent(
	handled: readonly HandledRow[],
	replies: readonly ReplyRow[],
	surveys: readonly SurveyRow[]
): Map<string, RadarStats> {
	const byAgent = new Map<string, RadarStats>();
	for (const row of handled) {
		const stats = statsFor(byAgent, row.agentId);
		stats.handled += 1;
		if (row.resolved) stats.resolved += 1;
		if (row.knowledgeUsed) stats.knowledgeUsed += 1;
		if (row.firstReplier && row.firstResponseSeconds !== null) {
			stats.firstResponses += 1;
			stats.firstResponseScoreSum += firstResponseScore(row.firstResponseSeconds);
		}
		const negativity = row.customerNegativity;
		if (negativity.length >= 2) {
			stats.empathyEligible += 1;
			if (negativity[negativity.length - 1] < negativity[0]) stats.negativityFell += 1;
		}
	}
	for (const row of replies) {
		const stats = statsFor(byAgent, row.agentId);
		stats.replyQualitySum += row.replyQualitySum;
		stats.replies += row.replies;
	}
	for (const row of surveys) {
		const stats = statsFor(byAgent, row.agentId);
		stats.surveys += row.scores.length;
		stats.promoters += row.scores.filter((score) => score >= 9).length;
		stats.detractors += row.scores.filter((score) => score <= 6).length;
	}
	return byAgent;
}
