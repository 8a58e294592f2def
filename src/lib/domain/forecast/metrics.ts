/**
 * Forecast accuracy measures, as defined for the M4 competition (Makridakis et al., 2020,
 * "The M4 Competition: 100,000 time series and 61 forecasting methods").
 */

/**
 * Symmetric mean absolute percentage error in percent, 0–200. A term where both actual and
 * forecast are 0 counts as 0 error, because weekly counts of a quiet topic are often 0.
 */
export function smape(actual: readonly number[], forecast: readonly number[]): number {
	checkLengths(actual, forecast);
	let sum = 0;
	for (let i = 0; i < actual.length; i++) {
		const denominator = Math.abs(actual[i]) + Math.abs(forecast[i]);
		if (denominator > 0) sum += (2 * Math.abs(actual[i] - forecast[i])) / denominator;
	}
	return (100 * sum) / actual.length;
}

/**
 * Returns the in-sample mean absolute error of the seasonal naive forecast with period
 * `season`, the scale of MASE; undefined when the history is no longer than one season.
 */
export function seasonalNaiveScale(history: readonly number[], season: number): number | undefined {
	if (history.length <= season) return undefined;
	let sum = 0;
	for (let i = season; i < history.length; i++) sum += Math.abs(history[i] - history[i - season]);
	return sum / (history.length - season);
}

/**
 * Mean absolute scaled error: the forecast's mean absolute error divided by `scale`.
 * Undefined when the scale is 0 or missing (a constant history), where MASE has no meaning.
 */
export function mase(
	actual: readonly number[],
	forecast: readonly number[],
	scale: number | undefined
): number | undefined {
	checkLengths(actual, forecast);
	if (!scale) return undefined;
	return meanAbsoluteError(actual, forecast) / scale;
}

export function meanAbsoluteError(actual: readonly number[], forecast: readonly number[]): number {
	checkLengths(actual, forecast);
	let sum = 0;
	for (let i = 0; i < actual.length; i++) sum += Math.abs(actual[i] - forecast[i]);
	return sum / actual.length;
}

/** Share of actual values inside their interval, bounds included. */
export function coverage(
	actual: readonly number[],
	lower: readonly number[],
	upper: readonly number[]
): number {
	checkLengths(actual, lower);
	checkLengths(actual, upper);
	let inside = 0;
	for (let i = 0; i < actual.length; i++) {
		if (lower[i] <= actual[i] && actual[i] <= upper[i]) inside += 1;
	}
	return inside / actual.length;
}

/** Mean of the defined values; undefined when there are none. */
export function meanOf(values: ReadonlyArray<number | undefined>): number | undefined {
	const defined = values.filter((value): value is number => value !== undefined);
	if (defined.length === 0) return undefined;
	return defined.reduce((sum, value) => sum + value, 0) / defined.length;
}

function checkLengths(a: readonly number[], b: readonly number[]): void {
	if (a.length !== b.length || a.length === 0) {
		throw new RangeError(`series lengths differ or are empty: ${a.length} and ${b.length}`);
	}
}
