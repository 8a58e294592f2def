import type { BonusPlan } from './plan.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Scores one first response time: full marks (100) up to `fullMarksSeconds`, then
 * `stepPoints` off for each started `stepSeconds` beyond it, never below 0. With the defaults
 * 31 s and 40 s score 98, 41 s scores 96 and ten minutes scores 0.
 */
export function frtScore(seconds: number, rules: BonusPlan['base']): number {
	if (seconds <= rules.fullMarksSeconds) return 100;
	const steps = Math.ceil((seconds - rules.fullMarksSeconds) / rules.stepSeconds);
	return Math.max(0, 100 - rules.stepPoints * steps);
}

/**
 * Counts the seconds of [fromMs, toMs) that fall inside the staffed hours of each shop day,
 * so a message sent at 03:00 with a reply at 09:00:20 waited 20 business seconds.
 */
export function businessSeconds(
	fromMs: number,
	toMs: number,
	hours: BonusPlan['base']['businessHours'],
	offsetMs: number
): number {
	if (toMs <= fromMs) return 0;
	let total = 0;
	let day = Math.floor((fromMs + offsetMs) / DAY_MS) * DAY_MS - offsetMs;
	for (; day < toMs; day += DAY_MS) {
		const open = Math.max(fromMs, day + hours.fromHour * HOUR_MS);
		const close = Math.min(toMs, day + hours.toHour * HOUR_MS);
		if (close > open) total += close - open;
	}
	return Math.round(total / 1000);
}

/** Net promoter score: % promoters − % detractors, from −100 to 100, or null without scores. */
export function netPromoterScore(
	scores: readonly number[],
	rules: BonusPlan['rating']
): number | null {
	if (scores.length === 0) return null;
	const promoters = scores.filter((score) => score >= rules.promoterMin).length;
	const detractors = scores.filter((score) => score <= rules.detractorMax).length;
	return ((promoters - detractors) / scores.length) * 100;
}
