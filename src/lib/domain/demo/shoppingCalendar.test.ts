import { describe, expect, it } from 'vitest';
import { DEFAULT_END_MS, demoPeriod, shopTime } from './clock';
import { categorySeasonFactor, demandFactor, eventAt, shoppingEvents } from './shoppingCalendar';

const events = shoppingEvents(demoPeriod(DEFAULT_END_MS));

/** Average demand over a run of ordinary days, which removes the weekday pattern. */
function weekAverage(year: number, month: number, day: number): number {
	let sum = 0;
	for (let i = 0; i < 7; i++) sum += demandFactor(events, shopTime(year, month, day + i));
	return sum / 7;
}

describe('shopping calendar', () => {
	it.each([
		['618', 2025, 6, 18],
		['618', 2026, 6, 18],
		['double11', 2025, 11, 11],
		['double11', 2026, 11, 11],
		['double12', 2025, 12, 12]
	])('peaks on %s (%d-%d-%d)', (name, year, month, day) => {
		const peak = demandFactor(events, shopTime(year, month, day));
		expect(eventAt(events, shopTime(year, month, day))?.name).toBe(name);
		expect(peak).toBeGreaterThan(2 * weekAverage(year, month === 12 ? 11 : month, 20));
	});

	it.each([
		[2025, 1, 29],
		[2026, 2, 17]
	])('dips at Spring Festival %d-%d-%d', (year, month, day) => {
		const newYear = demandFactor(events, shopTime(year, month, day));
		expect(eventAt(events, shopTime(year, month, day))?.name).toBe('springFestival');
		expect(newYear).toBeLessThan(0.5 * weekAverage(year, 3, 10));
	});

	it('lifts weekends over midweek', () => {
		const sunday = demandFactor(events, shopTime(2025, 8, 10));
		const tuesday = demandFactor(events, shopTime(2025, 8, 12));
		expect(sunday).toBeGreaterThan(tuesday);
	});

	it('keeps events inside the period', () => {
		const period = demoPeriod(DEFAULT_END_MS);
		for (const event of events) {
			expect(event.endMs).toBeGreaterThan(period.startMs);
			expect(event.startMs).toBeLessThan(period.endMs);
		}
	});

	it('sells knitwear in winter and shirts in summer', () => {
		expect(categorySeasonFactor('knitwear', 12)).toBeGreaterThan(
			categorySeasonFactor('knitwear', 7)
		);
		expect(categorySeasonFactor('shirt', 6)).toBeGreaterThan(categorySeasonFactor('shirt', 1));
	});
});
