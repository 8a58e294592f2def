import { loadTopForecasts, type TopForecast } from '../forecast/topForecasts.js';
import { readForecasts } from '../forecast/store.js';
import type { Graph } from '../graph/graph.js';

/** Weeks of history drawn before each forecast, so a small chart still shows a half-year trend. */
export const HISTORY_WEEKS = 26;

export interface ReviewForecast extends TopForecast {
	weeks: string[];
	values: number[];
	lower95: number[];
	upper95: number[];
}

/**
 * Loads the top topic forecasts with the recent weekly history and the 95% band, which the
 * top-forecast summary leaves out. Returns [] when no forecast is stored.
 */
export async function loadReviewForecasts(graph: Graph, limit: number): Promise<ReviewForecast[]> {
	const top = await loadTopForecasts(graph, { limit });
	if (top.length === 0) return [];
	const stored = new Map((await readForecasts(graph)).map((f) => [f.seriesId, f]));
	return top.map((forecast) => {
		const full = stored.get(forecast.seriesId);
		return {
			...forecast,
			weeks: full?.weeks.slice(-HISTORY_WEEKS) ?? [],
			values: full?.values.slice(-HISTORY_WEEKS) ?? [],
			lower95: full?.lower95 ?? forecast.lower80,
			upper95: full?.upper95 ?? forecast.upper80
		};
	});
}
