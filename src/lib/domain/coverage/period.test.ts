import { describe, expect, it } from 'vitest';
import { isPeriodKey, monthKeyOf, periodChoices, periodRows, reportPeriod } from './period';

describe('reportPeriod', () => {
	it.each([
		['2026-11', 'month', Date.UTC(2026, 9, 31, 16), Date.UTC(2026, 10, 30, 16)],
		['2026-12', 'month', Date.UTC(2026, 10, 30, 16), Date.UTC(2026, 11, 31, 16)],
		['2025', 'year', Date.UTC(2024, 11, 31, 16), Date.UTC(2025, 11, 31, 16)]
	])('%s runs from shop midnight to shop midnight', (key, kind, startMs, endMs) => {
		expect(reportPeriod(key, 'Asia/Shanghai')).toEqual({ key, kind, startMs, endMs });
	});

	it.each(['2026-13', '26-11', '2026-1', 'all', ''])(
		'rejects %j with the accepted forms',
		(key) => {
			expect(isPeriodKey(key)).toBe(false);
			expect(() => reportPeriod(key, 'Asia/Shanghai')).toThrow(/use YYYY-MM for a month or YYYY/);
		}
	);
});

describe('monthKeyOf', () => {
	it('uses the shop-time month', () => {
		expect(monthKeyOf(Date.UTC(2026, 9, 31, 15, 59, 59), 'Asia/Shanghai')).toBe('2026-10');
		expect(monthKeyOf(Date.UTC(2026, 9, 31, 16, 0, 0), 'Asia/Shanghai')).toBe('2026-11');
	});
});

describe('periodChoices', () => {
	it('lists months newest first, then years', () => {
		const first = Date.UTC(2025, 10, 20);
		const last = Date.UTC(2026, 1, 3);
		expect(periodChoices(first, last, 'Asia/Shanghai')).toEqual([
			'2026-02',
			'2026-01',
			'2025-12',
			'2025-11',
			'2026',
			'2025'
		]);
	});
});

describe('periodRows', () => {
	it.each([
		['2026-02', 28, '2026-02-01', '2026-02-28'],
		['2028-02', 29, '2028-02-01', '2028-02-29'],
		['2026', 12, '2026-01', '2026-12']
	])('lists the rows of %s', (key, count, first, last) => {
		const rows = periodRows(reportPeriod(key, 'Asia/Shanghai'));
		expect(rows).toHaveLength(count);
		expect(rows[0]).toBe(first);
		expect(rows.at(-1)).toBe(last);
	});
});
