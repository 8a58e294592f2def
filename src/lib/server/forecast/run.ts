import type { Logger } from 'pino';
import { forecastSeries, type SeriesForecast } from '../../domain/forecast/forecastSeries.js';
import type { Graph } from '../graph/graph.js';
import { augursModels } from './augursModels.js';
import { readWeeklySeries } from './seriesQuery.js';
import { writeForecasts } from './store.js';

export interface ForecastRunOptions {
	timeZone: string;
	logger: Logger;
	onProgress?: (done: number, total: number, seriesId: string) => void;
	/** Clock, for tests. */
	now?: () => number;
}

export interface ForecastRunSummary {
	series: number;
	forecasts: SeriesForecast[];
	seconds: number;
}

/**
 * Reads every topic and category series from the graph, backtests the candidate methods,
 * forecasts 13 weeks with the winner and stores the results. Re-running replaces them.
 */
export async function runForecasts(
	graph: Graph,
	options: ForecastRunOptions
): Promise<ForecastRunSummary> {
	const started = performance.now();
	const series = await readWeeklySeries(graph, options.timeZone);
	options.logger.info({ series: series.length }, 'forecast run started');
	const models = await augursModels();
	const forecasts: SeriesForecast[] = [];
	for (const one of series) {
		forecasts.push(forecastSeries(one, models));
		options.onProgress?.(forecasts.length, series.length, one.seriesId);
	}
	await writeForecasts(graph, forecasts, (options.now ?? Date.now)());
	const seconds = (performance.now() - started) / 1000;
	options.logger.info({ series: series.length, seconds }, 'forecast run finished');
	return { series: series.length, forecasts, seconds };
}
