/** Shop-time arithmetic for the demo: the shop runs on Asia/Shanghai wall-clock time. */

export const SECOND_MS = 1000;
export const MINUTE_MS = 60 * SECOND_MS;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

export const SHOP_TIME_ZONE = 'Asia/Shanghai';

/**
 * China Standard Time is UTC+8 all year (no daylight saving since 1991), so a fixed offset
 * replaces Intl in the generator's hot loops and keeps output independent of the host TZ.
 */
export const SHOP_OFFSET_MS = 8 * HOUR_MS;

/** 2026-12-01 00:00 shop time, so the default demo covers December 2024 to November 2026. */
export const DEFAULT_END_MS = Date.UTC(2026, 10, 30, 16, 0, 0);

export interface ShopDate {
	year: number;
	/** 1 = January. */
	month: number;
	day: number;
	/** 0 = Sunday, as Date.getUTCDay. */
	weekday: number;
}

export interface DemoPeriod {
	startMs: number;
	endMs: number;
}

/** Converts a shop-time wall-clock reading to epoch milliseconds. */
export function shopTime(year: number, month: number, day: number, hour = 0, minute = 0): number {
	return Date.UTC(year, month - 1, day, hour, minute) - SHOP_OFFSET_MS;
}

/** Returns the epoch milliseconds of the shop-time midnight that starts the day of `ms`. */
export function shopDayStart(ms: number): number {
	return Math.floor((ms + SHOP_OFFSET_MS) / DAY_MS) * DAY_MS - SHOP_OFFSET_MS;
}

/** Returns the shop-time hour of the day, 0–23. */
export function shopHour(ms: number): number {
	return Math.floor(((((ms + SHOP_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS);
}

export function shopDate(ms: number): ShopDate {
	const wall = new Date(ms + SHOP_OFFSET_MS);
	return {
		year: wall.getUTCFullYear(),
		month: wall.getUTCMonth() + 1,
		day: wall.getUTCDate(),
		weekday: wall.getUTCDay()
	};
}

/** Formats a shop-time date as YYYY-MM-DD, for readable test failures and text. */
export function formatShopDate(ms: number): string {
	const { year, month, day } = shopDate(ms);
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Returns the two calendar years (in shop time) that end at `endMs`. Two full years give
 * yearly-seasonal forecasts one complete cycle to learn from and one to check against.
 */
export function demoPeriod(endMs: number): DemoPeriod {
	const wall = new Date(endMs + SHOP_OFFSET_MS);
	const startWall = Date.UTC(
		wall.getUTCFullYear() - 2,
		wall.getUTCMonth(),
		wall.getUTCDate(),
		wall.getUTCHours(),
		wall.getUTCMinutes(),
		wall.getUTCSeconds(),
		wall.getUTCMilliseconds()
	);
	return { startMs: startWall - SHOP_OFFSET_MS, endMs };
}

/** Lists the shop-time midnights of every day that starts inside the period. */
export function daysOf(period: DemoPeriod): number[] {
	const days: number[] = [];
	let day = shopDayStart(period.startMs);
	if (day < period.startMs) day += DAY_MS;
	for (; day < period.endMs; day += DAY_MS) days.push(day);
	return days;
}
