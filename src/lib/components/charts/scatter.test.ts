import { describe, expect, it } from 'vitest';
import { scatter } from './scatter';

const points = [
	{ h: 170, w: 60 },
	{ h: 180, w: 80 },
	{ h: 175, w: 70 }
];

const layout = () =>
	scatter(points, {
		width: 220,
		height: 140,
		x: (p) => p.h,
		y: (p) => p.w,
		margin: { top: 10, right: 10, bottom: 30, left: 10 }
	});

describe('scatter', () => {
	it('uses nice domains around the data', () => {
		const chart = layout();
		expect(chart.x.domain()).toEqual([169, 181]);
		expect(chart.y.domain()).toEqual([58, 82]);
	});

	it('maps a point into the plot area', () => {
		const [dot] = layout().dots;
		expect(dot.cx).toBeCloseTo(10 + (1 / 12) * 200, 6);
		expect(dot.cy).toBeCloseTo(110 - (2 / 24) * 100, 6);
	});

	it('outlines three points as a closed hull', () => {
		const path = layout().outline([
			[170, 60],
			[180, 80],
			[180, 60]
		]);
		expect(path).toBe('M193.333,101.667L193.333,18.333L26.667,101.667Z');
	});

	it('outlines a single point as a circle and nothing as null', () => {
		const chart = layout();
		expect(chart.outline([[175, 70]])).toMatch(/^M\d+(\.\d+)?,\d+(\.\d+)?a4,4/);
		expect(chart.outline([])).toBeNull();
	});
});
