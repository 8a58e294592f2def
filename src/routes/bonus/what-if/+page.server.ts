import { scopeCovers } from '$lib/domain/bonus/access';
import { requireBonusScope, requireRole } from '$lib/server/bonus/access';
import { whatIfFromQuery } from '$lib/server/bonus/whatIfQuery';
import { sharedGraph } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	requireRole(locals.user, ['leader', 'admin']);
	const graph = await sharedGraph();
	const scope = await requireBonusScope(graph, locals.user);
	const { period, values, result } = await whatIfFromQuery(url, graph);
	const diffs = result.diffs.filter((row) => scopeCovers(scope, row));
	return { period, values, result: { ...result, diffs }, query: url.searchParams.toString() };
};
