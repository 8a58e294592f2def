import { describe, expect, it } from 'vitest';
import { humanOnlyBlocks, humanOnlyClockHours, isHumanOnlyTime } from './humanOnlyHours';
import { zonedInstant } from './zonedClock';

const SHANGHAI = 'Asia/Shanghai';

/** Epoch ms of a shop-time wall clock reading on 2026-11-03 (Shanghai, UTC+8). */
function shop(hour: number, minute: number, second: number, day = 3): number {
	return Date.UTC(2026, 10, day, hour - 8, minute, second);
}

describe('isHumanOnlyTime', () => {
	const defaults = humanOnlyBlocks([
		{ from: '10:00', to: '12:00' },
		{ from: '20:00', to: '22:00' }
	]);
	it.each([
		['19:59:59', shop(19, 59, 59), false],
		['20:00:00', shop(20, 0, 0), true],
		['21:59:59', shop(21, 59, 59), true],
		['22:00:00', shop(22, 0, 0), false],
		['09:59:59', shop(9, 59, 59), false],
		['10:00:00', shop(10, 0, 0), true],
		['11:59:59', shop(11, 59, 59), true],
		['12:00:00', shop(12, 0, 0), false]
	])('default blocks at %s shop time', (_, ms, expected) => {
		expect(isHumanOnlyTime(ms, defaults, SHANGHAI)).toBe(expected);
	});

	const overnight = humanOnlyBlocks([{ from: '22:00', to: '02:00' }]);
	it.each([
		['21:59:59', shop(21, 59, 59), false],
		['22:00:00', shop(22, 0, 0), true],
		['23:59:59', shop(23, 59, 59), true],
		['00:00:00 next day', shop(0, 0, 0, 4), true],
		['01:59:59 next day', shop(1, 59, 59, 4), true],
		['02:00:00 next day', shop(2, 0, 0, 4), false]
	])('block across midnight at %s', (_, ms, expected) => {
		expect(isHumanOnlyTime(ms, overnight, SHANGHAI)).toBe(expected);
	});

	it('reads the clock of the shop zone, not UTC', () => {
		const block = humanOnlyBlocks([{ from: '20:00', to: '22:00' }]);
		// 20:30 in New York on a winter day is 01:30 UTC and 09:30 in Shanghai.
		const ms = zonedInstant('America/New_York', 2026, 1, 15, 20, 30);
		expect(isHumanOnlyTime(ms, block, 'America/New_York')).toBe(true);
		expect(isHumanOnlyTime(ms, block, SHANGHAI)).toBe(false);
		expect(isHumanOnlyTime(ms, block, 'UTC')).toBe(false);
	});

	it('follows daylight saving time in the shop zone', () => {
		const block = humanOnlyBlocks([{ from: '20:00', to: '22:00' }]);
		const winter = zonedInstant('America/New_York', 2026, 1, 15, 20, 0);
		const summer = zonedInstant('America/New_York', 2026, 7, 15, 20, 0);
		expect(isHumanOnlyTime(winter, block, 'America/New_York')).toBe(true);
		expect(isHumanOnlyTime(summer, block, 'America/New_York')).toBe(true);
		expect(isHumanOnlyTime(summer - 1000, block, 'America/New_York')).toBe(false);
	});
});

describe('humanOnlyBlocks', () => {
	it('rejects a block whose start equals its end', () => {
		expect(() => humanOnlyBlocks([{ from: '10:00', to: '10:00' }])).toThrow(
			/humanOnlyHours\[0\] runs from 10:00 to 10:00/
		);
	});

	it('labels blocks with their clock times', () => {
		expect(humanOnlyBlocks([{ from: '10:00', to: '12:00' }])[0].label).toBe('10:00–12:00');
	});
});

describe('humanOnlyClockHours', () => {
	it.each([
		[
			'default blocks',
			[
				['10:00', '12:00'],
				['20:00', '22:00']
			],
			[10, 11, 20, 21]
		],
		['half-hour edges', [['10:30', '11:15']], [10, 11]],
		['across midnight', [['23:00', '01:00']], [0, 23]]
	])('lists hours of %s', (_, settings, expected) => {
		const blocks = humanOnlyBlocks(settings.map(([from, to]) => ({ from, to })));
		expect(humanOnlyClockHours(blocks)).toEqual(expected);
	});
});
