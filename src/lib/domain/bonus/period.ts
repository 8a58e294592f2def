const DAY_MS = 86_400_000;
const PERIOD_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A monthly pay period in the shop's time zone. */
export interface BonusPeriod {
	/** YYYY-MM. */
	key: string;
	year: number;
	/** 1 = January. */
	month: number;
	/** First instant of the month at shop midnight, epoch ms. */
	startMs: number;
	/** First instant of the next month, exclusive. */
	endMs: number;
	/**
	 * UTC offset of the shop's zone at the period start. Day boundaries inside the period use
	 * it, which is exact for zones without a daylight-saving change inside the month (such as
	 * Asia/Shanghai).
	 */
	offsetMs: number;
	days: number;
}

/** Returns the zone's UTC offset at an instant, in ms (Asia/Shanghai: +8 h). */
export function zoneOffsetMs(ms: number, timeZone: string): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: 'numeric',
		day: 'numeric',
		hour: 'numeric',
		minute: 'numeric',
		second: 'numeric'
	}).formatToParts(ms);
	const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const wall = Date.UTC(
		part('year'),
		part('month') - 1,
		part('day'),
		part('hour'),
		part('minute'),
		part('second')
	);
	return wall - Math.floor(ms / 1000) * 1000;
}

function zonedMidnight(year: number, month: number, timeZone: string): number {
	const wall = Date.UTC(year, month - 1, 1);
	const guess = wall - zoneOffsetMs(wall, timeZone);
	return wall - zoneOffsetMs(guess, timeZone);
}

/** Tells whether a text is a period key such as 2026-11. */
export function isPeriodKey(key: string): boolean {
	return PERIOD_KEY.test(key);
}

/** Returns the month `key` (YYYY-MM) as a period in the shop's time zone. */
export function monthPeriod(key: string, timeZone: string): BonusPeriod {
	const match = PERIOD_KEY.exec(key);
	if (!match) throw new RangeError(`Invalid period "${key}": use YYYY-MM, e.g. 2026-11.`);
	const year = Number(match[1]);
	const month = Number(match[2]);
	const startMs = zonedMidnight(year, month, timeZone);
	const endMs =
		month === 12 ? zonedMidnight(year + 1, 1, timeZone) : zonedMidnight(year, month + 1, timeZone);
	return {
		key,
		year,
		month,
		startMs,
		endMs,
		offsetMs: zoneOffsetMs(startMs, timeZone),
		days: Math.round((endMs - startMs) / DAY_MS)
	};
}

/** Returns the period key (YYYY-MM) of the month that contains an instant. */
export function periodKeyOf(ms: number, timeZone: string): string {
	const local = new Date(ms + zoneOffsetMs(ms, timeZone));
	return `${local.getUTCFullYear()}-${String(local.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Returns the key of the month before `key`. */
export function previousPeriodKey(key: string): string {
	const [year, month] = key.split('-').map(Number);
	return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** Returns the shop-local midnight that starts the day of `ms`. */
export function dayStart(ms: number, period: BonusPeriod): number {
	return Math.floor((ms + period.offsetMs) / DAY_MS) * DAY_MS - period.offsetMs;
}

/**
 * Counts the shop days of the period on which the agent was employed for at least part of
 * the day. An agent who joins on the 10th of a 30-day month is active 21 days. One who
 * leaves at 18:00 on the 15th is active 15 days, and one who leaves at midnight is not
 * counted for the day that starts then.
 */
export function activeDays(
	joinedAt: number | null,
	leftAt: number | null,
	period: BonusPeriod
): number {
	const from = Math.max(period.startMs, joinedAt ?? period.startMs);
	const to = Math.min(period.endMs, leftAt ?? period.endMs);
	if (to <= from) return 0;
	const firstDay = dayStart(from, period);
	const lastDayEnd = dayStart(to - 1, period) + DAY_MS;
	return Math.round((lastDayEnd - firstDay) / DAY_MS);
}

/**
 * Returns the pool of one month of a yearly pool in whole fen. Month m gets
 * floor(Y·m/12) − floor(Y·(m−1)/12), so the twelve months add up to the yearly pool exactly.
 */
export function monthlyPoolFen(yearlyPoolFen: number, month: number): number {
	const yearly = BigInt(yearlyPoolFen);
	return Number((yearly * BigInt(month)) / 12n - (yearly * BigInt(month - 1)) / 12n);
}

/**
 * Returns when an innovation award registered at `registeredAt` is paid. Weekly awards are
 * paid on the next Monday at shop midnight, so one registered on a Monday waits a week.
 * Monthly awards are paid on the first day of the next month. `offsetMs` is the shop zone's
 * UTC offset.
 */
export function awardPayoutAt(
	registeredAt: number,
	payout: 'weekly' | 'monthly',
	offsetMs: number
): number {
	const local = new Date(registeredAt + offsetMs);
	if (payout === 'monthly') {
		return Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 1) - offsetMs;
	}
	const weekday = local.getUTCDay();
	const daysAhead = (8 - weekday) % 7 || 7;
	const midnight = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
	return midnight + daysAhead * DAY_MS - offsetMs;
}
