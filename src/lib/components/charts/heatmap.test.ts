import { describe, expect, it } from 'vitest';
import { heatmap } from './heatmap';

const cells = [
	{ size: 'M', fit: 'small', count: 2 },
	{ size: 'L', fit: 'small', count: 8 },
	{ size: 'L', fit: 'fit', count: 4 }
];

const layout = () =>
	heatmap(cells, {
		width: 240,
		height: 120,
		rows: ['M', 'L'],
		columns: ['small', 'fit', 'large'],
		row: (c) => c.size,
		column: (c) => c.fit,
		value: (c) => c.count,
		margin: { left: 40, top: 20 }
	});

describe('heatmap', () => {
	it('gives every row and column pair a rect', () => {
		expect(layout().rects.map((r) => `${r.row}/${r.column}=${r.value}`)).toEqual([
			'M/small=2',
			'M/fit=0',
			'M/large=0',
			'L/small=8',
			'L/fit=4',
			'L/large=0'
		]);
	});

	it('places bands inside the margins', () => {
		const [first] = layout().rects;
		expect(first.x).toBeCloseTo(40 + (200 / 3.05) * 0.05, 6);
		expect(first.y).toBeCloseTo(20 + (100 / 2.05) * 0.05, 6);
	});

	it('colours zero white and the maximum darkest', () => {
		const rects = layout().rects;
		expect(rects[1].fill).toBe('rgb(255, 247, 236)');
		expect(rects[3].fill).toBe('rgb(127, 0, 0)');
	});

	it('marks cells above half the maximum as dark', () => {
		expect(layout().rects.map((r) => r.dark)).toEqual([false, false, false, true, false, false]);
	});
});
