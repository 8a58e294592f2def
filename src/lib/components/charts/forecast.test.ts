import { describe, expect, it } from 'vitest';
import { forecastChart, type ForecastChartData } from './forecast';

const options = { width: 230, height: 120, margin: { top: 10, right: 10, bottom: 10, left: 20 } };

// Weeks 2026-01-05 .. 2026-02-02 span 28 days over 200 px, so one week is 50 px; the count
// axis runs 0..10 over 100 px, so one conversation is 10 px.
const data: ForecastChartData = {
	weeks: ['2026-01-05', '2026-01-12', '2026-01-19'],
	values: [2, 4, 6],
	forecastWeeks: ['2026-01-26', '2026-02-02'],
	point: [5, 5],
	lower80: [4, 3],
	upper80: [6, 7],
	lower95: [3, 2],
	upper95: [8, 10],
	markers: [
		{ name: 'springFestival', date: '2026-01-26' },
		{ name: '618', date: '2026-06-18' }
	]
};

describe('forecastChart', () => {
	const chart = forecastChart(data, options);

	it('draws the history line', () => {
		expect(chart.history).toBe('M20,90L70,70L120,50');
	});

	it('joins the forecast to the last actual week', () => {
		expect(chart.forecast).toBe('M120,50L170,60L220,60');
	});

	it('shades the 80% band between its bounds', () => {
		expect(chart.band80).toBe('M120,50L170,50L220,40L220,80L170,70L120,50Z');
	});

	it('draws the 95% band wider than the 80% band', () => {
		expect(chart.band95).toBe('M120,50L170,30L220,10L220,90L170,80L120,50Z');
	});

	it('keeps only markers inside the weeks shown', () => {
		expect(chart.markers).toEqual([{ name: 'springFestival', date: '2026-01-26', x: 170 }]);
	});

	it('starts the count axis at 0', () => {
		expect(chart.yTicks[0]).toEqual({ y: 110, label: '0' });
	});

	it('draws nothing ahead without a forecast', () => {
		const empty = forecastChart(
			{ ...data, forecastWeeks: [], point: [], lower80: [], upper80: [], lower95: [], upper95: [] },
			options
		);
		expect(empty.forecast).toBe('');
		expect(empty.band95).toBe('');
	});
});
