import { describe, expect, it } from 'vitest';
import { emptyFigures, type ReviewFigures } from './figures';
import { formatKpiChange, formatKpiValue } from './format';
import { kpiChange, reviewKpis, type KpiId } from './kpis';
import { kpiEvidenceHref } from './links';
import {
	lastFullMonth,
	periodChoices,
	previousReviewPeriod,
	reviewPeriod,
	quarterOf
} from './period';
import { median, netPromoterScore, ratio, shareAtMost } from './stats';

const ZONE = 'Asia/Shanghai';
const HOUR_MS = 3_600_000;
/** Shop-time wall clock (UTC+8) to epoch ms. */
const shop = (year: number, month: number, day: number, hour = 0) =>
	Date.UTC(year, month - 1, day, hour) - 8 * HOUR_MS;

describe('review periods', () => {
	it.each([
		['2026-11', 'month', ['2026-11'], shop(2026, 11, 1), shop(2026, 12, 1)],
		['2026-Q4', 'quarter', ['2026-10', '2026-11', '2026-12'], shop(2026, 10, 1), shop(2027, 1, 1)],
		['2025-Q1', 'quarter', ['2025-01', '2025-02', '2025-03'], shop(2025, 1, 1), shop(2025, 4, 1)]
	])('%s covers its months at shop midnight', (key, kind, months, startMs, endMs) => {
		expect(reviewPeriod(key, ZONE)).toEqual({ key, kind, months, startMs, endMs });
	});

	it.each(['2026-13', '2026-Q5', '2026-11-01', 'Q4', ''])('rejects the key %j', (key) => {
		expect(() => reviewPeriod(key, ZONE)).toThrow(/Invalid review period/);
	});

	it.each([
		['2026-11', '2026-10'],
		['2026-01', '2025-12'],
		['2026-Q4', '2026-Q3'],
		['2026-Q1', '2025-Q4']
	])('the period before %s is %s', (key, before) => {
		expect(previousReviewPeriod(reviewPeriod(key, ZONE), ZONE).key).toBe(before);
	});

	it.each([
		['2026-01', '2026-Q1'],
		['2026-03', '2026-Q1'],
		['2026-04', '2026-Q2'],
		['2026-12', '2026-Q4']
	])('month %s lies in %s', (month, quarter) => {
		expect(quarterOf(month)).toBe(quarter);
	});

	it.each([
		['data up to the last minute of November', shop(2026, 12, 1) - 60_000, '2026-11'],
		['data ending at 01:00 on the last day', shop(2026, 11, 30, 1), '2026-11'],
		['data ending mid-month', shop(2026, 11, 15), '2026-10'],
		['data ending on the 1st of January', shop(2026, 1, 1, 10), '2025-12']
	])('last full month with %s', (_name, latestMs, expected) => {
		expect(lastFullMonth(latestMs, ZONE)).toBe(expected);
	});

	it('offers months newest first and only whole quarters', () => {
		const choices = periodChoices(shop(2026, 2, 10), '2026-07', ZONE);
		expect(choices.months).toEqual([
			'2026-07',
			'2026-06',
			'2026-05',
			'2026-04',
			'2026-03',
			'2026-02'
		]);
		expect(choices.quarters).toEqual(['2026-Q2']);
	});
});

describe('review statistics', () => {
	it.each([
		[[], null],
		[[7], 7],
		[[30, 10, 20], 20],
		[[40, 10, 20, 30], 25]
	])('median of %j is %j', (values, expected) => {
		expect(median(values)).toBe(expected);
	});

	it.each([
		[[], null],
		[[10, 30, 31, 90], 0.5],
		[[31], 0]
	])('share at most 30 s of %j is %j', (values, expected) => {
		expect(shareAtMost(values, 30)).toBe(expected);
	});

	it.each([
		[5, 2, 10, 30],
		[0, 4, 4, -100],
		[3, 3, 10, 0],
		[0, 0, 0, null]
	])('NPS with %i promoters and %i detractors of %i answers is %j', (p, d, n, expected) => {
		expect(netPromoterScore(p, d, n)).toBe(expected);
	});

	it('ratio without a denominator is null', () => {
		expect(ratio(3, 0)).toBeNull();
		expect(ratio(1, 4)).toBe(0.25);
	});
});

describe('KPI change', () => {
	it.each([
		['a rise where up is good', 0.8, 0.7, true, 'up', 'good'],
		['a rise where up is bad', 45, 30, false, 'up', 'bad'],
		['a fall where up is bad', 2.8, 4.2, false, 'down', 'good'],
		['a fall where up is good', 10, 20, true, 'down', 'bad'],
		['no change', 0.3, 0.1 + 0.2, true, 'flat', 'neutral'],
		['no previous value', 5, null, true, 'unknown', 'neutral'],
		['no current value', null, 5, true, 'unknown', 'neutral']
	] as const)('%s', (_name, current, previous, upIsGood, direction, tone) => {
		const change = kpiChange(current, previous, upIsGood);
		expect(change.direction).toBe(direction);
		expect(change.tone).toBe(tone);
	});

	it('relative change is null when the previous value is 0', () => {
		expect(kpiChange(3, 0, false)).toMatchObject({ difference: 3, relative: null });
	});
});

