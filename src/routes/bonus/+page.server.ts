import { redirect } from '@sveltejs/kit';
import { requireBonusScope } from '$lib/server/bonus/access';
import { loadOverview } from '$lib/server/bonus/overview';
import { periodParam } from '$lib/server/bonus/params';
import { sharedGraph } from '$lib/server/runtime';
import { loadSettings } from '$lib/server/settings';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	const graph = await sharedGraph();
	const scope = await requireBonusScope(graph, locals.user);
	const { timeZone } = loadSettings();
	const period = await periodParam(url, graph, timeZone);
	// An agent's bonus page is their own statement.
	if (scope.kind === 'agent')
		redirect(303, `/bonus/statements/${encodeURIComponent(scope.agentId)}?period=${period}`);
	const overview = await loadOverview(graph, scope, period, timeZone);
	return { overview, scope: scope.kind, role: locals.user!.role };
};
