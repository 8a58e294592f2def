import { error } from '@sveltejs/kit';
import { breachRates, breachRatesCsv } from '$lib/domain/escalation/breachReport';
import { sharedGraph } from '$lib/server/runtime';
import { loadSettings } from '$lib/server/settings';
import { loadReport, reportQuery } from '../report/reportQuery';
import type { RequestHandler } from './$types';

/** Breach rate per shop-local day and team over the report window, as CSV. */
export const GET: RequestHandler = async ({ url }) => {
	const parsed = reportQuery.safeParse(Object.fromEntries(url.searchParams));
	if (!parsed.success) error(400, 'Invalid report parameters: from and to must be YYYY-MM-DD');
	const { timeZone } = loadSettings();
	const graph = await sharedGraph();
	const report = await loadReport(graph, parsed.data, timeZone, Date.now());
	return new Response(breachRatesCsv(breachRates(report.rows, timeZone)), {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="escalation-breaches-${report.from}-${report.to}.csv"`
		}
	});
};
