import type { BacktestRow, SeriesForecast } from './forecastSeries';
import { meanOf } from './metrics';

export interface BacktestComparison {
	seriesId: string;
	model: string;
	seam: BacktestRow;
	seasonalNaive: BacktestRow;
}

export interface BacktestSummary {
	/** Series with a backtest; short series without one are left out. */
	series: number;
	seam: {
		smape: number;
		mase: number | null;
		coverage80: number | null;
		coverage95: number | null;
	};
	seasonalNaive: BacktestSummary['seam'];
	/** Series where Seam chose seasonal naive itself. */
	seasonalNaiveChosen: number;
}

/** Pairs each backtested series' chosen model with seasonal naive on the same origins. */
export function backtestComparisons(forecasts: readonly SeriesForecast[]): BacktestComparison[] {
	return forecasts.flatMap((forecast) => {
		const seam = forecast.backtest[0];
		const baseline = forecast.backtest.find((row) => row.model === 'seasonalNaive');
		if (!forecast.validated || !seam || !baseline) return [];
		return [{ seriesId: forecast.seriesId, model: forecast.model, seam, seasonalNaive: baseline }];
	});
}

const mean = (values: ReadonlyArray<number | null>) =>
	meanOf(values.map((value) => value ?? undefined)) ?? null;

function averageRows(rows: readonly BacktestRow[]): BacktestSummary['seam'] {
	return {
		smape: mean(rows.map((row) => row.smape)) ?? 0,
		mase: mean(rows.map((row) => row.mase)),
		coverage80: mean(rows.map((row) => row.coverage80)),
		coverage95: mean(rows.map((row) => row.coverage95))
	};
}

/** Averages the per-series figures (each series weighs the same) for Seam and seasonal naive. */
export function summariseBacktest(comparisons: readonly BacktestComparison[]): BacktestSummary {
	return {
		series: comparisons.length,
		seam: averageRows(comparisons.map((c) => c.seam)),
		seasonalNaive: averageRows(comparisons.map((c) => c.seasonalNaive)),
		seasonalNaiveChosen: comparisons.filter((c) => c.model === 'seasonalNaive').length
	};
}
