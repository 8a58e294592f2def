import { springFestivalOf } from '../calendar/springFestival';
import { DAY_MS, shopDate, shopTime, type DemoPeriod } from './clock';

/**
 * The Chinese online shopping calendar that shapes demand: the 618 and Double 11 festivals,
 * Double 12, and the Spring Festival slowdown when couriers and warehouses stop.
 */

export type ShoppingEventName = '618' | 'double11' | 'double12' | 'springFestival';

export interface ShoppingEvent {
	name: ShoppingEventName;
	startMs: number;
	/** Exclusive end. */
	endMs: number;
	/** Multiplier on an ordinary day's order volume; below 1 for a slowdown. */
	demandFactor: number;
	/** Price paid as a share of list price during the event. */
	priceFactor: number;
}

/** Order volume by weekday, Sunday first: weekends and Sunday evenings sell more. */
const WEEKDAY_FACTORS = [1.15, 0.95, 0.93, 0.96, 0.98, 1.02, 1.1];

function span(startMs: number, days: number): { startMs: number; endMs: number } {
	return { startMs, endMs: startMs + days * DAY_MS };
}

/** Lists the shopping events of one calendar year, several windows per festival. */
function eventsOfYear(year: number): ShoppingEvent[] {
	const events: ShoppingEvent[] = [
		{ name: '618', ...span(shopTime(year, 6, 1), 17), demandFactor: 1.7, priceFactor: 0.85 },
		{ name: '618', ...span(shopTime(year, 6, 18), 1), demandFactor: 4.5, priceFactor: 0.8 },
		// Double 11 pre-sales open in late October; deposits turn into orders from 1 November.
		{ name: 'double11', ...span(shopTime(year, 10, 24), 8), demandFactor: 1.3, priceFactor: 0.9 },
		{ name: 'double11', ...span(shopTime(year, 11, 1), 10), demandFactor: 2.2, priceFactor: 0.85 },
		{ name: 'double11', ...span(shopTime(year, 11, 11), 1), demandFactor: 6.5, priceFactor: 0.75 },
		{ name: 'double12', ...span(shopTime(year, 12, 10), 2), demandFactor: 1.4, priceFactor: 0.9 },
		{ name: 'double12', ...span(shopTime(year, 12, 12), 1), demandFactor: 2.6, priceFactor: 0.85 }
	];
	const festival = springFestivalOf(year);
	if (festival) {
		const newYear = shopTime(festival[0], festival[1], festival[2]);
		// Couriers stop about a week either side of New Year, so orders drop sharply.
		const slowdown = span(newYear - 8 * DAY_MS, 15);
		events.push({ name: 'springFestival', ...slowdown, demandFactor: 0.35, priceFactor: 1 });
		const recovery = span(newYear + 7 * DAY_MS, 7);
		events.push({ name: 'springFestival', ...recovery, demandFactor: 0.8, priceFactor: 1 });
	}
	return events;
}

/** Lists the events that overlap the period, in time order. */
export function shoppingEvents(period: DemoPeriod): ShoppingEvent[] {
	const first = shopDate(period.startMs).year;
	const last = shopDate(period.endMs).year;
	const events: ShoppingEvent[] = [];
	for (let year = first; year <= last; year++) events.push(...eventsOfYear(year));
	return events
		.filter((event) => event.endMs > period.startMs && event.startMs < period.endMs)
		.sort((a, b) => a.startMs - b.startMs);
}

export function eventAt(events: readonly ShoppingEvent[], ms: number): ShoppingEvent | undefined {
	return events.find((event) => event.startMs <= ms && ms < event.endMs);
}

/** Returns the order-volume multiplier of a day: weekday pattern times any event. */
export function demandFactor(events: readonly ShoppingEvent[], dayStartMs: number): number {
	const weekday = shopDate(dayStartMs).weekday;
	const event = eventAt(events, dayStartMs);
	return WEEKDAY_FACTORS[weekday] * (event?.demandFactor ?? 1);
}

/** Order share by shop-time hour: lunch, afternoon and a strong evening peak. */
const ORDER_HOUR_WEIGHTS = [
	2.2, 1.2, 0.6, 0.3, 0.2, 0.2, 0.4, 1, 2, 3.2, 4.6, 5, 4.4, 4.2, 4.6, 4.8, 4.6, 4.2, 4, 4.8, 6,
	6.8, 6.4, 4.2
];

/** On festival peak days the sale opens at midnight, so the first hours take a large share. */
const PEAK_DAY_HOUR_WEIGHTS = ORDER_HOUR_WEIGHTS.map((weight, hour) => {
	if (hour === 0) return 30;
	if (hour === 1 || hour === 20) return 12;
	return weight;
});

export const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

export function orderHourWeights(isPeakDay: boolean): readonly number[] {
	return isPeakDay ? PEAK_DAY_HOUR_WEIGHTS : ORDER_HOUR_WEIGHTS;
}

/** Customer-service contact share by shop-time hour; people write at night too, to bots. */
export const CONTACT_HOUR_WEIGHTS = [
	1.6, 1, 0.5, 0.3, 0.2, 0.2, 0.4, 1, 2.4, 4, 5.2, 5.4, 4.6, 4.4, 5, 5, 4.8, 4.4, 4, 4.6, 5.4, 5.8,
	5.2, 3
];

/** Monthly demand by category, January first: knitwear sells in winter, shirts in summer. */
const CATEGORY_SEASONS: Record<string, readonly number[]> = {
	shirt: [0.7, 0.75, 1, 1.15, 1.25, 1.3, 1.25, 1.15, 1.05, 0.9, 0.85, 0.75],
	jacket: [1, 0.9, 1.2, 1.05, 0.7, 0.5, 0.45, 0.6, 1.05, 1.4, 1.45, 1.25],
	knitwear: [1.3, 1.05, 0.85, 0.6, 0.4, 0.3, 0.3, 0.45, 0.8, 1.3, 1.6, 1.6],
	trousers: [0.95, 0.9, 1, 1.05, 1, 1, 0.95, 0.95, 1.05, 1.05, 1.1, 1]
};

export function categorySeasonFactor(category: string, month: number): number {
	return CATEGORY_SEASONS[category]?.[month - 1] ?? 1;
}
