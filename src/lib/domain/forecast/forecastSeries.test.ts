import { describe, expect, it } from 'vitest';
import { forecastSeries, type WeeklySeries } from './forecastSeries';
import type { ForecastModel } from './models';
import { weekRange } from './weeks';

function series(weeks: string[], value: (i: number) => number): WeeklySeries {
	return {
		seriesId: 'topic:size',
		kind: 'topic',
		key: 'size',
		nameZh: '尺码',
		nameEn: 'Size',
		weeks,
		values: weeks.map((_, i) => value(i))
	};
}

/** A stand-in method that always forecasts the history's mean. */
const meanModel: ForecastModel = {
	name: 'ets',
	minWeeks: 4,
	forecast: ({ values, horizon }) => {
		const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
		return Array.from({ length: horizon }, () => mean);
	}
};

/** Deterministic noise in −5..5 from the Park–Miller generator. */
function noise(count: number): number[] {
	let state = 42;
	return Array.from({ length: count }, () => {
		state = (state * 16807) % 2147483647;
		return (state % 11) - 5;
	});
}

describe('forecastSeries', () => {
	const twoYears = weekRange('2024-12-02', '2026-11-23');

	it('keeps seasonal naive when it wins the backtest', () => {
		// An exact yearly pattern: seasonal naive is perfect, the mean is not.
		const forecast = forecastSeries(
			series(twoYears, (i) => 5 + ((i * 7) % 52)),
			[meanModel]
		);
		expect(forecast.model).toBe('seasonalNaive');
		expect(forecast.backtest.map((row) => row.model)).toEqual(['seasonalNaive', 'ets']);
	});

	it('picks the method that beats seasonal naive', () => {
		// Noise around a flat level: last year's week is a worse guess than the mean.
		const jitter = noise(twoYears.length);
		const forecast = forecastSeries(
			series(twoYears, (i) => 20 + jitter[i]),
			[meanModel]
		);
		expect(forecast.model).toBe('ets');
		expect(forecast.validated).toBe(true);
		expect(forecast.backtestOrigins).toBe(8);
	});

	it('forecasts the 13 weeks after the history', () => {
		const forecast = forecastSeries(
			series(twoYears, (i) => 20 + (i % 5)),
			[meanModel]
		);
		expect(forecast.forecastWeeks[0]).toBe('2026-11-30');
		expect(forecast.forecastWeeks).toHaveLength(13);
	});

	it('nests the 80% band inside the 95% band, above 0', () => {
		const forecast = forecastSeries(
			series(twoYears, (i) => (i % 3) * 2),
			[meanModel]
		);
		forecast.point.forEach((point, i) => {
			expect(forecast.lower95[i]).toBeGreaterThanOrEqual(0);
			expect(forecast.lower95[i]).toBeLessThanOrEqual(forecast.lower80[i]);
			expect(forecast.lower80[i]).toBeLessThanOrEqual(point);
			expect(forecast.upper80[i]).toBeGreaterThanOrEqual(point);
			expect(forecast.upper95[i]).toBeGreaterThanOrEqual(forecast.upper80[i]);
		});
	});

	it('forecasts a short history without validation', () => {
		const forecast = forecastSeries(
			series(weekRange('2026-09-07', '2026-11-23'), (i) => i % 4),
			[]
		);
		expect(forecast.validated).toBe(false);
		expect(forecast.model).toBe('seasonalNaive');
		expect(forecast.backtest).toEqual([]);
	});

	it('widens a short history band with the horizon', () => {
		const forecast = forecastSeries(
			series(weekRange('2026-09-07', '2026-11-23'), (i) => 4 + (i % 2)),
			[]
		);
		expect(forecast.upper95[12] - forecast.point[12]).toBeGreaterThan(
			forecast.upper95[0] - forecast.point[0]
		);
	});
});
