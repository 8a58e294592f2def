import { calendarMarkers } from '../../domain/forecast/calendarEffects.js';
import type { Graph } from '../graph/graph.js';
import { createLogger } from '../log.js';
import { loadSettings } from '../settings.js';
import { runForecasts } from './run.js';
import { readForecasts, type StoredForecast } from './store.js';

const logger = createLogger('forecast');
let firstRun: Promise<unknown> | undefined;

/**
 * Reads the stored forecasts; when none are stored yet (the CLI has not run) and the graph
 * has conversations, computes them once, shared by concurrent requests, so the first visit
 * waits a few seconds and later visits read the stored nodes.
 */
export async function storedOrFreshForecasts(graph: Graph): Promise<StoredForecast[]> {
	const stored = await readForecasts(graph);
	if (stored.length > 0) return stored;
	firstRun ??= runForecasts(graph, { timeZone: loadSettings().timeZone, logger }).catch(
		(error: unknown) => {
			logger.error({ err: error }, 'forecast run for the page failed');
			firstRun = undefined;
		}
	);
	await firstRun;
	return readForecasts(graph);
}

/** Lists the shopping-event peak days over a forecast's history and horizon. */
export function markersOf(forecast: StoredForecast) {
	const first = forecast.weeks[0] ?? forecast.forecastWeeks[0];
	const last = forecast.forecastWeeks.at(-1) ?? forecast.weeks.at(-1);
	return first && last ? calendarMarkers(first, last) : [];
}
