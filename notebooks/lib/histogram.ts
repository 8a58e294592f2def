/**
 * Histogram of signed amounts as an SVG string, for distributions such as the change of each
 * agent's bonus between two plans. Bars below zero are red and bars at or above zero green,
 * so losers and winners read apart at a glance.
 */
import { bin, extent, max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { escapeXml, frame } from './svg.js';

export interface HistogramSvgOptions {
	width: number;
	height: number;
	title: string;
	xLabel: string;
	/** Unit of the count axis, e.g. `agents`. */
	yLabel: string;
	/** Approximate number of bins. d3 picks round bin edges near this count. */
	bins?: number;
	/** Formats an x tick value. */
	format?: (value: number) => string;
}

const MARGIN = { top: 28, right: 16, bottom: 40, left: 40 };

/** Draws a histogram of `values` with a count axis, x ticks, and a line at zero when in range. */
export function histogramSvg(values: readonly number[], options: HistogramSvgOptions): string {
	const [low, high] = extent(values) as [number, number];
	const x = scaleLinear()
		.domain([Math.min(low ?? 0, 0), Math.max(high ?? 0, 0)])
		.nice(options.bins ?? 20)
		.range([MARGIN.left, options.width - MARGIN.right]);
	const bins = bin()
		.domain(x.domain() as [number, number])
		.thresholds(x.ticks(options.bins ?? 20))([...values]);
	const y = scaleLinear()
		.domain([0, max(bins, (bucket) => bucket.length) ?? 1])
		.nice()
		.range([options.height - MARGIN.bottom, MARGIN.top]);
	const format = options.format ?? String;
	const [x0, x1] = x.range();
	const [y0] = y.range();

	const body: string[] = [
		`<text x="${MARGIN.left}" y="16" font-weight="bold">${escapeXml(options.title)}</text>`,
		`<line x1="${x0}" y1="${y0}" x2="${x1}" y2="${y0}" stroke="#333"/>`
	];
	for (const bucket of bins) {
		if (bucket.length === 0) continue;
		const left = x(bucket.x0!) + 0.5;
		const width = Math.max(1, x(bucket.x1!) - x(bucket.x0!) - 1);
		const colour = bucket.x1! <= 0 ? '#d62728' : '#2ca02c';
		body.push(
			`<rect x="${left}" y="${y(bucket.length)}" width="${width}" height="${y0 - y(bucket.length)}" fill="${colour}">` +
				`<title>${escapeXml(`${format(bucket.x0!)} to ${format(bucket.x1!)}: ${bucket.length}`)}</title></rect>`
		);
	}
	for (const tick of y.ticks(5)) {
		body.push(
			`<text x="${x0 - 6}" y="${y(tick)}" text-anchor="end" dominant-baseline="middle">${tick}</text>`
		);
	}
	for (const tick of x.ticks(8)) {
		body.push(
			`<line x1="${x(tick)}" y1="${y0}" x2="${x(tick)}" y2="${y0 + 4}" stroke="#333"/>`,
			`<text x="${x(tick)}" y="${y0 + 16}" text-anchor="middle">${escapeXml(format(tick))}</text>`
		);
	}
	const [d0, d1] = x.domain();
	if (d0 < 0 && d1 > 0) {
		body.push(
			`<line x1="${x(0)}" y1="${MARGIN.top}" x2="${x(0)}" y2="${y0}" stroke="#555" stroke-dasharray="4 3"/>`
		);
	}
	body.push(
		`<text x="${(x0 + x1) / 2}" y="${options.height - 6}" text-anchor="middle">${escapeXml(options.xLabel)}</text>`,
		`<text transform="translate(12 ${(MARGIN.top + y0) / 2}) rotate(-90)" text-anchor="middle">${escapeXml(options.yLabel)}</text>`
	);
	return frame(options.width, options.height, body);
}
