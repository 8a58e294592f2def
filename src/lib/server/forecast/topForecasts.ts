import type { Graph } from '../graph/graph.js';
import { readForecasts } from './store.js';

export interface TopForecast {
	seriesId: string;
	kind: 'topic' | 'category';
	key: string;
	nameZh: string;
	nameEn: string;
	model: string;
	/** Conversations in the last 13 weeks of history. */
	recentTotal: number;
	/** Forecast conversations over the next 13 weeks (sum of the point forecasts). */
	forecastTotal: number;
	/** forecastTotal / recentTotal − 1; null when the recent total is 0. */
	change: number | null;
	forecastWeeks: string[];
	point: number[];
	lower80: number[];
	upper80: number[];
	generatedAt: number;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/**
 * Lists the stored topic forecasts (category forecasts when no topic has one) with the
 * largest forecast volume over the next 13 weeks, for the leadership review. Returns [] when
 * `seam forecast run` has not run yet.
 */
export async function loadTopForecasts(
	graph: Graph,
	options: { limit: number }
): Promise<TopForecast[]> {
	const stored = await readForecasts(graph);
	const topics = stored.filter((forecast) => forecast.kind === 'topic');
	const pool = topics.length > 0 ? topics : stored;
	return pool
		.map((forecast) => {
			const recentTotal = sum(forecast.values.slice(-forecast.point.length));
			const forecastTotal = sum(forecast.point);
			return {
				seriesId: forecast.seriesId,
				kind: forecast.kind,
				key: forecast.key,
				nameZh: forecast.nameZh,
				nameEn: forecast.nameEn,
				model: forecast.model,
				recentTotal,
				forecastTotal,
				change: recentTotal > 0 ? forecastTotal / recentTotal - 1 : null,
				forecastWeeks: forecast.forecastWeeks,
				point: forecast.point,
				lower80: forecast.lower80,
				upper80: forecast.upper80,
				generatedAt: forecast.generatedAt
			};
		})
		.sort((a, b) => b.forecastTotal - a.forecastTotal || a.seriesId.localeCompare(b.seriesId))
		.slice(0, Math.max(0, Math.floor(options.limit)));
}
