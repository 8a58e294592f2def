import { springFestivalOf } from '../calendar/springFestival';
import { dateOfDay, dayNumber, WEEK_DAYS } from './weeks';

/**
 * Chinese shopping-calendar effects on weekly service volume. Each event has a sale window
 * and an after-sales window (deliveries, size questions and returns follow a sale by one to
 * two weeks). A week's exposure to a window is the share of its 7 days inside it, so a
 * window that moves between weeks from year to year (Spring Festival) is placed exactly.
 */

export type CalendarEventName = '618' | 'double11' | 'double12' | 'springFestival';

export const CALENDAR_EVENTS: readonly CalendarEventName[] = [
	'618',
	'double11',
	'double12',
	'springFestival'
];

export type CalendarFeature = `${CalendarEventName}${'' | 'After'}`;

export const CALENDAR_FEATURES: readonly CalendarFeature[] = CALENDAR_EVENTS.flatMap((name) => [
	name,
	`${name}After` as CalendarFeature
]);

/** After-sales tail of every event, in days. */
const AFTER_DAYS = 14;

interface Window {
	feature: CalendarFeature;
	/** First day, as days since 1970-01-01. */
	startDay: number;
	/** Exclusive end day. */
	endDay: number;
}

const dayOf = (year: number, month: number, day: number) =>
	Date.UTC(year, month - 1, day) / 86_400_000;

/**
 * Lists the windows of one year. 618 sales run 1–18 June; Double 11 pre-sales open around
 * 24 October and the sale ends 11 November; Double 12 is 10–12 December. Around Spring
 * Festival couriers stop for about a week either side of New Year's Day, which cuts volume,
 * and the after window is the restart.
 */
function windowsOfYear(year: number): Window[] {
	const sales: Array<[CalendarEventName, number, number]> = [
		['618', dayOf(year, 6, 1), dayOf(year, 6, 19)],
		['double11', dayOf(year, 10, 24), dayOf(year, 11, 12)],
		['double12', dayOf(year, 12, 10), dayOf(year, 12, 13)]
	];
	const festival = springFestivalOf(year);
	if (festival) {
		const newYear = dayOf(...festival);
		sales.push(['springFestival', newYear - 8, newYear + 7]);
	}
	return sales.flatMap(([name, startDay, endDay]) => [
		{ feature: name, startDay, endDay },
		{ feature: `${name}After` as CalendarFeature, startDay: endDay, endDay: endDay + AFTER_DAYS }
	]);
}

export type CalendarExposure = Record<CalendarFeature, number>;

function emptyExposure(): CalendarExposure {
	return Object.fromEntries(CALENDAR_FEATURES.map((feature) => [feature, 0])) as CalendarExposure;
}

/** Returns, per feature, the share of the week's days inside that feature's windows. */
export function weekExposure(week: string): CalendarExposure {
	const start = dayNumber(week);
	const end = start + WEEK_DAYS;
	const year = new Date(start * 86_400_000).getUTCFullYear();
	const exposure = emptyExposure();
	for (const window of [...windowsOfYear(year - 1), ...windowsOfYear(year)]) {
		const overlap = Math.min(end, window.endDay) - Math.max(start, window.startDay);
		if (overlap > 0) exposure[window.feature] += overlap / WEEK_DAYS;
	}
	return exposure;
}

function isQuiet(exposure: CalendarExposure): boolean {
	return CALENDAR_FEATURES.every((feature) => exposure[feature] === 0);
}

/** A peak day of an event, for markers on a chart. */
export interface CalendarMarker {
	name: CalendarEventName;
	date: string;
}

/**
 * Lists the peak days of 618 (18 June), Double 11 (11 November) and Spring Festival (New
 * Year's Day) in a date range. Double 12 is left off: a month after Double 11 its marker would
 * crowd the chart, and its effect is still modelled.
 */
export function calendarMarkers(firstDate: string, lastDate: string): CalendarMarker[] {
	const first = dayNumber(firstDate);
	const last = dayNumber(lastDate);
	const markers: CalendarMarker[] = [];
	const firstYear = new Date(first * 86_400_000).getUTCFullYear();
	const lastYear = new Date(last * 86_400_000).getUTCFullYear();
	for (let year = firstYear; year <= lastYear; year++) {
		const festival = springFestivalOf(year);
		const days: Array<[CalendarEventName, number | undefined]> = [
			['springFestival', festival ? dayOf(...festival) : undefined],
			['618', dayOf(year, 6, 18)],
			['double11', dayOf(year, 11, 11)]
		];
		for (const [name, day] of days) {
			if (day !== undefined && day >= first && day <= last)
				markers.push({ name, date: dateOfDay(day) });
		}
	}
	return markers;
}

