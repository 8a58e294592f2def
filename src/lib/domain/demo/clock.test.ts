import { describe, expect, it } from 'vitest';
import {
	DAY_MS,
	DEFAULT_END_MS,
	daysOf,
	demoPeriod,
	formatShopDate,
	shopDate,
	shopDayStart,
	shopHour,
	shopTime
} from './clock';

describe('shop clock', () => {
	it('reads Shanghai wall-clock time', () => {
		const ms = Date.parse('2025-06-18T00:30:00+08:00');
		expect(shopHour(ms)).toBe(0);
		expect(shopDate(ms)).toEqual({ year: 2025, month: 6, day: 18, weekday: 3 });
		expect(formatShopDate(ms)).toBe('2025-06-18');
	});

	it('builds times from wall-clock readings', () => {
		expect(shopTime(2025, 11, 11, 20, 0)).toBe(Date.parse('2025-11-11T20:00:00+08:00'));
	});

	it('finds the shop-time midnight', () => {
		const ms = Date.parse('2025-01-29T07:59:00+08:00');
		expect(shopDayStart(ms)).toBe(Date.parse('2025-01-29T00:00:00+08:00'));
	});

	it('defaults to 1 December 2026 shop time', () => {
		expect(DEFAULT_END_MS).toBe(Date.parse('2026-12-01T00:00:00+08:00'));
	});

	it('spans two calendar years', () => {
		const period = demoPeriod(DEFAULT_END_MS);
		expect(period.startMs).toBe(Date.parse('2024-12-01T00:00:00+08:00'));
		expect(period.endMs).toBe(DEFAULT_END_MS);
	});

	it('lists every day of the period', () => {
		const days = daysOf(demoPeriod(DEFAULT_END_MS));
		expect(days).toHaveLength(730);
		expect(days[1] - days[0]).toBe(DAY_MS);
		expect(formatShopDate(days[days.length - 1])).toBe('2026-11-30');
	});
});
