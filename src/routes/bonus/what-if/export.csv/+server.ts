import { diffCsv } from '$lib/domain/bonus/csv';
import { scopeCovers } from '$lib/domain/bonus/access';
import { requireBonusScope, requireRole } from '$lib/server/bonus/access';
import { sharedGraph } from '$lib/server/runtime';
import { whatIfFromQuery } from '$lib/server/bonus/whatIfQuery';
import type { RequestHandler } from './$types';

/** Exports the what-if comparison of the same query as CSV, one row per agent. */
export const GET: RequestHandler = async ({ url, locals }) => {
	requireRole(locals.user, ['leader', 'admin']);
	const graph = await sharedGraph();
	const scope = await requireBonusScope(graph, locals.user);
	const { period, result } = await whatIfFromQuery(url, graph);
	return new Response(diffCsv(result.diffs.filter((row) => scopeCovers(scope, row))), {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="bonus-what-if-${period}.csv"`
		}
	});
};
