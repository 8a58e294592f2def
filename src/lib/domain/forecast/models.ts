/** The forecasting methods Seam chooses between, and the contract each one meets. */

export type ModelName = 'seasonalNaive' | 'ets' | 'mstl' | 'prophet';

export interface ForecastInput {
	/** Mondays of the history weeks, oldest first. */
	weeks: readonly string[];
	values: readonly number[];
	horizon: number;
}

export interface ForecastModel {
	name: ModelName;
	/** Shortest history, in weeks, the method can fit. */
	minWeeks: number;
	/** Returns `horizon` point forecasts; throws when the method cannot fit the history. */
	forecast(input: ForecastInput): number[];
}

export const YEAR_WEEKS = 52;

/**
 * Seasonal naive: each future week repeats the same week a year earlier. With less than a
 * year of history it falls back to the last value (naive), because there is no season to copy.
 */
export const seasonalNaive: ForecastModel = {
	name: 'seasonalNaive',
	minWeeks: 1,
	forecast({ values, horizon }) {
		const n = values.length;
		if (n === 0) throw new RangeError('seasonal naive needs at least one week of history');
		if (n < YEAR_WEEKS) return Array.from({ length: horizon }, () => values[n - 1]);
		return Array.from({ length: horizon }, (_, h) => values[n - YEAR_WEEKS + (h % YEAR_WEEKS)]);
	}
};

/**
 * Season of the MASE scale: 52 weeks when the history holds at least 13 year-on-year
 * differences (65 weeks), otherwise 1 (the naive one-step error), because a scale from a
 * handful of differences is too noisy to divide by.
 */
export function maseSeason(historyWeeks: number): number {
	return historyWeeks >= YEAR_WEEKS + 13 ? YEAR_WEEKS : 1;
}
