import { readForecasts } from '$lib/server/forecast/store';
import { sharedGraph } from '$lib/server/runtime';
import { csvResponse, toCsv } from '$lib/server/size/csv';
import type { RequestHandler } from './$types';

interface CsvRow {
	seriesId: string;
	model: string;
	week: string;
	actual: number | null;
	point: number | null;
	lower80: number | null;
	upper80: number | null;
	lower95: number | null;
	upper95: number | null;
}

/** Exports every stored series: history weeks with their counts, then forecast weeks. */
export const GET: RequestHandler = async () => {
	const forecasts = await readForecasts(await sharedGraph());
	const rows: CsvRow[] = forecasts.flatMap((f) => {
		const empty = { point: null, lower80: null, upper80: null, lower95: null, upper95: null };
		const history = f.weeks.map((week, i) => ({
			seriesId: f.seriesId,
			model: f.model,
			week,
			actual: f.values[i],
			...empty
		}));
		const ahead = f.forecastWeeks.map((week, i) => ({
			seriesId: f.seriesId,
			model: f.model,
			week,
			actual: null,
			point: f.point[i],
			lower80: f.lower80[i],
			upper80: f.upper80[i],
			lower95: f.lower95[i],
			upper95: f.upper95[i]
		}));
		return [...history, ...ahead];
	});
	const round = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);
	const columns: Array<[string, (row: CsvRow) => unknown]> = [
		['series', (row) => row.seriesId],
		['week', (row) => row.week],
		['actual', (row) => row.actual],
		['model', (row) => row.model],
		['point', (row) => round(row.point)],
		['lower80', (row) => round(row.lower80)],
		['upper80', (row) => round(row.upper80)],
		['lower95', (row) => round(row.lower95)],
		['upper95', (row) => round(row.upper95)]
	];
	return csvResponse(toCsv(columns, rows), 'forecasts.csv');
};
