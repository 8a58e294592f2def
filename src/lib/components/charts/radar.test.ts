import { describe, expect, it } from 'vitest';
import { radarLayout } from './radar';

describe('radarLayout', () => {
	const layout = radarLayout(
		4,
		[
			{ key: 'agent', values: [100, 50, 0, null] },
			{ key: 'team', values: [50, 50, 50, 50] }
		],
		{ size: 200, margin: 20, rings: 2 }
	);

	it('sizes the chart from size and margin', () => {
		expect(layout.centre).toBe(100);
		expect(layout.radius).toBe(80);
	});

	it('draws series as closed polygons clockwise from the top', () => {
		expect(layout.series[0].path).toBe('M0,-80L40,0L0,0L0,0Z');
		expect(layout.series[1].path).toBe('M0,-40L40,0L0,40L-40,0Z');
	});

	it('keeps missing values as null at the centre', () => {
		expect(layout.series[0].points[3]).toEqual({ x: 0, y: 0, value: null });
	});

	it('draws one grid ring per step', () => {
		expect(layout.rings).toEqual(['M0,-40L40,0L0,40L-40,0Z', 'M0,-80L80,0L0,80L-80,0Z']);
	});

	it('places spokes and labels outside the ring', () => {
		expect(layout.spokes).toEqual([
			{ x: 0, y: -80 },
			{ x: 80, y: 0 },
			{ x: 0, y: 80 },
			{ x: -80, y: 0 }
		]);
		expect(layout.labels.map((label) => label.anchor)).toEqual([
			'middle',
			'start',
			'middle',
			'end'
		]);
	});

	it('clamps values above the maximum to the outer ring', () => {
		const clamped = radarLayout(4, [{ key: 'x', values: [150, 0, 0, 0] }], {
			size: 200,
			margin: 20
		});
		expect(clamped.series[0].points[0]).toEqual({ x: 0, y: -80, value: 150 });
	});
});
