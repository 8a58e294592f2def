import { error } from '@sveltejs/kit';
import { requireAgentInScope, requireBonusScope } from '$lib/server/bonus/access';
import { periodParam, versionParam } from '$lib/server/bonus/params';
import { loadStatementView } from '$lib/server/bonus/statements';
import { sharedGraph } from '$lib/server/runtime';
import { loadSettings } from '$lib/server/settings';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const graph = await sharedGraph();
	const scope = await requireBonusScope(graph, locals.user);
	// Checked before anything is read, so another agent's statement is a 404 for pages and __data.json alike.
	await requireAgentInScope(graph, scope, params.agentId);
	const { timeZone } = loadSettings();
	const period = await periodParam(url, graph, timeZone);
	const version = versionParam(url);
	const view = await loadStatementView(graph, {
		agentId: params.agentId,
		period,
		version,
		timeZone
	});
	if (!view) error(404, `Statement not found: ${params.agentId} ${period}`);
	return { view, canSeeTeam: scope.kind !== 'agent' };
};
