/** Board periods: the last N days before the newest conversation in the graph. */
export const boardPeriods = { '90d': 90, '180d': 180, '365d': 365, '730d': 730 } as const;

export type BoardPeriod = keyof typeof boardPeriods;

export const DAY_MS = 86_400_000;

/** Trend points per period: about monthly for a year, fortnightly for shorter periods. */
const BUCKETS: Record<BoardPeriod, number> = { '90d': 6, '180d': 6, '365d': 12, '730d': 12 };

export interface PeriodWindow {
	fromMs: number;
	toMs: number;
	bucketMs: number;
	buckets: number;
}

/** The window of `period` ending at `endMs` (exclusive), split into equal trend buckets. */
export function periodWindow(period: BoardPeriod, endMs: number): PeriodWindow {
	const days = boardPeriods[period];
	const buckets = BUCKETS[period];
	const fromMs = endMs - days * DAY_MS;
	return { fromMs, toMs: endMs, bucketMs: (days * DAY_MS) / buckets, buckets };
}
