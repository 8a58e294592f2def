import {
	clampCounts,
	conformalQuantile,
	conformityScore,
	intervalAround,
	type BacktestError
} from './calibration';
import { coverage, mase, meanOf, seasonalNaiveScale, smape } from './metrics';
import { maseSeason, type ForecastModel, type ModelName } from './models';

export const INTERVAL_LEVELS = [0.8, 0.95] as const;

export interface BacktestOptions {
	horizon: number;
	/** Number of forecast origins. */
	origins: number;
	/** Weeks between consecutive origins. */
	stepWeeks: number;
}

/** Eight origins five weeks apart put every origin in the last year before the final 13 weeks. */
export const DEFAULT_BACKTEST: BacktestOptions = { horizon: 13, origins: 8, stepWeeks: 5 };

/** Shortest training window of a backtest origin, in weeks. */
export const MIN_TRAIN_WEEKS = 26;

export interface OriginResult {
	/** Weeks of history the model was fitted on. */
	trainWeeks: number;
	point: number[];
	actual: number[];
	smape: number;
	mase: number | undefined;
}

export interface ModelBacktest {
	model: ModelName;
	origins: OriginResult[];
	smape: number;
	mase: number | undefined;
	/** Out-of-origin coverage of the calibrated 80% and 95% intervals. */
	coverage80: number | undefined;
	coverage95: number | undefined;
}

/**
 * Lists the training lengths of the rolling origins, oldest first: the last origin leaves
 * exactly one horizon to check against, the others step back from it. Origins with less than
 * MIN_TRAIN_WEEKS of history are dropped.
 */
export function originTrainLengths(length: number, options: BacktestOptions): number[] {
	const lengths: number[] = [];
	for (let k = options.origins - 1; k >= 0; k--) {
		const train = length - options.horizon - k * options.stepWeeks;
		if (train >= MIN_TRAIN_WEEKS) lengths.push(train);
	}
	return lengths;
}

/**
 * Backtests one model from every origin. Returns undefined when the model cannot fit at some
 * origin (too short a history, or the fit failed), so that models are compared on the same
 * origins only.
 */
export function backtestModel(
	model: ForecastModel,
	weeks: readonly string[],
	values: readonly number[],
	options: BacktestOptions
): ModelBacktest | undefined {
	const lengths = originTrainLengths(values.length, options);
	if (lengths.length === 0 || lengths[0] < model.minWeeks) return undefined;
	const origins: OriginResult[] = [];
	for (const trainWeeks of lengths) {
		const history = values.slice(0, trainWeeks);
		let point: number[];
		try {
			point = clampCounts(
				model.forecast({
					weeks: weeks.slice(0, trainWeeks),
					values: history,
					horizon: options.horizon
				})
			);
		} catch {
			return undefined;
		}
		const actual = values.slice(trainWeeks, trainWeeks + options.horizon);
		const scale = seasonalNaiveScale(history, maseSeason(trainWeeks));
		origins.push({
			trainWeeks,
			point,
			actual,
			smape: smape(actual, point),
			mase: mase(actual, point, scale)
		});
	}
	const coverages = INTERVAL_LEVELS.map((level) => leaveOneOriginOutCoverage(origins, level));
	return {
		model: model.name,
		origins,
		smape: meanOf(origins.map((o) => o.smape))!,
		mase: meanOf(origins.map((o) => o.mase)),
		coverage80: coverages[0],
		coverage95: coverages[1]
	};
}

export function errorsOf(origin: OriginResult): BacktestError[] {
	return origin.actual.map((actual, i) => ({ actual, forecast: origin.point[i], horizon: i + 1 }));
}

/**
 * Measures interval coverage honestly: each origin's interval is calibrated on the errors of
 * the other origins only, then checked against that origin's actuals. Undefined with fewer
 * than two origins.
 */
export function leaveOneOriginOutCoverage(
	origins: readonly OriginResult[],
	level: number
): number | undefined {
	if (origins.length < 2) return undefined;
	let inside = 0;
	let total = 0;
	origins.forEach((origin, i) => {
		const scores = origins
			.filter((_, j) => j !== i)
			.flatMap(errorsOf)
			.map(conformityScore);
		const interval = intervalAround(origin.point, conformalQuantile(scores, level));
		inside += coverage(origin.actual, interval.lower, interval.upper) * origin.actual.length;
		total += origin.actual.length;
	});
	return inside / total;
}

/**
 * Overall weighted average (OWA, the M4 ranking measure): the mean of a model's sMAPE and
 * MASE, each relative to seasonal naive's on the same origins; below 1 beats seasonal naive.
 * Falls back to relative sMAPE when either MASE is undefined (a constant history).
 */
export function owa(result: ModelBacktest, baseline: ModelBacktest): number {
	const relativeSmape = baseline.smape > 0 ? result.smape / baseline.smape : 1;
	if (result.mase === undefined || !baseline.mase) return relativeSmape;
	return (relativeSmape + result.mase / baseline.mase) / 2;
}

/**
 * Picks the model with the lowest OWA against the seasonal-naive result; ties keep the
 * earlier model in the list. Without a seasonal-naive result the lowest sMAPE wins.
 */
export function selectModel(results: readonly ModelBacktest[]): ModelBacktest | undefined {
	const baseline = results.find((result) => result.model === 'seasonalNaive');
	const score = (result: ModelBacktest) => (baseline ? owa(result, baseline) : result.smape);
	let best: ModelBacktest | undefined;
	for (const result of results) {
		if (!best || score(result) < score(best)) best = result;
	}
	return best;
}
