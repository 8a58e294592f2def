import { describe, expect, it } from 'vitest';
import { breachRateChart } from './breachRate';

const options = { width: 240, height: 124, margin: { top: 10, right: 20, bottom: 14, left: 20 } };

describe('breachRateChart', () => {
	const chart = breachRateChart(
		[
			{ team: 'A', day: '2026-11-01', breachRate: 0 },
			{ team: 'A', day: '2026-11-02', breachRate: null },
			{ team: 'A', day: '2026-11-03', breachRate: 1 },
			{ team: 'B', day: '2026-11-02', breachRate: 0.5 }
		],
		options
	);

	it('draws one series per team', () => {
		expect(chart.series.map((s) => s.team)).toEqual(['A', 'B']);
	});

	it('breaks the line where a day has no rate', () => {
		expect(chart.series[0].path).toBe('M20,110ZM220,10Z');
	});

	it('places a point at its day and rate', () => {
		expect(chart.series[1].points).toEqual([{ x: 120, y: 60, day: '2026-11-02', breachRate: 0.5 }]);
	});

	it('labels the rate axis in percent', () => {
		expect(chart.yTicks.map((tick) => tick.label)).toEqual(['0%', '25%', '50%', '75%', '100%']);
	});

	it('handles no data', () => {
		expect(breachRateChart([], options).series).toEqual([]);
	});
});
