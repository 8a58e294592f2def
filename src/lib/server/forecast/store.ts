import type { BacktestRow, SeriesForecast } from '../../domain/forecast/forecastSeries.js';
import type { Graph } from '../graph/graph.js';

export interface StoredForecast extends SeriesForecast {
	generatedAt: number;
}

const WRITE = `
UNWIND $forecasts AS f
MERGE (n:Forecast {seriesId: f.seriesId})
SET n.kind = f.kind, n.key = f.key, n.nameZh = f.nameZh, n.nameEn = f.nameEn,
  n.generatedAt = datetime({epochMillis: toInteger($generatedAt)}),
  n.model = f.model, n.validated = f.validated, n.backtestOrigins = toInteger(f.backtestOrigins),
  n.weeks = f.weeks, n.values = [v IN f.values | toInteger(v)],
  n.forecastWeeks = f.forecastWeeks, n.point = f.point,
  n.lower80 = f.lower80, n.upper80 = f.upper80, n.lower95 = f.lower95, n.upper95 = f.upper95,
  n.backtestJson = f.backtestJson`;

// A series that no longer exists (a topic removed from the taxonomy) loses its old forecast.
const REMOVE_STALE = `
MATCH (n:Forecast) WHERE NOT n.seriesId IN $seriesIds
DETACH DELETE n`;

/** Stores one Forecast node per series, replacing earlier runs; returns the count stored. */
export async function writeForecasts(
	graph: Graph,
	forecasts: readonly SeriesForecast[],
	generatedAt: number
): Promise<number> {
	const rows = forecasts.map(({ backtest, ...rest }) => ({
		...rest,
		backtestJson: JSON.stringify(backtest)
	}));
	await graph.write(WRITE, { forecasts: rows, generatedAt });
	await graph.write(REMOVE_STALE, { seriesIds: forecasts.map((f) => f.seriesId) });
	return forecasts.length;
}

const READ = `
MATCH (n:Forecast) WHERE $seriesId IS NULL OR n.seriesId = $seriesId
RETURN n.seriesId AS seriesId, n.kind AS kind, n.key AS key, n.nameZh AS nameZh,
  n.nameEn AS nameEn, n.generatedAt AS generatedAt, n.model AS model, n.validated AS validated,
  n.backtestOrigins AS backtestOrigins, n.weeks AS weeks, n.values AS values,
  n.forecastWeeks AS forecastWeeks, n.point AS point, n.lower80 AS lower80,
  n.upper80 AS upper80, n.lower95 AS lower95, n.upper95 AS upper95, n.backtestJson AS backtestJson
ORDER BY n.kind DESC, n.key`;

type ForecastRow = Omit<StoredForecast, 'backtest'> & { backtestJson: string };

/** Reads the stored forecasts, topics first, or one series when `seriesId` is given. */
export async function readForecasts(graph: Graph, seriesId?: string): Promise<StoredForecast[]> {
	const rows = await graph.read<ForecastRow>(READ, { seriesId: seriesId ?? null });
	return rows.map(({ backtestJson, ...rest }) => ({
		...rest,
		backtest: JSON.parse(backtestJson) as BacktestRow[]
	}));
}
