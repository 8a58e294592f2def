import { describe, expect, it } from 'vitest';
import { coverage, mase, meanOf, seasonalNaiveScale, smape } from './metrics';

describe('forecast metrics', () => {
	it.each([
		// 100/3 × (2·2/4 + 0 + 2·2/6): the 0-and-0 week counts as no error.
		[[1, 0, 4], [3, 0, 2], 55.556],
		[[5, 5], [5, 5], 0],
		// A forecast of 0 against any actual is the maximum error, 200.
		[[3], [0], 200]
	])('sMAPE of %j against %j is %d', (actual, forecast, expected) => {
		expect(smape(actual, forecast)).toBeCloseTo(expected, 3);
	});

	it('seasonal naive scale averages year-on-year differences', () => {
		expect(seasonalNaiveScale([1, 2, 4, 8], 2)).toBe(4.5);
	});

	it('seasonal naive scale needs more than one season', () => {
		expect(seasonalNaiveScale([1, 2], 2)).toBeUndefined();
	});

	it('MASE divides the mean absolute error by the scale', () => {
		const scale = seasonalNaiveScale([1, 2, 4], 1);
		expect(scale).toBe(1.5);
		expect(mase([3, 5], [4, 4], scale)).toBeCloseTo(2 / 3, 10);
	});

	it('MASE is undefined for a constant history', () => {
		expect(mase([3], [4], seasonalNaiveScale([2, 2, 2], 1))).toBeUndefined();
	});

	it('coverage counts actuals inside their bounds', () => {
		expect(coverage([1, 5, 9], [0, 6, 8], [2, 7, 9])).toBeCloseTo(2 / 3, 10);
	});

	it('rejects series of different lengths', () => {
		expect(() => smape([1, 2], [1])).toThrow(/lengths differ/);
	});

	it('mean skips undefined values', () => {
		expect(meanOf([1, undefined, 3])).toBe(2);
		expect(meanOf([undefined])).toBeUndefined();
	});
});
