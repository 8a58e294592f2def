import { scaleLinear, scaleUtc } from 'd3-scale';
import { area, line } from 'd3-shape';

export interface ForecastChartData {
	/** Mondays of the history weeks, YYYY-MM-DD. */
	weeks: readonly string[];
	values: readonly number[];
	forecastWeeks: readonly string[];
	point: readonly number[];
	lower80: readonly number[];
	upper80: readonly number[];
	lower95: readonly number[];
	upper95: readonly number[];
	/** Event peak days to mark, YYYY-MM-DD. */
	markers: ReadonlyArray<{ name: string; date: string }>;
}

export interface ForecastChartOptions {
	width: number;
	height: number;
	margin?: { top: number; right: number; bottom: number; left: number };
}

export interface ForecastChart {
	history: string;
	forecast: string;
	band80: string;
	band95: string;
	markers: Array<{ name: string; date: string; x: number }>;
	xTicks: Array<{ x: number; label: string }>;
	yTicks: Array<{ y: number; label: string }>;
	plot: { left: number; right: number; top: number; bottom: number };
}

const dateMs = (date: string) => Date.parse(`${date}T00:00:00Z`);
const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Lays out a weekly history line, the forecast line joined to the last actual week, and the
 * 95% and 80% bands as areas. The count axis starts at 0 and reaches the top of the 95% band.
 */
export function forecastChart(
	data: ForecastChartData,
	options: ForecastChartOptions
): ForecastChart {
	const margin = options.margin ?? { top: 12, right: 12, bottom: 24, left: 36 };
	const plot = {
		left: margin.left,
		right: options.width - margin.right,
		top: margin.top,
		bottom: options.height - margin.bottom
	};
	const allWeeks = [...data.weeks, ...data.forecastWeeks];
	const first = allWeeks.length ? dateMs(allWeeks[0]) : 0;
	const last = allWeeks.length ? dateMs(allWeeks.at(-1)!) : 1;
	const x = scaleUtc()
		.domain([new Date(first), new Date(Math.max(last, first + 1))])
		.range([plot.left, plot.right]);
	const top = Math.max(1, ...data.values, ...data.upper95, ...data.point);
	const y = scaleLinear().domain([0, top]).nice().range([plot.bottom, plot.top]);
	const xOf = (week: string) => round(x(new Date(dateMs(week))));

	const points = (weeks: readonly string[], values: readonly number[]) =>
		weeks.map((week, i) => [xOf(week), round(y(values[i]))] as [number, number]);
	const path = line().digits(1);
	const history = path(points(data.weeks, data.values)) ?? '';

	// The forecast and bands start at the last actual week so the line has no gap.
	const anchorWeek = data.weeks.at(-1);
	const anchorValue = data.values.at(-1);
	const lead = anchorWeek === undefined ? [] : [anchorWeek];
	const leadValue = anchorValue === undefined ? [] : [anchorValue];
	const futureWeeks = [...lead, ...data.forecastWeeks];
	const forecast = data.point.length
		? (path(points(futureWeeks, [...leadValue, ...data.point])) ?? '')
		: '';
	const band = (lower: readonly number[], upper: readonly number[]) => {
		if (lower.length === 0) return '';
		const rows = futureWeeks.map((week, i) => {
			const j = i - lead.length;
			const low = j < 0 ? leadValue[0] : lower[j];
			const high = j < 0 ? leadValue[0] : upper[j];
			return { x: xOf(week), y0: round(y(low)), y1: round(y(high)) };
		});
		const shape = area<(typeof rows)[number]>()
			.x((row) => row.x)
			.y0((row) => row.y0)
			.y1((row) => row.y1)
			.digits(1);
		return shape(rows) ?? '';
	};

	return {
		history,
		forecast,
		band80: band(data.lower80, data.upper80),
		band95: band(data.lower95, data.upper95),
		markers: data.markers
			.filter((marker) => dateMs(marker.date) >= first && dateMs(marker.date) <= last)
			.map((marker) => ({ ...marker, x: round(x(new Date(dateMs(marker.date)))) })),
		xTicks: x.ticks(Math.max(2, Math.floor((plot.right - plot.left) / 90))).map((tick) => ({
			x: round(x(tick)),
			label: tick.toISOString().slice(0, 7)
		})),
		yTicks: y.ticks(4).map((value) => ({ y: round(y(value)), label: String(value) })),
		plot
	};
}
