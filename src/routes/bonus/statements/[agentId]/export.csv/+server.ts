import { error } from '@sveltejs/kit';
import { statementCsv } from '$lib/domain/bonus/csv';
import { requireAgentInScope, requireBonusScope } from '$lib/server/bonus/access';
import { periodParam, versionParam } from '$lib/server/bonus/params';
import { loadStatementView } from '$lib/server/bonus/statements';
import { sharedGraph } from '$lib/server/runtime';
import { loadSettings } from '$lib/server/settings';
import type { RequestHandler } from './$types';

/** Exports one agent's statement lines as CSV, under the same access rule as the page. */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	const graph = await sharedGraph();
	const scope = await requireBonusScope(graph, locals.user);
	await requireAgentInScope(graph, scope, params.agentId);
	const { timeZone } = loadSettings();
	const period = await periodParam(url, graph, timeZone);
	const view = await loadStatementView(graph, {
		agentId: params.agentId,
		period,
		version: versionParam(url),
		timeZone
	});
	if (!view) error(404, `Statement not found: ${params.agentId} ${period}`);
	return new Response(statementCsv(view.statement), {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="bonus-${params.agentId}-${period}.csv"`
		}
	});
};
