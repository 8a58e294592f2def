import { describe, expect, it } from 'vitest';
import { businessSeconds, frtScore, netPromoterScore } from './frt.js';
import { defaultBonusPlan } from './plan.js';

const rules = defaultBonusPlan.base;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

describe('frtScore', () => {
	it.each([
		{ seconds: 0, expected: 100 },
		{ seconds: 29, expected: 100 },
		{ seconds: 30, expected: 100 },
		{ seconds: 31, expected: 98 },
		{ seconds: 40, expected: 98 },
		{ seconds: 41, expected: 96 },
		{ seconds: 50, expected: 96 },
		{ seconds: 51, expected: 94 },
		// 600 s is 570 s over: 57 started steps take 114 points, floored at 0.
		{ seconds: 600, expected: 0 },
		{ seconds: 280, expected: 50 }
	])('$seconds s scores $expected', ({ seconds, expected }) => {
		expect(frtScore(seconds, rules)).toBe(expected);
	});

	it('follows the plan steps', () => {
		const lenient = { ...rules, fullMarksSeconds: 60, stepSeconds: 30, stepPoints: 5 };
		expect(frtScore(61, lenient)).toBe(95);
		expect(frtScore(120, lenient)).toBe(90);
	});
});

describe('businessSeconds', () => {
	const hours = { fromHour: 9, toHour: 24 };
	// 2026-11-10 shop midnight, as epoch ms.
	const day = Date.UTC(2026, 10, 10) - SHANGHAI_OFFSET_MS;
	const at = (hour: number, second = 0) => day + hour * 3_600_000 + second * 1000;

	it.each([
		{ name: 'inside staffed hours', from: at(10), to: at(10, 45), expected: 45 },
		{ name: 'overnight wait', from: at(3), to: at(9, 20), expected: 20 },
		{ name: 'across midnight', from: at(23, 3590), to: at(24 + 9, 5), expected: 15 },
		{ name: 'all at night', from: at(2), to: at(4), expected: 0 },
		{ name: 'empty interval', from: at(10), to: at(10), expected: 0 }
	])('$name counts $expected s', ({ from, to, expected }) => {
		expect(businessSeconds(from, to, hours, SHANGHAI_OFFSET_MS)).toBe(expected);
	});
});

describe('netPromoterScore', () => {
	const rating = defaultBonusPlan.rating;
	it.each([
		{ scores: [10, 9, 8, 7], expected: 50 },
		{ scores: [10, 6, 0, 3], expected: -50 },
		{ scores: [7, 8], expected: 0 },
		{ scores: [9, 10], expected: 100 }
	])('$scores gives $expected', ({ scores, expected }) => {
		expect(netPromoterScore(scores, rating)).toBe(expected);
	});

	it('is null without answers', () => {
		expect(netPromoterScore([], rating)).toBeNull();
	});
});