describe('KPI formatting', () => {
	it.each([
		[42.4, 'seconds', '42 s'],
		[0.8125, 'share', '81.3%'],
		[12.5, 'nps', '12.5'],
		[3.44, 'minutes', '3.4 min'],
		[7, 'count', '7'],
		[35_620, 'fen', '¥356.20'],
		[null, 'share', '—']
	] as const)('%j in %s reads %s', (value, unit, expected) => {
		expect(formatKpiValue(value, unit, 'en')).toBe(expected);
	});

	it.each([
		[0.75, 0.7, 'share', true, '▲ +5.0 pp'],
		[0.6, 0.7, 'share', false, '▼ -10.0 pp'],
		[12, 20, 'nps', true, '▼ -8.0'],
		[2.8, 4.2, 'minutes', false, '▼ -33.3%'],
		[33, 30, 'seconds', false, '▲ +10.0%'],
		[4, 0, 'count', false, '▲ +4'],
		[0, 0, 'count', false, '→ 0'],
		[5, 0, 'fen', true, '—'],
		[5, null, 'fen', true, '—']
	] as const)('%j after %j in %s reads %s', (current, previous, unit, upIsGood, expected) => {
		expect(formatKpiChange(kpiChange(current, previous, upIsGood), unit, 'en')).toBe(expected);
	});
});

describe('review KPIs', () => {
	const figures = (overrides: Partial<ReviewFigures>): ReviewFigures => ({
		...emptyFigures,
		...overrides
	});
	const current = figures({
		frtSeconds: [10, 20, 40, 90],
		resolutionBase: 8,
		resolved: 6,
		surveys: 10,
		promoters: 6,
		detractors: 1,
		handled: 4,
		handlingMs: 4 * 3 * 60_000,
		escalations: 5,
		breaches: 2,
		orders: 4,
		unitsSold: 10,
		salesFen: 100_000,
		returns: 2,
		customers: 4,
		repeatCustomers: 1
	});
	const kpis = Object.fromEntries(reviewKpis(current, emptyFigures).map((k) => [k.id, k]));

	it.each([
		['frtMedian', 30],
		['frtWithinTarget', 0.5],
		['resolutionRate', 0.75],
		['nps', 50],
		['averageHandlingTime', 3],
		['escalationBreaches', 2],
		['returnRate', 0.2],
		['repurchaseRate', 0.25],
		['averageOrderValue', 25_000]
	] satisfies Array<[KpiId, number]>)('%s of the period is %d', (id, expected) => {
		expect(kpis[id].current).toBeCloseTo(expected, 9);
	});

	it.each([
		['frtMedian', 4],
		['resolutionRate', 8],
		['nps', 10],
		['averageHandlingTime', 4],
		['escalationBreaches', 5],
		['returnRate', 10],
		['repurchaseRate', 4],
		['averageOrderValue', 4]
	] satisfies Array<[KpiId, number]>)('%s rests on %d rows', (id, expected) => {
		expect(kpis[id].currentSample).toBe(expected);
	});

	it('an empty previous period has no rates but zero breaches', () => {
		expect(kpis.resolutionRate.previous).toBeNull();
		expect(kpis.escalationBreaches.previous).toBe(0);
		expect(kpis.escalationBreaches.change.tone).toBe('bad');
	});
});

describe('KPI evidence links', () => {
	it.each([
		['frtMedian', '2026-11', '/review/evidence/frt?period=2026-11'],
		['frtWithinTarget', '2026-Q4', '/review/evidence/frt?period=2026-Q4'],
		['resolutionRate', '2026-11', '/review/evidence/resolution?period=2026-11'],
		['nps', '2026-11', '/review/evidence/nps?period=2026-11'],
		['averageHandlingTime', '2026-11', '/review/evidence/aht?period=2026-11'],
		['returnRate', '2026-11', '/review/evidence/returns?period=2026-11'],
		['escalationBreaches', '2026-02', '/escalations/report?from=2026-02-01&to=2026-02-28'],
		['escalationBreaches', '2024-Q1', '/escalations/report?from=2024-01-01&to=2024-03-31'],
		['repurchaseRate', '2026-11', '/board'],
		['averageOrderValue', '2026-11', '/products']
	] satisfies Array<[KpiId, string, string]>)('%s of %s opens %s', (id, key, href) => {
		expect(kpiEvidenceHref(id, reviewPeriod(key, ZONE))).toBe(href);
	});
});
