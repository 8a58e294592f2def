import type { KpiId } from './kpis.js';
import type { ReviewPeriod } from './period.js';

/** KPIs whose evidence the review lists itself, keyed by the evidence page's name. */
const evidencePages: Partial<Record<KpiId, string>> = {
	frtMedian: 'frt',
	frtWithinTarget: 'frt',
	resolutionRate: 'resolution',
	nps: 'nps',
	averageHandlingTime: 'aht',
	returnRate: 'returns'
};

/** Returns the first and last shop days of a period, YYYY-MM-DD, both inclusive. */
export function periodDays(period: ReviewPeriod): { from: string; to: string } {
	const [year, month] = period.months.at(-1)!.split('-').map(Number);
	// Day 0 of the next month is the last day of this one.
	const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return {
		from: `${period.months[0]}-01`,
		to: `${period.months.at(-1)}-${String(lastDay).padStart(2, '0')}`
	};
}

/**
 * Returns where a KPI's evidence is: the review's own lists, the escalation report of the same
 * days, or the pages that already break sales down by product.
 */
export function kpiEvidenceHref(id: KpiId, period: ReviewPeriod): string {
	const page = evidencePages[id];
	if (page) return `/review/evidence/${page}?period=${period.key}`;
	if (id === 'escalationBreaches') {
		const { from, to } = periodDays(period);
		return `/escalations/report?from=${from}&to=${to}`;
	}
	return id === 'repurchaseRate' ? '/board' : '/products';
}
