import { describe, expect, it } from 'vitest';
import { calendarFactor, calendarMarkers, estimateLifts, weekExposure } from './calendarEffects';
import { weekRange } from './weeks';

describe('calendar effects', () => {
	it.each([
		// 10–16 Nov 2025: 10 and 11 Nov in the sale, 12–16 Nov in the after-sales window.
		['2025-11-10', { double11: 2 / 7, double11After: 5 / 7 }],
		// Spring Festival 2026 is 17 Feb; the slowdown runs 9–23 Feb.
		['2026-02-16', { springFestival: 1 }],
		['2026-02-23', { springFestival: 1 / 7, springFestivalAfter: 6 / 7 }],
		// Spring Festival 2025 is 29 Jan, so the same weeks a year earlier differ.
		['2025-02-17', { springFestivalAfter: 2 / 7 }],
		['2025-06-16', { '618': 3 / 7, '618After': 4 / 7 }],
		['2025-08-04', {}]
	])('week %s has exposure %j', (week, expected) => {
		const exposure = weekExposure(week);
		const nonZero = Object.fromEntries(Object.entries(exposure).filter(([, share]) => share > 0));
		expect(Object.keys(nonZero).sort()).toEqual(Object.keys(expected).sort());
		for (const [feature, share] of Object.entries(expected)) {
			expect(nonZero[feature]).toBeCloseTo(share, 10);
		}
	});

	it('marks the peak days in a range', () => {
		expect(calendarMarkers('2025-01-01', '2025-12-31')).toEqual([
			{ name: 'springFestival', date: '2025-01-29' },
			{ name: '618', date: '2025-06-18' },
			{ name: 'double11', date: '2025-11-11' }
		]);
	});

	describe('lift estimate', () => {
		// Quiet weeks run at 10; Double 11 sale days double a week's volume and after-sales
		// days add half, so the lifts are 1 and 0.5 exactly.
		const weeks = weekRange('2025-09-01', '2026-01-26');
		const values = weeks.map((week) => {
			const exposure = weekExposure(week);
			return 10 * (1 + exposure.double11 + 0.5 * exposure.double11After);
		});
		const lifts = estimateLifts(weeks, values);

		it('recovers a planted sale lift', () => {
			expect(lifts.double11).toBeCloseTo(1, 10);
		});

		it('recovers a planted after-sales lift', () => {
			expect(lifts.double11After).toBeCloseTo(0.5, 10);
		});

		it('gives 0 to an event without effect', () => {
			expect(lifts.double12).toBe(0);
		});

		it('gives 0 to an event outside the history', () => {
			expect(lifts['618']).toBe(0);
		});

		it('turns lifts into a week factor', () => {
			expect(calendarFactor('2025-11-10', lifts)).toBeCloseTo(1 + 2 / 7 + 0.5 * (5 / 7), 10);
		});
	});
});
