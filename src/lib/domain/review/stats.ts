/** Returns numerator / denominator, or null when there is nothing to divide by. */
export function ratio(numerator: number, denominator: number): number | null {
	return denominator > 0 ? numerator / denominator : null;
}

/** Returns the median (the mean of the two middle values for an even count), or null when empty. */
export function median(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Returns the share of values at or below `limit`, or null when empty. */
export function shareAtMost(values: readonly number[], limit: number): number | null {
	return ratio(values.filter((value) => value <= limit).length, values.length);
}

/**
 * Returns the Net Promoter Score on a −100..100 scale: the percentage of responses scoring 9–10
 * minus the percentage scoring 0–6, or null without responses.
 */
export function netPromoterScore(
	promoters: number,
	detractors: number,
	responses: number
): number | null {
	return responses > 0 ? ((promoters - detractors) / responses) * 100 : null;
}
