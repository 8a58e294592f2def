import { describe, expect, it } from 'vitest';
import { clampCounts, conformalQuantile, conformityScore, intervalAround } from './calibration';

describe('interval calibration', () => {
	it.each([
		// ⌈(4 + 1) × 0.8⌉ = 4th smallest.
		[0.8, 4],
		// ⌈(4 + 1) × 0.5⌉ = 3rd smallest.
		[0.5, 3],
		// ⌈5 × 0.95⌉ = 5 passes n = 4, so the largest score.
		[0.95, 4]
	])('conformal quantile at %d is %d', (level, expected) => {
		expect(conformalQuantile([3, 1, 4, 2], level)).toBe(expected);
	});

	it.each([95, 0, 1])('rejects level %d, which is not a fraction', (level) => {
		expect(() => conformalQuantile([1], level)).toThrow(/fraction/);
	});

	it('scales an error by the square root of its forecast', () => {
		expect(conformityScore({ horizon: 1, actual: 10, forecast: 4 })).toBe(3);
	});

	it('scales errors of forecasts below 1 by 1', () => {
		expect(conformityScore({ horizon: 1, actual: 2, forecast: 0.25 })).toBe(1.75);
	});

	it('widens the interval with the forecast', () => {
		expect(intervalAround([4, 16], 1.5)).toEqual({ lower: [1, 10], upper: [7, 22] });
	});

	it('clamps lower bounds at 0', () => {
		expect(intervalAround([0.25], 1.5)).toEqual({ lower: [0], upper: [1.75] });
	});

	it('clamps negative and non-finite counts to 0', () => {
		expect(clampCounts([-2, 3, Number.NaN])).toEqual([0, 3, 0]);
	});
});
