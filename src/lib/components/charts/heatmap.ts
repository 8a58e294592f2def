import { max } from 'd3-array';
import { scaleBand, scaleSequential } from 'd3-scale';
import { interpolateOrRd } from 'd3-scale-chromatic';

export interface HeatmapOptions<Cell> {
	width: number;
	height: number;
	rows: string[];
	columns: string[];
	row: (cell: Cell) => string;
	column: (cell: Cell) => string;
	value: (cell: Cell) => number;
	/** Room for the row labels on the left and the column labels on top, in px. */
	margin?: { left: number; top: number };
}

export interface HeatmapRect {
	row: string;
	column: string;
	value: number;
	x: number;
	y: number;
	width: number;
	height: number;
	fill: string;
	/** The value label is drawn light on the darker half of the scale, so it stays readable. */
	dark: boolean;
}

export interface Heatmap {
	rects: HeatmapRect[];
	rowLabels: Array<{ label: string; y: number }>;
	columnLabels: Array<{ label: string; x: number }>;
}

/**
 * Lays out a row × column count grid. Every row/column pair gets a rect, zero when no cell
 * names it; colour runs from white at 0 to dark red at the largest value.
 */
export function heatmap<Cell>(cells: readonly Cell[], options: HeatmapOptions<Cell>): Heatmap {
	const margin = options.margin ?? { left: 40, top: 20 };
	const x = scaleBand<string>()
		.domain(options.columns)
		.range([margin.left, options.width])
		.padding(0.05);
	const y = scaleBand<string>()
		.domain(options.rows)
		.range([margin.top, options.height])
		.padding(0.05);
	const values = new Map<string, number>();
	for (const cell of cells) {
		const key = `${options.row(cell)}\u0000${options.column(cell)}`;
		values.set(key, (values.get(key) ?? 0) + options.value(cell));
	}
	const top = max([...values.values()]) ?? 0;
	const colour = scaleSequential(interpolateOrRd).domain([0, Math.max(top, 1)]);
	const rects: HeatmapRect[] = [];
	for (const row of options.rows) {
		for (const column of options.columns) {
			const value = values.get(`${row}\u0000${column}`) ?? 0;
			rects.push({
				row,
				column,
				value,
				x: x(column) as number,
				y: y(row) as number,
				width: x.bandwidth(),
				height: y.bandwidth(),
				fill: colour(value),
				dark: value > Math.max(top, 1) / 2
			});
		}
	}
	return {
		rects,
		rowLabels: options.rows.map((label) => ({
			label,
			y: (y(label) as number) + y.bandwidth() / 2
		})),
		columnLabels: options.columns.map((label) => ({
			label,
			x: (x(label) as number) + x.bandwidth() / 2
		}))
	};
}
