import { DAY_MS } from './period';

/** Longest window compared on each side of a shipped change. */
export const MAX_WINDOW_DAYS = 90;
/** Shorter windows than this say too little to compare. */
export const MIN_WINDOW_DAYS = 14;

export interface ComparisonWindows {
	beforeFromMs: number;
	/** Both windows meet at the ship time: before is [beforeFromMs, shippedAtMs). */
	shippedAtMs: number;
	afterToMs: number;
	days: number;
}

/**
 * Equal windows before and after a change shipped: as long as the data after shipping
 * reaches, at most MAX_WINDOW_DAYS. Returns null while less than MIN_WINDOW_DAYS have passed.
 */
export function comparisonWindows(
	shippedAtMs: number,
	dataEndMs: number
): ComparisonWindows | null {
	const days = Math.min(MAX_WINDOW_DAYS, Math.floor((dataEndMs - shippedAtMs) / DAY_MS));
	if (days < MIN_WINDOW_DAYS) return null;
	return {
		beforeFromMs: shippedAtMs - days * DAY_MS,
		shippedAtMs,
		afterToMs: shippedAtMs + days * DAY_MS,
		days
	};
}

export interface ShareComparison {
	before: { hits: number; total: number; share: number | null };
	after: { hits: number; total: number; share: number | null };
	/** after − before, in share points. */
	change: number | null;
	/** Two-sided p-value of the two-proportion z-test; null when either side is empty. */
	pValue: number | null;
	verdict: 'improved' | 'worse' | 'unchanged' | 'insufficient';
}

/** Standard normal CDF (Abramowitz and Stegun 26.2.17, absolute error below 7.5e-8). */
export function normalCdf(z: number): number {
	const t = 1 / (1 + 0.2316419 * Math.abs(z));
	const density = Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
	const poly =
		t *
		(0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
	const upper = density * poly;
	return z >= 0 ? 1 - upper : upper;
}

/**
 * Compares a "bad" share (negative conversations, size complaints per unit sold) before and
 * after a change with a pooled two-proportion z-test. A drop significant at `alpha` is
 * `improved`, a significant rise `worse`.
 */
export function compareShares(
	before: { hits: number; total: number },
	after: { hits: number; total: number },
	alpha = 0.05
): ShareComparison {
	const share = (side: { hits: number; total: number }) =>
		side.total > 0 ? side.hits / side.total : null;
	const result: ShareComparison = {
		before: { ...before, share: share(before) },
		after: { ...after, share: share(after) },
		change: null,
		pValue: null,
		verdict: 'insufficient'
	};
	// A share above 1 (more complaints than units in a short window) is no proportion to test.
	const valid = (side: { hits: number; total: number }) =>
		side.total > 0 && side.hits <= side.total;
	if (!valid(before) || !valid(after)) return result;
	const p1 = before.hits / before.total;
	const p2 = after.hits / after.total;
	result.change = p2 - p1;
	const pooled = (before.hits + after.hits) / (before.total + after.total);
	const se = Math.sqrt(pooled * (1 - pooled) * (1 / before.total + 1 / after.total));
	result.pValue = se === 0 ? 1 : 2 * (1 - normalCdf(Math.abs(p2 - p1) / se));
	if (result.pValue >= alpha) result.verdict = 'unchanged';
	else result.verdict = p2 < p1 ? 'improved' : 'worse';
	return result;
}
