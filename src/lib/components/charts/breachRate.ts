import { scaleLinear, scaleOrdinal, scaleUtc } from 'd3-scale';
import { schemeTableau10 } from 'd3-scale-chromatic';
import { line } from 'd3-shape';

export interface BreachRatePoint {
	team: string;
	/** YYYY-MM-DD. */
	day: string;
	breachRate: number | null;
}

export interface BreachRateChartOptions {
	width: number;
	height: number;
	margin?: { top: number; right: number; bottom: number; left: number };
}

export interface BreachRateSeries {
	team: string;
	color: string;
	path: string;
	points: Array<{ x: number; y: number; day: string; breachRate: number }>;
}

export interface BreachRateChart {
	series: BreachRateSeries[];
	xTicks: Array<{ x: number; label: string }>;
	yTicks: Array<{ y: number; label: string }>;
	plot: { left: number; right: number; top: number; bottom: number };
}

const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

/**
 * Lays out breach rate per team over days: one line per team on a 0–100% scale. Days where a
 * team had no decided escalation are gaps, not zeros, because "nothing to breach" is not "no
 * breaches".
 */
export function breachRateChart(
	points: BreachRatePoint[],
	options: BreachRateChartOptions
): BreachRateChart {
	const margin = options.margin ?? { top: 10, right: 24, bottom: 24, left: 40 };
	const plot = {
		left: margin.left,
		right: options.width - margin.right,
		top: margin.top,
		bottom: options.height - margin.bottom
	};
	const days = [...new Set(points.map((p) => p.day))].sort();
	const first = days.length ? dayMs(days[0]) : 0;
	const last = days.length ? dayMs(days.at(-1)!) : 1;
	const x = scaleUtc()
		.domain([new Date(first), new Date(Math.max(last, first + 86_400_000))])
		.range([plot.left, plot.right]);
	const y = scaleLinear().domain([0, 1]).range([plot.bottom, plot.top]);
	const teams = [...new Set(points.map((p) => p.team))].sort();
	const color = scaleOrdinal<string, string>().domain(teams).range(schemeTableau10);
	const generator = line<{ x: number; y: number } | null>()
		.defined((p) => p !== null)
		.x((p) => p!.x)
		.y((p) => p!.y)
		.digits(1);
	const series = teams.map((team) => {
		const teamPoints = days.map((day) => {
			const point = points.find((p) => p.team === team && p.day === day);
			if (!point || point.breachRate === null) return null;
			const at = round(x(new Date(dayMs(day))));
			return { x: at, y: round(y(point.breachRate)), day, breachRate: point.breachRate };
		});
		const defined = teamPoints.filter((p): p is NonNullable<typeof p> => p !== null);
		return { team, color: color(team), path: generator(teamPoints) ?? '', points: defined };
	});
	return {
		series,
		xTicks: x.ticks(Math.min(6, days.length)).map((tick) => ({
			x: round(x(tick)),
			label: tick.toISOString().slice(5, 10)
		})),
		yTicks: [0, 0.25, 0.5, 0.75, 1].map((value) => ({
			y: round(y(value)),
			label: `${value * 100}%`
		})),
		plot
	};
}

const round = (value: number) => Math.round(value * 10) / 10;
