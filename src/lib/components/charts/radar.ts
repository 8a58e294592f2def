import { scaleLinear } from 'd3-scale';
import { curveLinearClosed, lineRadial } from 'd3-shape';

export interface RadarOptions {
	/** Width and height of the square chart, in px. */
	size: number;
	/** Room around the outer ring for the axis labels, in px. */
	margin?: number;
	/** Value at the outer ring; values are clamped to 0..max. */
	max?: number;
	/** Number of grid rings. */
	rings?: number;
}

export interface RadarSeriesInput<Key extends string = string> {
	key: Key;
	/** One value per axis, in axis order; null is drawn at the centre and flagged. */
	values: ReadonlyArray<number | null>;
}

export interface RadarPoint {
	x: number;
	y: number;
	value: number | null;
}

export interface RadarLayout<Key extends string = string> {
	/** Centre of the chart; the paths below are relative to it. */
	centre: number;
	radius: number;
	rings: string[];
	spokes: Array<{ x: number; y: number }>;
	labels: Array<{ x: number; y: number; anchor: 'start' | 'middle' | 'end' }>;
	series: Array<{ key: Key; path: string; points: RadarPoint[] }>;
}

// `|| 0` turns -0 (from sin/cos of the left half) into 0, so points compare and print cleanly.
const round = (value: number) => Math.round(value * 10) / 10 || 0;

/**
 * Lays out a radar (spider) chart: axis `i` of `n` points at angle 2πi/n clockwise from
 * twelve o'clock, each series is a closed polygon, and the grid rings are polygons at equal
 * value steps. Paths and points are relative to the centre.
 */
export function radarLayout<Key extends string>(
	axisCount: number,
	series: ReadonlyArray<RadarSeriesInput<Key>>,
	options: RadarOptions
): RadarLayout<Key> {
	const max = options.max ?? 100;
	const margin = options.margin ?? 40;
	const radius = options.size / 2 - margin;
	const scale = scaleLinear().domain([0, max]).range([0, radius]).clamp(true);
	const angle = (index: number) => (2 * Math.PI * index) / axisCount;
	const polygon = lineRadial<number>()
		.angle((_, index) => angle(index))
		.radius((value) => scale(value))
		.curve(curveLinearClosed)
		.digits(1);
	const at = (index: number, distance: number) => ({
		x: round(distance * Math.sin(angle(index))),
		y: round(-distance * Math.cos(angle(index)))
	});
	const axisIndexes = Array.from({ length: axisCount }, (_, index) => index);

	const ringCount = options.rings ?? 4;
	const rings = Array.from({ length: ringCount }, (_, ring) => {
		const value = (max * (ring + 1)) / ringCount;
		return polygon(axisIndexes.map(() => value)) ?? '';
	});

	return {
		centre: options.size / 2,
		radius,
		rings,
		spokes: axisIndexes.map((index) => at(index, radius)),
		labels: axisIndexes.map((index) => {
			const { x, y } = at(index, radius + 12);
			let anchor: 'start' | 'middle' | 'end' = 'middle';
			if (x >= 1) anchor = 'start';
			if (x <= -1) anchor = 'end';
			return { x, y, anchor };
		}),
		series: series.map(({ key, values }) => ({
			key,
			path: polygon(values.map((value) => value ?? 0)) ?? '',
			points: values.map((value, index) => ({ ...at(index, scale(value ?? 0)), value }))
		}))
	};
}
