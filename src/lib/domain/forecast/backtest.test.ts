import { describe, expect, it } from 'vitest';
import {
	backtestModel,
	DEFAULT_BACKTEST,
	leaveOneOriginOutCoverage,
	originTrainLengths,
	owa,
	selectModel,
	type ModelBacktest,
	type OriginResult
} from './backtest';
import { maseSeason, seasonalNaive, type ForecastModel } from './models';
import { weekRange } from './weeks';

const origin = (point: number, actual: number): OriginResult => ({
	trainWeeks: 52,
	point: [point],
	actual: [actual],
	smape: 0,
	mase: undefined
});

const result = (model: ModelBacktest['model'], smape: number, mase: number): ModelBacktest => ({
	model,
	origins: [],
	smape,
	mase,
	coverage80: undefined,
	coverage95: undefined
});

describe('rolling-origin backtest', () => {
	it('places eight origins five weeks apart in the last year', () => {
		expect(originTrainLengths(104, DEFAULT_BACKTEST)).toEqual([56, 61, 66, 71, 76, 81, 86, 91]);
	});

	it('drops origins with under 26 weeks of history', () => {
		expect(originTrainLengths(50, DEFAULT_BACKTEST)).toEqual([27, 32, 37]);
	});

	it('seasonal naive repeats the week a year earlier', () => {
		const values = Array.from({ length: 60 }, (_, i) => i);
		expect(seasonalNaive.forecast({ weeks: [], values, horizon: 3 })).toEqual([8, 9, 10]);
	});

	it('seasonal naive repeats the last week under a year', () => {
		expect(seasonalNaive.forecast({ weeks: [], values: [3, 7], horizon: 2 })).toEqual([7, 7]);
	});

	it.each([
		[64, 1],
		[65, 52]
	])('MASE season for %d weeks is %d', (weeks, season) => {
		expect(maseSeason(weeks)).toBe(season);
	});

	it('scores a perfect model with zero error', () => {
		const weeks = weekRange('2024-12-02', '2026-11-23');
		const values = weeks.map((_, i) => 10 + (i % 52));
		const backtest = backtestModel(seasonalNaive, weeks, values, DEFAULT_BACKTEST)!;
		expect(backtest.origins).toHaveLength(8);
		expect(backtest.smape).toBe(0);
		expect(backtest.mase).toBe(0);
	});

	it('skips a model that fails at an origin', () => {
		const failing: ForecastModel = {
			name: 'ets',
			minWeeks: 1,
			forecast: () => {
				throw new Error('fit failed');
			}
		};
		const weeks = weekRange('2025-01-06', '2025-12-29');
		expect(
			backtestModel(
				failing,
				weeks,
				weeks.map(() => 1),
				DEFAULT_BACKTEST
			)
		).toBeUndefined();
	});

	it('calibrates each origin on the other origins only', () => {
		// Scores 0, 1 and 2 (forecast 4, errors 0, 2, 4). The last origin gets the 80%
		// quantile of {0, 1}, which is 1, so its band 2..6 misses the actual 8.
		const origins = [origin(4, 4), origin(4, 6), origin(4, 8)];
		expect(leaveOneOriginOutCoverage(origins, 0.8)).toBeCloseTo(2 / 3, 10);
	});

	it('has no coverage with one origin', () => {
		expect(leaveOneOriginOutCoverage([origin(1, 1)], 0.8)).toBeUndefined();
	});

	it('OWA averages sMAPE and MASE relative to seasonal naive', () => {
		expect(owa(result('ets', 40, 0.9), result('seasonalNaive', 50, 1))).toBeCloseTo(0.85, 10);
	});

	it.each([
		['ets', 40, 0.9, 'ets'],
		// OWA (0.8 + 1.2) / 2 = 1 ties seasonal naive, which is listed first and stays.
		['ets', 40, 1.2, 'seasonalNaive']
	] as const)('selects by OWA: %s with sMAPE %d and MASE %d', (model, smape, mase, expected) => {
		const chosen = selectModel([result('seasonalNaive', 50, 1), result(model, smape, mase)]);
		expect(chosen?.model).toBe(expected);
	});
});
