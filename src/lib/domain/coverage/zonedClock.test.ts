import { describe, expect, it } from 'vitest';
import { wallClock, weekKey, zonedInstant } from './zonedClock';

describe('zonedInstant', () => {
	it.each([
		['Asia/Shanghai', [2026, 11, 1, 0, 0], Date.UTC(2026, 9, 31, 16, 0)],
		['UTC', [2026, 11, 1, 0, 0], Date.UTC(2026, 10, 1, 0, 0)],
		['America/New_York winter', [2026, 1, 15, 20, 30], Date.UTC(2026, 0, 16, 1, 30)],
		['America/New_York summer', [2026, 7, 15, 20, 30], Date.UTC(2026, 6, 16, 0, 30)]
	])('converts a wall clock in %s', (label, [y, mo, d, h, mi], expected) => {
		const zone = label.split(' ')[0];
		expect(zonedInstant(zone, y, mo, d, h, mi)).toBe(expected);
	});
});

describe('wallClock', () => {
	it('reads the shop-time date, hour and ISO weekday', () => {
		// 2026-11-01 is a Sunday; 16:00 UTC on 31 October is its first instant in Shanghai.
		expect(wallClock(Date.UTC(2026, 9, 31, 16, 0, 5), 'Asia/Shanghai')).toEqual({
			year: 2026,
			month: 11,
			day: 1,
			hour: 0,
			minute: 0,
			second: 5,
			weekday: 6
		});
	});
});

describe('weekKey', () => {
	it.each([
		[
			'Sunday night belongs to the week that began Monday',
			Date.UTC(2026, 10, 1, 15, 59, 59),
			'2026-10-26'
		],
		['Monday 00:00 starts a new week', Date.UTC(2026, 10, 1, 16, 0, 0), '2026-11-02']
	])('%s', (_, ms, expected) => {
		expect(weekKey(ms, 'Asia/Shanghai')).toBe(expected);
	});
});
