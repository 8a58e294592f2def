import type { ReviewFigures } from './figures.js';
import { median, netPromoterScore, ratio, shareAtMost } from './stats.js';

/** First response within this many seconds earns full marks in the bonus plan. */
export const FRT_TARGET_SECONDS = 30;

export const kpiIds = [
	'frtMedian',
	'frtWithinTarget',
	'resolutionRate',
	'nps',
	'averageHandlingTime',
	'escalationBreaches',
	'returnRate',
	'repurchaseRate',
	'averageOrderValue'
] as const;
export type KpiId = (typeof kpiIds)[number];

/**
 * Unit of a KPI value, which also sets how its change is measured: shares change in percentage points,
 * NPS in points, and amounts, durations and counts relative to the previous value.
 */
export type KpiUnit = 'seconds' | 'share' | 'nps' | 'minutes' | 'count' | 'fen';

export interface KpiDefinition {
	id: KpiId;
	group: 'service' | 'product';
	unit: KpiUnit;
	upIsGood: boolean;
	value: (figures: ReviewFigures) => number | null;
	/** Count the value rests on: conversations, survey responses, units, customers or orders. */
	sampleSize: (figures: ReviewFigures) => number;
}

const MINUTE_MS = 60_000;

export const kpiDefinitions: readonly KpiDefinition[] = [
	{
		id: 'frtMedian',
		group: 'service',
		unit: 'seconds',
		upIsGood: false,
		value: (f) => median(f.frtSeconds),
		sampleSize: (f) => f.frtSeconds.length
	},
	{
		id: 'frtWithinTarget',
		group: 'service',
		unit: 'share',
		upIsGood: true,
		value: (f) => shareAtMost(f.frtSeconds, FRT_TARGET_SECONDS),
		sampleSize: (f) => f.frtSeconds.length
	},
	{
		id: 'resolutionRate',
		group: 'service',
		unit: 'share',
		upIsGood: true,
		value: (f) => ratio(f.resolved, f.resolutionBase),
		sampleSize: (f) => f.resolutionBase
	},
	{
		id: 'nps',
		group: 'service',
		unit: 'nps',
		upIsGood: true,
		value: (f) => netPromoterScore(f.promoters, f.detractors, f.surveys),
		sampleSize: (f) => f.surveys
	},
	{
		id: 'averageHandlingTime',
		group: 'service',
		unit: 'minutes',
		upIsGood: false,
		value: (f) => ratio(f.handlingMs / MINUTE_MS, f.handled),
		sampleSize: (f) => f.handled
	},
	{
		id: 'escalationBreaches',
		group: 'service',
		unit: 'count',
		upIsGood: false,
		value: (f) => f.breaches,
		sampleSize: (f) => f.escalations
	},
	{
		id: 'returnRate',
		group: 'product',
		unit: 'share',
		upIsGood: false,
		value: (f) => ratio(f.returns, f.unitsSold),
		sampleSize: (f) => f.unitsSold
	},
	{
		id: 'repurchaseRate',
		group: 'product',
		unit: 'share',
		upIsGood: true,
		value: (f) => ratio(f.repeatCustomers, f.customers),
		sampleSize: (f) => f.customers
	},
	{
		id: 'averageOrderValue',
		group: 'product',
		unit: 'fen',
		upIsGood: true,
		value: (f) => ratio(f.salesFen, f.orders),
		sampleSize: (f) => f.orders
	}
];

export interface KpiChange {
	/** current − previous, in the KPI's unit (percentage points for shares). */
	difference: number | null;
	/** current / previous − 1; null when either is missing or the previous value is 0. */
	relative: number | null;
	direction: 'up' | 'down' | 'flat' | 'unknown';
	/** Whether the move is good news given which way is better for this KPI. */
	tone: 'good' | 'bad' | 'neutral';
}

/** Compares a KPI value with the previous period's. */
export function kpiChange(
	current: number | null,
	previous: number | null,
	upIsGood: boolean
): KpiChange {
	if (current === null || previous === null) {
		return { difference: null, relative: null, direction: 'unknown', tone: 'neutral' };
	}
	const difference = current - previous;
	const relative = previous !== 0 ? current / previous - 1 : null;
	// Float noise such as 0.30000000000000004 − 0.3 must not read as a change.
	if (Math.abs(difference) < 1e-9) {
		return { difference, relative, direction: 'flat', tone: 'neutral' };
	}
	const direction = difference > 0 ? 'up' : 'down';
	const tone = (direction === 'up') === upIsGood ? 'good' : 'bad';
	return { difference, relative, direction, tone };
}

export interface Kpi extends KpiDefinition {
	current: number | null;
	previous: number | null;
	currentSample: number;
	change: KpiChange;
}

/** Evaluates every KPI for the period and the one before it. */
export function reviewKpis(current: ReviewFigures, previous: ReviewFigures): Kpi[] {
	return kpiDefinitions.map((definition) => {
		const now = definition.value(current);
		const before = definition.value(previous);
		return {
			...definition,
			current: now,
			previous: before,
			currentSample: definition.sampleSize(current),
			change: kpiChange(now, before, definition.upIsGood)
		};
	});
}
