import { wallClock, zonedInstant } from './zonedClock';

const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;
const YEAR_KEY = /^(\d{4})$/;

/** A report period in the shop's time zone: a calendar month or year. */
export interface ReportPeriod {
	/** YYYY-MM for a month, YYYY for a year. */
	key: string;
	kind: 'month' | 'year';
	/** Shop-time midnight that starts the period, epoch ms. */
	startMs: number;
	/** Start of the next period, exclusive. */
	endMs: number;
}

/** Tells whether `key` names a period: YYYY-MM or YYYY. */
export function isPeriodKey(key: string): boolean {
	return MONTH_KEY.test(key) || YEAR_KEY.test(key);
}

/** Returns the month (YYYY-MM) or year (YYYY) `key` as a period in `timeZone`. */
export function reportPeriod(key: string, timeZone: string): ReportPeriod {
	const month = MONTH_KEY.exec(key);
	if (month) {
		const year = Number(month[1]);
		const index = Number(month[2]);
		return {
			key,
			kind: 'month',
			startMs: zonedInstant(timeZone, year, index, 1),
			endMs:
				index === 12
					? zonedInstant(timeZone, year + 1, 1, 1)
					: zonedInstant(timeZone, year, index + 1, 1)
		};
	}
	const year = YEAR_KEY.exec(key);
	if (year) {
		const value = Number(year[1]);
		return {
			key,
			kind: 'year',
			startMs: zonedInstant(timeZone, value, 1, 1),
			endMs: zonedInstant(timeZone, value + 1, 1, 1)
		};
	}
	throw new RangeError(`Invalid period "${key}": use YYYY-MM for a month or YYYY for a year.`);
}

/** Returns the month key (YYYY-MM) of the shop-time month that contains `ms`. */
export function monthKeyOf(ms: number, timeZone: string): string {
	const wall = wallClock(ms, timeZone);
	return `${wall.year}-${String(wall.month).padStart(2, '0')}`;
}

/**
 * Lists the period keys between two instants, newest first: every month, then every year, so a
 * period picker offers both.
 */
export function periodChoices(firstMs: number, lastMs: number, timeZone: string): string[] {
	const first = wallClock(firstMs, timeZone);
	const last = wallClock(lastMs, timeZone);
	const months: string[] = [];
	for (let year = last.year, month = last.month; ;) {
		months.push(`${year}-${String(month).padStart(2, '0')}`);
		if (year < first.year || (year === first.year && month <= first.month)) break;
		month -= 1;
		if (month === 0) {
			month = 12;
			year -= 1;
		}
	}
	const years: string[] = [];
	for (let year = last.year; year >= first.year; year--) years.push(String(year));
	return [...months, ...years];
}

/** Lists the heatmap rows of a period: its days (YYYY-MM-DD) for a month, its months for a year. */
export function periodRows(period: ReportPeriod): string[] {
	if (period.kind === 'year') {
		return Array.from({ length: 12 }, (_, i) => `${period.key}-${String(i + 1).padStart(2, '0')}`);
	}
	const [year, month] = period.key.split('-').map(Number);
	const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return Array.from({ length: days }, (_, i) => `${period.key}-${String(i + 1).padStart(2, '0')}`);
}
