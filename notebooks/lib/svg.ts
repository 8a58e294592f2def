/**
 * SVG strings for notebook output, drawn from the layouts of src/lib/components/charts so
 * notebooks and pages share the same scales. Deno has no DOM, so the markup is built as text.
 */
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

function frame(width: number, height: number, body: string[]): string {
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
