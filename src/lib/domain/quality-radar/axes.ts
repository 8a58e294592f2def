/** The six quality axes, in the order the radar draws them clockwise from the top. */
export const radarAxes = [
	'professionalism',
	'empathy',
	'resolution',
	'responsiveness',
	'knowledgeUse',
	'customerRating'
] as const;

export type RadarAxis = (typeof radarAxes)[number];

/** Scores 0–100 per axis; null when the period has no data for that axis. */
export type RadarScores = Record<RadarAxis, number | null>;

/**
 * Additive counts behind the scores, so a team's radar pools its members' raw data instead of
 * averaging their averages.
 */
export interface RadarStats {
	/** Sum and count of `replyQuality` (0..1) over the agent's replies. */
	replyQualitySum: number;
	replies: number;
	/** Conversations the agent handled that started in the period. */
	handled: number;
	resolved: number;
	/** Handled conversations with at least two customer messages scored by the model. */
	empathyEligible: number;
	/** Of those, the ones whose last customer message is less negative than the first. */
	negativityFell: number;
	/** Sum and count of first-response scores (0..100) over handled conversations with an FRT. */
	firstResponseScoreSum: number;
	firstResponses: number;
	/** Handled conversations with an FAQ used or a customer question matched to an FAQ. */
	knowledgeUsed: number;
	/** Surveys rating the agent answered in the period: score 9–10, 0–6, and all. */
	promoters: number;
	detractors: number;
	surveys: number;
}

export function emptyStats(): RadarStats {
	return {
		replyQualitySum: 0,
		replies: 0,
		handled: 0,
		resolved: 0,
		empathyEligible: 0,
		negativityFell: 0,
		firstResponseScoreSum: 0,
		firstResponses: 0,
		knowledgeUsed: 0,
		promoters: 0,
		detractors: 0,
		surveys: 0
	};
}

export function addStats(a: RadarStats, b: RadarStats): RadarStats {
	const sum = emptyStats();
	for (const key of Object.keys(sum) as Array<keyof RadarStats>) sum[key] = a[key] + b[key];
	return sum;
}

/**
 * Scores a first response: 30 s or less earns 100, and each further 10 s (a started interval
 * counts whole) takes 2 points off, down to 0 — the bonus plan's first-response rule.
 */
export function firstResponseScore(seconds: number): number {
	if (seconds <= 30) return 100;
	return Math.max(0, 100 - 2 * Math.ceil((seconds - 30) / 10));
}

/** Maps a Net Promoter Score (−100..100) onto 0..100. */
export function npsScore(nps: number): number {
	return (nps + 100) / 2;
}

function percent(part: number, whole: number): number | null {
	return whole === 0 ? null : (100 * part) / whole;
}

/** Computes the six axis scores (0–100) from the counts. */
export function radarScores(stats: RadarStats): RadarScores {
	const nps =
		stats.surveys === 0 ? null : percent(stats.promoters - stats.detractors, stats.surveys);
	return {
		professionalism: stats.replies === 0 ? null : (100 * stats.replyQualitySum) / stats.replies,
		empathy: percent(stats.negativityFell, stats.empathyEligible),
		resolution: percent(stats.resolved, stats.handled),
		responsiveness:
			stats.firstResponses === 0 ? null : stats.firstResponseScoreSum / stats.firstResponses,
		knowledgeUse: percent(stats.knowledgeUsed, stats.handled),
		customerRating: nps === null ? null : npsScore(nps)
	};
}
