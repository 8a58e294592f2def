import { describe, expect, it } from 'vitest';
import { addWeeks, dayNumber, mondayOf, weekRange, wholeWeeks } from './weeks';

describe('shop weeks', () => {
	it.each([
		['2026-12-06', '2026-11-30'],
		['2026-11-30', '2026-11-30'],
		['2025-01-01', '2024-12-30']
	])('Monday of %s is %s', (date, monday) => {
		expect(mondayOf(date)).toBe(monday);
	});

	it('drops weeks cut by the start or end of the data', () => {
		// 1 Dec 2024 is a Sunday and 30 Nov 2026 a Monday.
		expect(wholeWeeks('2024-12-01', '2026-11-30')).toEqual({
			first: '2024-12-02',
			last: '2026-11-23'
		});
	});

	it('keeps whole weeks at both ends', () => {
		expect(wholeWeeks('2025-01-06', '2025-01-19')).toEqual({
			first: '2025-01-06',
			last: '2025-01-13'
		});
	});

	it('lists Mondays across a year end', () => {
		expect(weekRange('2025-12-22', '2026-01-05')).toEqual([
			'2025-12-22',
			'2025-12-29',
			'2026-01-05'
		]);
	});

	it('adds weeks', () => {
		expect(addWeeks('2026-11-23', 13)).toBe('2027-02-22');
	});

	it.each(['2025-13-01', '2025-1-6', ''])('rejects date %j', (date) => {
		expect(() => dayNumber(date)).toThrow(/YYYY-MM-DD/);
	});
});
