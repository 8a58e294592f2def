/**
 * SVG strings for notebook output, drawn from the layouts of src/lib/components/charts so
 * notebooks and pages share the same scales. Deno has no DOM, so the markup is built as text.
 */
import type { ForecastChart } from '../../src/lib/components/charts/forecast.js';
import type { Heatmap } from '../../src/lib/components/charts/heatmap.js';
import type { Scatter } from '../../src/lib/components/charts/scatter.js';

const FONT = 'font-family="sans-serif" font-size="12"';

/** Escapes text for an SVG text node or attribute value. */
export function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/** Wraps SVG elements in a root element of the given size, with the notebooks' font. */
export function frame(width: number, height: number, body: string[]): string {
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
			`viewBox="0 0 ${width} ${height}" ${FONT}>`,
		...body,
		'</svg>'
	].join('\n');
}

export interface HeatmapSvgOptions {
	width: number;
	height: number;
	/** Axis titles, drawn below the row labels and above the column labels. */
	rowTitle?: string;
	columnTitle?: string;
}

/** Draws a heatmap layout with its count in each cell. */
export function heatmapSvg(layout: Heatmap, options: HeatmapSvgOptions): string {
	const body: string[] = [];
	for (const rect of layout.rects) {
		body.push(
			`<rect x="${rect.x}" y="${rect.y}" width="${rect.width}" height="${rect.height}" ` +
				`fill="${rect.fill}"><title>${escapeXml(`${rect.row} / ${rect.column}: ${rect.value}`)}</title></rect>`,
			`<text x="${rect.x + rect.width / 2}" y="${rect.y + rect.height / 2}" text-anchor="middle" ` +
				`dominant-baseline="middle" fill="${rect.dark ? 'white' : 'black'}">${rect.value}</text>`
		);
	}
	const left = Math.min(...layout.rects.map((rect) => rect.x));
	const top = Math.min(...layout.rects.map((rect) => rect.y));
	for (const { label, y } of layout.rowLabels) {
		body.push(
			`<text x="${left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">${escapeXml(label)}</text>`
		);
	}
	for (const { label, x } of layout.columnLabels) {
		body.push(`<text x="${x}" y="${top - 6}" text-anchor="middle">${escapeXml(label)}</text>`);
	}
	if (options.columnTitle) {
		body.push(
			`<text x="${left}" y="12" font-weight="bold">${escapeXml(options.columnTitle)}</text>`
		);
	}
	if (options.rowTitle) {
		body.push(
			`<text x="12" y="${options.height - 4}" font-weight="bold">${escapeXml(options.rowTitle)}</text>`
		);
	}
	return frame(options.width, options.height, body);
}

export interface ScatterSvgOptions<Point> {
	width: number;
	height: number;
	colour: (point: Point) => string;
	xLabel: string;
	yLabel: string;
	legend?: Array<{ label: string; colour: string }>;
	/** Closed outlines (from `layout.outline`), each labelled above its top-left corner. */
	outlines?: Array<{ path: string; label: string }>;
}

