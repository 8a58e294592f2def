import { describe, expect, it } from 'vitest';
import { compareShares, comparisonWindows, normalCdf } from './beforeAfter';
import { DAY_MS } from './period';

describe('comparisonWindows', () => {
	it.each([
		['caps at 90 days', 200, 90],
		['uses the days since shipping', 30, 30],
		['waits for two weeks', 10, null]
	])('%s', (_, daysSince, expected) => {
		const windows = comparisonWindows(0, daysSince * DAY_MS);
		expect(windows?.days ?? null).toBe(expected);
		if (windows) {
			expect(windows.shippedAtMs - windows.beforeFromMs).toBe(
				windows.afterToMs - windows.shippedAtMs
			);
		}
	});
});

describe('compareShares', () => {
	it.each([
		['a clear drop improves', { hits: 40, total: 100 }, { hits: 10, total: 100 }, 'improved'],
		['a clear rise is worse', { hits: 10, total: 100 }, { hits: 40, total: 100 }, 'worse'],
		['noise is unchanged', { hits: 10, total: 100 }, { hits: 12, total: 100 }, 'unchanged'],
		[
			'an empty side is insufficient',
			{ hits: 0, total: 0 },
			{ hits: 1, total: 10 },
			'insufficient'
		],
		[
			'more hits than total is insufficient',
			{ hits: 5, total: 3 },
			{ hits: 1, total: 10 },
			'insufficient'
		]
	])('%s', (_, before, after, verdict) => {
		expect(compareShares(before, after).verdict).toBe(verdict);
	});

	it('reports the change in share points', () => {
		expect(compareShares({ hits: 40, total: 100 }, { hits: 10, total: 100 }).change).toBeCloseTo(
			-0.3
		);
	});

	it('normal CDF matches known values', () => {
		expect(normalCdf(0)).toBeCloseTo(0.5, 6);
		expect(normalCdf(1.96)).toBeCloseTo(0.975, 3);
		expect(normalCdf(-1.96)).toBeCloseTo(0.025, 3);
	});
});
