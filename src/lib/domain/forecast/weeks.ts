/**
 * Shop-time weeks. A week is named by the date of its Monday in the shop's time zone
 * (YYYY-MM-DD), so week arithmetic works on plain calendar dates and never depends on the
 * host time zone.
 */

export const DAY_MS = 86_400_000;
export const WEEK_DAYS = 7;

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Converts a YYYY-MM-DD date to days since 1970-01-01; throws on anything else. */
export function dayNumber(date: string): number {
	const ms = DATE_PATTERN.test(date) ? Date.parse(`${date}T00:00:00Z`) : NaN;
	if (Number.isNaN(ms)) throw new RangeError(`invalid date "${date}": expected YYYY-MM-DD`);
	return ms / DAY_MS;
}

export function dateOfDay(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Returns the Monday that starts the week of a date. */
export function mondayOf(date: string): string {
	const day = dayNumber(date);
	const weekday = new Date(day * DAY_MS).getUTCDay();
	return dateOfDay(day - ((weekday + 6) % 7));
}

export function addWeeks(week: string, weeks: number): string {
	return dateOfDay(dayNumber(week) + weeks * WEEK_DAYS);
}

/** Lists the Mondays from `first` to `last`, both included. */
export function weekRange(first: string, last: string): string[] {
	const weeks: string[] = [];
	for (let day = dayNumber(first); day <= dayNumber(last); day += WEEK_DAYS) {
		weeks.push(dateOfDay(day));
	}
	return weeks;
}

/**
 * Returns the first and last whole weeks between two shop dates (both days included). A
 * week cut by the start or end of the data would read as a false drop, so it is left out.
 */
export function wholeWeeks(firstDate: string, lastDate: string): { first: string; last: string } {
	const firstMonday = mondayOf(firstDate);
	const first = firstMonday === firstDate ? firstDate : addWeeks(firstMonday, 1);
	const lastMonday = mondayOf(lastDate);
	const lastIsSunday = dayNumber(lastDate) - dayNumber(lastMonday) === WEEK_DAYS - 1;
	const last = lastIsSunday ? lastMonday : addWeeks(lastMonday, -1);
	return { first, last };
}