/** Multiplicative effect per unit of exposure: 0.8 means a fully exposed week runs 80% higher. */
export type CalendarLifts = Record<CalendarFeature, number>;

/** Non-event weeks either side that make the local baseline of an event week. */
const BASELINE_RADIUS_WEEKS = 6;

/**
 * Estimates the features' lifts from the history. Each exposed week's ratio to the median of
 * the quiet weeks within six weeks of it, minus 1, is regressed on the week's exposures by
 * least squares through the origin. All features are fitted jointly, because a sale window
 * and its after-sales window share weeks. A feature never seen in the history gets lift 0,
 * so its future weeks are left unadjusted.
 */
export function estimateLifts(weeks: readonly string[], values: readonly number[]): CalendarLifts {
	const exposures = weeks.map(weekExposure);
	const lifts = emptyExposure();
	const rows: Array<{ x: number[]; y: number }> = [];
	exposures.forEach((exposure, i) => {
		if (isQuiet(exposure)) return;
		const baseline = localBaseline(exposures, values, i);
		if (baseline)
			rows.push({ x: CALENDAR_FEATURES.map((f) => exposure[f]), y: values[i] / baseline - 1 });
	});
	const seen = CALENDAR_FEATURES.map((_, j) => rows.some((row) => row.x[j] > 0));
	const columns = CALENDAR_FEATURES.map((_, j) => j).filter((j) => seen[j]);
	const solution = leastSquares(
		rows.map((row) => columns.map((j) => row.x[j])),
		rows.map((row) => row.y)
	);
	columns.forEach((j, k) => {
		// A lift below −0.9 would let an adjustment divide by almost nothing.
		lifts[CALENDAR_FEATURES[j]] = Math.max(-0.9, solution?.[k] ?? 0);
	});
	return lifts;
}

/**
 * Solves the normal equations XᵀX·b = Xᵀy by Gaussian elimination with partial pivoting;
 * undefined when XᵀX is singular (two features always seen together).
 */
export function leastSquares(x: number[][], y: number[]): number[] | undefined {
	const p = x[0]?.length ?? 0;
	if (p === 0) return [];
	const a = Array.from({ length: p }, (_, r) => {
		const row = Array.from({ length: p + 1 }, () => 0);
		x.forEach((xi, i) => {
			for (let c = 0; c < p; c++) row[c] += xi[r] * xi[c];
			row[p] += xi[r] * y[i];
		});
		return row;
	});
	for (let col = 0; col < p; col++) {
		let pivot = col;
		for (let r = col + 1; r < p; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
		if (Math.abs(a[pivot][col]) < 1e-12) return undefined;
		[a[col], a[pivot]] = [a[pivot], a[col]];
		for (let r = 0; r < p; r++) {
			if (r === col) continue;
			const factor = a[r][col] / a[col][col];
			for (let c = col; c <= p; c++) a[r][c] -= factor * a[col][c];
		}
	}
	return a.map((row, r) => row[p] / row[r]);
}

function localBaseline(
	exposures: readonly CalendarExposure[],
	values: readonly number[],
	index: number
): number | undefined {
	const quiet: number[] = [];
	const from = Math.max(0, index - BASELINE_RADIUS_WEEKS);
	const to = Math.min(values.length - 1, index + BASELINE_RADIUS_WEEKS);
	for (let i = from; i <= to; i++) if (isQuiet(exposures[i])) quiet.push(values[i]);
	if (quiet.length < 2) return undefined;
	quiet.sort((a, b) => a - b);
	const middle = Math.floor(quiet.length / 2);
	return quiet.length % 2 ? quiet[middle] : (quiet[middle - 1] + quiet[middle]) / 2;
}

/** Returns the calendar multiplier of a week under the given lifts (at least 0.1). */
export function calendarFactor(week: string, lifts: CalendarLifts): number {
	const exposure = weekExposure(week);
	let factor = 1;
	for (const feature of CALENDAR_FEATURES) factor += lifts[feature] * exposure[feature];
	return Math.max(0.1, factor);
}
