import { describe, expect, it } from 'vitest';
import {
	activeDays,
	awardPayoutAt,
	monthPeriod,
	monthlyPoolFen,
	periodKeyOf,
	previousPeriodKey
} from './period.js';

const OFFSET_MS = 8 * 3_600_000;
const shop = (month: number, day: number, hour = 0) =>
	Date.UTC(2026, month - 1, day, hour) - OFFSET_MS;

describe('monthPeriod', () => {
	it('starts at shop midnight', () => {
		const period = monthPeriod('2026-11', 'Asia/Shanghai');
		expect(new Date(period.startMs).toISOString()).toBe('2026-10-31T16:00:00.000Z');
		expect(new Date(period.endMs).toISOString()).toBe('2026-11-30T16:00:00.000Z');
		expect(period.days).toBe(30);
		expect(period.offsetMs).toBe(OFFSET_MS);
	});

	it.each(['2026-13', '2026-1', 'November', ''])('rejects %s', (key) => {
		expect(() => monthPeriod(key, 'Asia/Shanghai')).toThrow(/use YYYY-MM/);
	});

	it('finds the month of an instant in the shop zone', () => {
		expect(periodKeyOf(shop(12, 1, 0), 'Asia/Shanghai')).toBe('2026-12');
		expect(periodKeyOf(shop(12, 1, 0) - 1, 'Asia/Shanghai')).toBe('2026-11');
		expect(previousPeriodKey('2026-01')).toBe('2025-12');
	});
});

describe('monthlyPoolFen', () => {
	it('adds up to the yearly pool over twelve months', () => {
		const months = Array.from({ length: 12 }, (_, i) => monthlyPoolFen(200_000_000, i + 1));
		expect(months.reduce((sum, fen) => sum + fen, 0)).toBe(200_000_000);
		// 200,000,000 / 12 = 16,666,666.67: months get 16,666,666 or 16,666,667 fen.
		expect(new Set(months)).toEqual(new Set([16_666_666, 16_666_667]));
	});
});

describe('activeDays', () => {
	const period = monthPeriod('2026-11', 'Asia/Shanghai');
	it.each([
		{ name: 'whole month', joined: null, left: null, expected: 30 },
		{ name: 'joined before the month', joined: shop(1, 5), left: null, expected: 30 },
		{ name: 'joined on the 10th', joined: shop(11, 10, 9), left: null, expected: 21 },
		{ name: 'left at 18:00 on the 15th', joined: null, left: shop(11, 15, 18), expected: 15 },
		{ name: 'left at midnight', joined: null, left: shop(11, 15, 0), expected: 14 },
		{ name: 'left before the month', joined: null, left: shop(10, 20), expected: 0 },
		{ name: 'joins next month', joined: shop(12, 2), left: null, expected: 0 }
	])('$name: $expected days', ({ joined, left, expected }) => {
		expect(activeDays(joined, left, period)).toBe(expected);
	});
});

describe('awardPayoutAt', () => {
	it.each([
		{ name: 'Wednesday', registered: shop(11, 4, 15), expected: shop(11, 9) },
		{ name: 'Sunday night', registered: shop(11, 8, 23), expected: shop(11, 9) },
		{ name: 'Monday morning', registered: shop(11, 9, 1), expected: shop(11, 16) }
	])('weekly award of $name is paid next Monday', ({ registered, expected }) => {
		expect(awardPayoutAt(registered, 'weekly', OFFSET_MS)).toBe(expected);
	});

	it('monthly award is paid on the first of next month', () => {
		expect(awardPayoutAt(shop(11, 30, 23), 'monthly', OFFSET_MS)).toBe(shop(12, 1));
	});
});
