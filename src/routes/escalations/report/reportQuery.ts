import { z } from 'zod';
import { shopDay, type EscalationRow } from '$lib/domain/escalation/breachReport';
import { loadEscalationRows, latestDetection } from '$lib/server/escalation/report';
import type { Graph } from '$lib/server/graph/graph';

const DAY_MS = 86_400_000;
const DEFAULT_DAYS = 30;
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

export const reportQuery = z.object({
	from: day.optional(),
	to: day.optional(),
	team: z.string().max(100).optional(),
	day: day.optional()
});

export type ReportQuery = z.infer<typeof reportQuery>;

/**
 * Loads the escalations of the report window in shop-local days. Without dates the window is
 * the 30 days up to the newest escalation, so a historical data set opens on its data and not
 * on an empty month.
 */
export async function loadReport(
	graph: Graph,
	query: ReportQuery,
	timeZone: string,
	now: number
): Promise<{ from: string; to: string; rows: EscalationRow[] }> {
	const end = query.to
		? Date.parse(`${query.to}T00:00:00Z`)
		: ((await latestDetection(graph)) ?? now);
	const to = query.to ?? shopDay(end, timeZone);
	const from = query.from ?? shopDay(end - (DEFAULT_DAYS - 1) * DAY_MS, timeZone);
	// Query a day wider on each side, then keep rows by their shop-local day.
	const rows = await loadEscalationRows(graph, {
		now,
		from: Date.parse(`${from}T00:00:00Z`) - DAY_MS,
		to: Date.parse(`${to}T00:00:00Z`) + 2 * DAY_MS
	});
	const inWindow = rows.filter((row) => {
		const rowDay = shopDay(row.detectedAt, timeZone);
		return rowDay >= from && rowDay <= to;
	});
	return { from, to, rows: inWindow };
}
