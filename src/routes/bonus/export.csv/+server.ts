import { runCsv } from '$lib/domain/bonus/csv';
import { requireBonusScope } from '$lib/server/bonus/access';
import { loadOverview } from '$lib/server/bonus/overview';
import { periodParam } from '$lib/server/bonus/params';
import { sharedGraph } from '$lib/server/runtime';
import { loadSettings } from '$lib/server/settings';
import type { RequestHandler } from './$types';

/** The agents the user may see for a period, one row each, as CSV. */
export const GET: RequestHandler = async ({ url, locals }) => {
	const graph = await sharedGraph();
	const scope = await requireBonusScope(graph, locals.user);
	const { timeZone } = loadSettings();
	const period = await periodParam(url, graph, timeZone);
	const overview = await loadOverview(graph, scope, period, timeZone);
	return new Response(runCsv(overview.rows), {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="bonus-${period}.csv"`
		}
	});
};
