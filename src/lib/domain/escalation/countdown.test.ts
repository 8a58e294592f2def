import { describe, expect, it } from 'vitest';
import { countdown } from './countdown';

const DEADLINE = Date.UTC(2026, 10, 1, 2, 30);

describe('countdown', () => {
	const cases: Array<[string, number, boolean, string]> = [
		['time left', DEADLINE - (12 * 60 + 5) * 1000, false, '00:12:05'],
		['exactly at the deadline', DEADLINE, false, '00:00:00'],
		['just overdue', DEADLINE + 1000, true, '00:00:01'],
		['overdue by days', DEADLINE + (2 * 86_400 + 3 * 3600 + 4 * 60 + 5) * 1000, true, '2d 03:04:05']
	];
	it.each(cases)('shows %s', (_name, now, overdue, text) => {
		expect(countdown(DEADLINE, now)).toEqual({ overdue, text });
	});
});
