import { extent } from 'd3-array';
import { polygonHull } from 'd3-polygon';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line, curveLinearClosed } from 'd3-shape';

export interface ScatterOptions<Point> {
	width: number;
	height: number;
	x: (point: Point) => number;
	y: (point: Point) => number;
	margin?: { top: number; right: number; bottom: number; left: number };
}

export interface Scatter<Point> {
	x: ScaleLinear<number, number>;
	y: ScaleLinear<number, number>;
	dots: Array<{ point: Point; cx: number; cy: number }>;
	/** Draws the outline of a group of points in data units: its convex hull, or null. */
	outline: (points: Array<[number, number]>) => string | null;
}

/**
 * Lays out a scatter plot on "nice" linear scales. `outline` closes the convex hull of a
 * cluster's points; clusters of one or two points, which have no hull, get a circle or a
 * stroke through both points so they stay visible.
 */
export function scatter<Point>(
	points: readonly Point[],
	options: ScatterOptions<Point>
): Scatter<Point> {
	const margin = options.margin ?? { top: 10, right: 10, bottom: 30, left: 40 };
	const xs = extent(points, options.x) as [number, number] | [undefined, undefined];
	const ys = extent(points, options.y) as [number, number] | [undefined, undefined];
	const x = scaleLinear()
		.domain(xs[0] === undefined ? [0, 1] : [xs[0] - 1, xs[1] + 1])
		.nice()
		.range([margin.left, options.width - margin.right]);
	const y = scaleLinear()
		.domain(ys[0] === undefined ? [0, 1] : [ys[0] - 1, ys[1] + 1])
		.nice()
		.range([options.height - margin.bottom, margin.top]);
	const toScreen = ([px, py]: [number, number]): [number, number] => [x(px), y(py)];
	const outline = (group: Array<[number, number]>): string | null => {
		if (group.length === 0) return null;
		const screen = group.map(toScreen);
		const hull = screen.length >= 3 ? polygonHull(screen) : null;
		if (hull) return line().curve(curveLinearClosed)(hull);
		const [cx, cy] = screen[0];
		if (screen.length === 1 || (screen[1][0] === cx && screen[1][1] === cy)) {
			return `M${cx - 4},${cy}a4,4 0 1,0 8,0a4,4 0 1,0 -8,0`;
		}
		return `M${cx},${cy}L${screen[1][0]},${screen[1][1]}`;
	};
	return {
		x,
		y,
		dots: points.map((point) => ({ point, cx: x(options.x(point)), cy: y(options.y(point)) })),
		outline
	};
}
