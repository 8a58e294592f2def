import { monthPeriod, periodKeyOf, previousPeriodKey } from '../bonus/period.js';

const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER_KEY = /^(\d{4})-Q([1-4])$/;
const DAY_MS = 86_400_000;

/** A review period in the shop's time zone: a month (2026-11) or a quarter (2026-Q4). */
export interface ReviewPeriod {
	key: string;
	kind: 'month' | 'quarter';
	/** The months it covers, YYYY-MM, oldest first; bonus runs are stored per month. */
	months: string[];
	/** First instant at shop midnight, epoch ms. */
	startMs: number;
	/** First instant after the period, exclusive. */
	endMs: number;
}

const pad = (month: number) => String(month).padStart(2, '0');

/** Tells whether a text is a month key (2026-11) or a quarter key (2026-Q4). */
export function isReviewPeriodKey(key: string): boolean {
	return MONTH_KEY.test(key) || QUARTER_KEY.test(key);
}

function monthsOf(key: string): string[] {
	const quarter = QUARTER_KEY.exec(key);
	if (!quarter) return [key];
	const first = (Number(quarter[2]) - 1) * 3 + 1;
	return [first, first + 1, first + 2].map((month) => `${quarter[1]}-${pad(month)}`);
}

/** Returns the period of a month or quarter key, with its bounds in the shop's time zone. */
export function reviewPeriod(key: string, timeZone: string): ReviewPeriod {
	if (!isReviewPeriodKey(key)) {
		throw new RangeError(
			`Invalid review period "${key}": use YYYY-MM (2026-11) or YYYY-Qn (2026-Q4).`
		);
	}
	const months = monthsOf(key);
	return {
		key,
		kind: months.length === 1 ? 'month' : 'quarter',
		months,
		startMs: monthPeriod(months[0], timeZone).startMs,
		endMs: monthPeriod(months.at(-1)!, timeZone).endMs
	};
}

/** Returns the quarter key (2026-Q4) that contains a month key (2026-11). */
export function quarterOf(monthKey: string): string {
	const [year, month] = monthKey.split('-').map(Number);
	return `${year}-Q${Math.ceil(month / 3)}`;
}

/** Returns the period of the same length just before: the previous month or quarter. */
export function previousReviewPeriod(period: ReviewPeriod, timeZone: string): ReviewPeriod {
	const monthBefore = previousPeriodKey(period.months[0]);
	const key = period.kind === 'month' ? monthBefore : quarterOf(monthBefore);
	return reviewPeriod(key, timeZone);
}

/**
 * Returns the newest month that the data covers to its end. Data that stops within the last
 * day of a month (the demo ends at midnight on 1 December) counts as covering that month.
 */
export function lastFullMonth(latestMs: number, timeZone: string): string {
	const key = periodKeyOf(latestMs, timeZone);
	const { endMs } = monthPeriod(key, timeZone);
	return endMs - latestMs <= DAY_MS ? key : previousPeriodKey(key);
}

/**
 * Lists the months and the whole quarters between the first data month and `lastMonth`,
 * newest first, for the period picker.
 */
export function periodChoices(
	firstMs: number,
	lastMonth: string,
	timeZone: string
): { months: string[]; quarters: string[] } {
	const firstMonth = periodKeyOf(firstMs, timeZone);
	const months: string[] = [];
	for (let key = lastMonth; key >= firstMonth; key = previousPeriodKey(key)) months.push(key);
	const quarters = [...new Set(months.map(quarterOf))].filter((quarter) =>
		monthsOf(quarter).every((month) => month >= firstMonth && month <= lastMonth)
	);
	return { months, quarters };
}
