import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateLargestRemainder, splitByShares } from './allocate.js';

describe('allocateLargestRemainder', () => {
	it('gives leftover fen to the largest remainders', () => {
		// Quotas 33.33, 33.33, 33.33: one fen left, tied remainders, so the smallest id gets it.
		const amounts = allocateLargestRemainder(100, [
			{ id: 'B', weight: 1 },
			{ id: 'A', weight: 1 },
			{ id: 'C', weight: 1 }
		]);
		expect(Object.fromEntries(amounts!)).toEqual({ A: 34, B: 33, C: 33 });
	});

	it('prefers the larger remainder over the id', () => {
		// Quotas 6.6 and 3.4 of 10: floors 6 and 3, the larger remainder (0.6) gets the fen.
		const amounts = allocateLargestRemainder(10, [
			{ id: 'A', weight: 34 },
			{ id: 'Z', weight: 66 }
		]);
		expect(amounts!.get('Z')).toBe(7);
		expect(amounts!.get('A')).toBe(3);
	});

	it('returns null when no weight is positive', () => {
		expect(allocateLargestRemainder(100, [{ id: 'A', weight: 0 }])).toBeNull();
		expect(allocateLargestRemainder(100, [])).toBeNull();
	});

	it.each([
		{ budget: -1, weight: 1 },
		{ budget: 1.5, weight: 1 },
		{ budget: 10, weight: -2 },
		{ budget: 10, weight: Number.NaN }
	])('rejects budget $budget with weight $weight', ({ budget, weight }) => {
		expect(() => allocateLargestRemainder(budget, [{ id: 'A', weight }])).toThrow(RangeError);
	});

	it('sums exactly to the budget and never goes negative', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 10_000_000_000 }),
				fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 1, maxLength: 60 }),
				(budget, weights) => {
					const claims = weights.map((weight, i) => ({ id: `A${i}`, weight }));
					const amounts = allocateLargestRemainder(budget, claims);
					fc.pre(amounts !== null);
					const values = [...amounts!.values()];
					expect(values.reduce((sum, value) => sum + value, 0)).toBe(budget);
					expect(values.every((value) => Number.isSafeInteger(value) && value >= 0)).toBe(true);
				}
			),
			{ numRuns: 500 }
		);
	});

	it('does not depend on the order of the claims', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 1_000_000 }),
				fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 20 }),
				(budget, weights) => {
					const claims = weights.map((weight, i) => ({ id: `A${i}`, weight }));
					const forward = allocateLargestRemainder(budget, claims);
					const backward = allocateLargestRemainder(budget, [...claims].reverse());
					expect(forward === null).toBe(backward === null);
					if (forward && backward) {
						expect(Object.fromEntries(forward)).toEqual(Object.fromEntries(backward));
					}
				}
			)
		);
	});
});

describe('splitByShares', () => {
	it('splits 40/30/30 exactly', () => {
		expect(splitByShares(16_666_667, { base: 0.4, innovation: 0.3, rating: 0.3 })).toEqual({
			base: 6_666_667,
			innovation: 5_000_000,
			rating: 5_000_000
		});
	});
});
