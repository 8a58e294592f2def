import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

export interface SparklineOptions {
	width: number;
	height: number;
	/** Value domain; defaults to 0..max(values, 0.01), so a flat zero line sits at the bottom. */
	domain?: [number, number];
	padding?: number;
}

export interface Sparkline {
	path: string;
	/** Last defined point, for the end dot. */
	last: { x: number; y: number } | null;
}

/**
 * Builds an SVG path for a series with gaps: null values break the line instead of dropping
 * to zero, because "no conversations that month" is not "no negative conversations".
 */
export function sparkline(values: Array<number | null>, options: SparklineOptions): Sparkline {
	const padding = options.padding ?? 2;
	const defined = values.filter((v): v is number => v !== null);
	const [, max] = extent(defined);
	const domain = options.domain ?? [0, Math.max(max ?? 0, 0.01)];
	const x = scaleLinear()
		.domain([0, Math.max(values.length - 1, 1)])
		.range([padding, options.width - padding]);
	const y = scaleLinear()
		.domain(domain)
		.range([options.height - padding, padding]);
	const generator = line<number | null>()
		.defined((v) => v !== null)
		.x((_, i) => x(i))
		.y((v) => y(v ?? 0))
		.digits(1);
	const lastIndex = values.findLastIndex((v) => v !== null);
	return {
		path: generator(values) ?? '',
		last: lastIndex < 0 ? null : { x: x(lastIndex), y: y(values[lastIndex] ?? 0) }
	};
}
