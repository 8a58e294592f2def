/** Wall-clock reading of an instant in a time zone. */
export interface WallClock {
	year: number;
	/** 1 = January. */
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
	/** 0 = Monday … 6 = Sunday (ISO order, so weeks start on Monday). */
	weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
	let formatter = formatters.get(timeZone);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric'
		});
		formatters.set(timeZone, formatter);
	}
	return formatter;
}

/** Reads the wall clock of `ms` in `timeZone` (an IANA name such as Asia/Shanghai). */
export function wallClock(ms: number, timeZone: string): WallClock {
	const parts = formatterFor(timeZone).formatToParts(ms);
	const part = (type: Intl.DateTimeFormatPartTypes) =>
		Number(parts.find((p) => p.type === type)?.value);
	const year = part('year');
	const month = part('month');
	const day = part('day');
	const weekdaySundayFirst = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
	return {
		year,
		month,
		day,
		hour: part('hour'),
		minute: part('minute'),
		second: part('second'),
		weekday: (weekdaySundayFirst + 6) % 7
	};
}

/** Returns the zone's UTC offset at an instant in ms (Asia/Shanghai: +8 h). */
export function zoneOffsetMs(ms: number, timeZone: string): number {
	const wall = wallClock(ms, timeZone);
	const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
	return asUtc - Math.floor(ms / 1000) * 1000;
}

/**
 * Converts a wall-clock date and time in `timeZone` to epoch ms. Two passes settle the offset
 * on either side of a daylight-saving change. A time that the change skips maps to the instant
 * one offset step later.
 */
export function zonedInstant(
	timeZone: string,
	year: number,
	month: number,
	day: number,
	hour = 0,
	minute = 0
): number {
	const wall = Date.UTC(year, month - 1, day, hour, minute);
	const guess = wall - zoneOffsetMs(wall, timeZone);
	return wall - zoneOffsetMs(guess, timeZone);
}

/** Formats a wall-clock date as YYYY-MM-DD. */
export function dayKey(wall: Pick<WallClock, 'year' | 'month' | 'day'>): string {
	return `${wall.year}-${String(wall.month).padStart(2, '0')}-${String(wall.day).padStart(2, '0')}`;
}

/** Returns the YYYY-MM-DD of the Monday that starts the shop-time week of `ms`. */
export function weekKey(ms: number, timeZone: string): string {
	const wall = wallClock(ms, timeZone);
	const monday = new Date(Date.UTC(wall.year, wall.month - 1, wall.day - wall.weekday));
	return monday.toISOString().slice(0, 10);
}