/** Draws a scatter layout with axes, ticks, coloured dots, outlines and a legend. */
export function scatterSvg<Point>(
	layout: Scatter<Point>,
	options: ScatterSvgOptions<Point>
): string {
	const [x0, x1] = layout.x.range();
	const [y0, y1] = layout.y.range();
	const body: string[] = [
		`<line x1="${x0}" y1="${y0}" x2="${x1}" y2="${y0}" stroke="#333"/>`,
		`<line x1="${x0}" y1="${y0}" x2="${x0}" y2="${y1}" stroke="#333"/>`
	];
	for (const tick of layout.x.ticks(8)) {
		const x = layout.x(tick);
		body.push(
			`<line x1="${x}" y1="${y0}" x2="${x}" y2="${y0 + 4}" stroke="#333"/>`,
			`<text x="${x}" y="${y0 + 16}" text-anchor="middle">${tick}</text>`
		);
	}
	for (const tick of layout.y.ticks(6)) {
		const y = layout.y(tick);
		body.push(
			`<line x1="${x0 - 4}" y1="${y}" x2="${x0}" y2="${y}" stroke="#333"/>`,
			`<text x="${x0 - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">${tick}</text>`
		);
	}
	body.push(
		`<text x="${(x0 + x1) / 2}" y="${options.height - 4}" text-anchor="middle">${escapeXml(options.xLabel)}</text>`,
		`<text transform="translate(12 ${(y0 + y1) / 2}) rotate(-90)" text-anchor="middle">${escapeXml(options.yLabel)}</text>`
	);
	for (const { path, label } of options.outlines ?? []) {
		// The label sits above the outline's top-left corner, inside the plot whatever its shape.
		const corners = [...path.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map(([, x, y]) => [+x, +y]);
		const left = Math.min(...corners.map(([x]) => x));
		const top = Math.min(...corners.map(([, y]) => y));
		body.push(`<path d="${path}" fill="none" stroke="#555" stroke-dasharray="4 3"/>`);
		if (corners.length > 0) {
			body.push(`<text x="${left}" y="${top - 6}">${escapeXml(label)}</text>`);
		}
	}
	for (const dot of layout.dots) {
		body.push(
			`<circle cx="${dot.cx}" cy="${dot.cy}" r="3.5" fill="${options.colour(dot.point)}" fill-opacity="0.75"/>`
		);
	}
	(options.legend ?? []).forEach(({ label, colour }, i) => {
		const y = y1 + 8 + i * 16;
		body.push(
			`<circle cx="${x1 - 70}" cy="${y}" r="5" fill="${colour}"/>`,
			`<text x="${x1 - 60}" y="${y}" dominant-baseline="middle">${escapeXml(label)}</text>`
		);
	});
	return frame(options.width, options.height, body);
}

export interface ForecastSvgOptions {
	width: number;
	height: number;
	title: string;
	/** Label of each event marker, by the marker's event name. */
	markerLabel: (name: string) => string;
}

const FORECAST_LEGEND: Array<[string, string]> = [
	['#111827', 'conversations'],
	['#1d4ed8', 'forecast'],
	['#3b82f6', '80% band'],
	['#93c5fd', '95% band'],
	['#c2410c', 'shopping event']
];

/**
 * Draws a forecast layout: the 95% band under the 80% band, the history line, the dashed
 * forecast line and dashed event markers. The title and legend take the top 40 px, so the
 * layout needs a top margin of about 48.
 */
export function forecastSvg(layout: ForecastChart, options: ForecastSvgOptions): string {
	const { plot } = layout;
	const body: string[] = [
		`<text x="${plot.left}" y="14" font-weight="bold">${escapeXml(options.title)}</text>`
	];
	// Entries sit left to right, each as wide as its label at about 7 px a letter.
	let legendX = plot.left;
	for (const [colour, label] of FORECAST_LEGEND) {
		body.push(
			`<rect x="${legendX}" y="22" width="12" height="10" fill="${colour}"/>`,
			`<text x="${legendX + 16}" y="31">${label}</text>`
		);
		legendX += 28 + label.length * 7;
	}
	for (const tick of layout.yTicks) {
		body.push(
			`<line x1="${plot.left}" y1="${tick.y}" x2="${plot.right}" y2="${tick.y}" stroke="#e5e7eb"/>`,
			`<text x="${plot.left - 4}" y="${tick.y}" text-anchor="end" dominant-baseline="middle">${tick.label}</text>`
		);
	}
	for (const tick of layout.xTicks) {
		body.push(
			`<text x="${tick.x}" y="${plot.bottom + 16}" text-anchor="middle">${tick.label}</text>`
		);
	}
	layout.markers.forEach((marker, i) => {
		// Labels alternate between two rows, because Double 11 and the next Spring Festival can
		// fall within three months of each other. Near the right edge they run leftwards.
		const y = plot.top + (i % 2 === 0 ? 10 : 22);
		const anchor = marker.x > plot.right - 90 ? 'end' : 'start';
		const x = anchor === 'end' ? marker.x - 2 : marker.x + 2;
		body.push(
			`<line x1="${marker.x}" y1="${plot.top}" x2="${marker.x}" y2="${plot.bottom}" ` +
				`stroke="#c2410c" stroke-dasharray="3 3"/>`,
			`<text x="${x}" y="${y}" text-anchor="${anchor}" font-size="10" fill="#c2410c">` +
				`${escapeXml(options.markerLabel(marker.name))}</text>`
		);
	});
	body.push(
		`<path d="${layout.band95}" fill="#93c5fd" fill-opacity="0.45"/>`,
		`<path d="${layout.band80}" fill="#3b82f6" fill-opacity="0.45"/>`,
		`<path d="${layout.history}" fill="none" stroke="#111827" stroke-width="1.5"/>`,
		`<path d="${layout.forecast}" fill="none" stroke="#1d4ed8" stroke-width="2" stroke-dasharray="5 3"/>`
	);
	return frame(options.width, options.height, body);
}
