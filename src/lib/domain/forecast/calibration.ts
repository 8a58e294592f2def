/**
 * Prediction intervals calibrated on backtest errors (split conformal prediction; Vovk et
 * al., "Algorithmic Learning in a Random World", 2005). Weekly counts vary roughly like a
 * Poisson count, so each error is divided by the square root of its forecast (at least 1)
 * before the quantile is taken, and the interval widens back by the same factor: quiet weeks
 * get narrow bands and festival weeks wide ones.
 */

export interface BacktestError {
	/** 1-based step ahead. */
	horizon: number;
	actual: number;
	forecast: number;
}

export interface Interval {
	lower: number[];
	upper: number[];
}

function noiseScale(forecast: number): number {
	return Math.sqrt(Math.max(forecast, 1));
}

export function conformityScore(error: BacktestError): number {
	return Math.abs(error.actual - error.forecast) / noiseScale(error.forecast);
}

/**
 * Returns the conformal quantile of the scores for `level` (a fraction such as 0.95): the
 * ⌈(n + 1)·level⌉-th smallest score, the largest when that rank passes n.
 */
export function conformalQuantile(scores: readonly number[], level: number): number {
	if (!(level > 0 && level < 1))
		throw new RangeError(`level must be a fraction in (0, 1), not ${level}`);
	if (scores.length === 0) throw new RangeError('conformal quantile needs at least one score');
	const sorted = [...scores].sort((a, b) => a - b);
	const rank = Math.min(sorted.length, Math.ceil((sorted.length + 1) * level));
	return sorted[rank - 1];
}

/** Builds the interval around point forecasts; lower bounds are clamped at 0 (counts). */
export function intervalAround(point: readonly number[], quantile: number): Interval {
	const halfWidths = point.map((value) => quantile * noiseScale(value));
	return {
		lower: point.map((value, i) => Math.max(0, value - halfWidths[i])),
		upper: point.map((value, i) => Math.max(0, value + halfWidths[i]))
	};
}

/** Clamps point forecasts at 0, because a count cannot be negative. */
export function clampCounts(values: readonly number[]): number[] {
	return values.map((value) => (Number.isFinite(value) ? Math.max(0, value) : 0));
}
