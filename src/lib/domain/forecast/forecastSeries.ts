import {
	backtestModel,
	DEFAULT_BACKTEST,
	errorsOf,
	INTERVAL_LEVELS,
	selectModel,
	type BacktestOptions,
	type ModelBacktest
} from './backtest';
import { clampCounts, conformalQuantile, conformityScore, intervalAround } from './calibration';
import { seasonalNaive, type ForecastModel, type ModelName } from './models';
import { addWeeks } from './weeks';

export type SeriesKind = 'topic' | 'category';

export interface WeeklySeries {
	/** `topic:<topicId>` or `category:<category>`. */
	seriesId: string;
	kind: SeriesKind;
	key: string;
	nameZh: string;
	nameEn: string;
	weeks: string[];
	values: number[];
}

export interface BacktestRow {
	model: ModelName;
	smape: number;
	mase: number | null;
	coverage80: number | null;
	coverage95: number | null;
}

export interface SeriesForecast extends WeeklySeries {
	model: ModelName;
	/** False when the history was too short to backtest; the model then was not chosen by data. */
	validated: boolean;
	forecastWeeks: string[];
	point: number[];
	lower80: number[];
	upper80: number[];
	lower95: number[];
	upper95: number[];
	/** Every candidate that fitted at all origins, the chosen model first. */
	backtest: BacktestRow[];
	backtestOrigins: number;
}

function rowOf(result: ModelBacktest): BacktestRow {
	return {
		model: result.model,
		smape: result.smape,
		mase: result.mase ?? null,
		coverage80: result.coverage80 ?? null,
		coverage95: result.coverage95 ?? null
	};
}

/**
 * Backtests every candidate on the series, fits the winner on the whole history and
 * forecasts `horizon` weeks with intervals calibrated on the winner's backtest errors.
 * Seasonal naive is always a candidate, so Seam never picks a method that loses to it in
 * the backtest.
 */
export function forecastSeries(
	series: WeeklySeries,
	candidates: readonly ForecastModel[],
	options: BacktestOptions = DEFAULT_BACKTEST
): SeriesForecast {
	const models = [seasonalNaive, ...candidates.filter((model) => model !== seasonalNaive)];
	const results = models
		.map((model) => backtestModel(model, series.weeks, series.values, options))
		.filter((result): result is ModelBacktest => result !== undefined);
	const best = selectModel(results);
	if (!best) return shortSeriesForecast(series, candidates, options.horizon);

	const model = models.find((candidate) => candidate.name === best.model)!;
	const point = pointForecast(model, series, options.horizon);
	const scores = best.origins.flatMap(errorsOf).map(conformityScore);
	const rows = [best, ...results.filter((result) => result !== best)].map(rowOf);
	return withIntervals(series, point, scores, {
		model: best.model,
		validated: true,
		backtest: rows,
		backtestOrigins: best.origins.length
	});
}

function pointForecast(model: ForecastModel, series: WeeklySeries, horizon: number): number[] {
	return clampCounts(model.forecast({ weeks: series.weeks, values: series.values, horizon }));
}

function withIntervals(
	series: WeeklySeries,
	point: number[],
	scores: number[],
	fields: Pick<SeriesForecast, 'model' | 'validated' | 'backtest' | 'backtestOrigins'>
): SeriesForecast {
	const [band80, band95] = INTERVAL_LEVELS.map((level) =>
		intervalAround(point, conformalQuantile(scores, level))
	);
	const last = series.weeks.at(-1)!;
	return {
		...series,
		...fields,
		forecastWeeks: point.map((_, i) => addWeeks(last, i + 1)),
		point,
		lower80: band80.lower,
		upper80: band80.upper,
		lower95: band95.lower,
		upper95: band95.upper
	};
}

/**
 * Forecasts a history too short for any backtest origin: non-seasonal ETS when it has the
 * weeks for it, otherwise the last value. Without backtest errors, the interval comes from
 * the history's week-to-week changes, which treats the series as a random walk.
 */
function shortSeriesForecast(
	series: WeeklySeries,
	candidates: readonly ForecastModel[],
	horizon: number
): SeriesForecast {
	if (series.values.length === 0) throw new RangeError(`series ${series.seriesId} has no weeks`);
	const ets = candidates.find((model) => model.name === 'ets');
	let model: ForecastModel = seasonalNaive;
	let point: number[];
	try {
		if (!ets || series.values.length < ets.minWeeks) throw new RangeError('history too short');
		point = pointForecast(ets, series, horizon);
		model = ets;
	} catch {
		point = pointForecast(seasonalNaive, series, horizon);
	}
	const steps = series.values.slice(1).map((value, i) => ({
		horizon: 1,
		actual: value,
		forecast: series.values[i]
	}));
	const scores = steps.length ? steps.map(conformityScore) : [0];
	const forecast = withIntervals(series, point, scores, {
		model: model.name,
		validated: false,
		backtest: [],
		backtestOrigins: 0
	});
	// A random walk's error grows with the square root of the steps ahead.
	const widen = (bound: number[]) =>
		bound.map((value, i) => Math.max(0, point[i] + (value - point[i]) * Math.sqrt(i + 1)));
	return {
		...forecast,
		lower80: widen(forecast.lower80),
		upper80: widen(forecast.upper80),
		lower95: widen(forecast.lower95),
		upper95: widen(forecast.upper95)
	};
}
