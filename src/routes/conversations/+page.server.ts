import { riskLevels, type RiskLevel } from '$lib/domain/risk/riskLevel';
import { conversationAgentScope } from '$lib/server/auth/scope';
import { sharedGraph } from '$lib/server/runtime';
import { listConversations } from '$lib/server/queries/conversations';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 50;
const MAX_PAGE = 1_000_000;

export const load: PageServerLoad = async ({ url, locals }) => {
	const agentId = conversationAgentScope(locals.user);
	const requested = url.searchParams.get('risk');
	const risk = riskLevels.includes(requested as RiskLevel) ? (requested as RiskLevel) : null;
	const requestedPage = Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1;
	// The cap keeps SKIP within a 64-bit integer whatever number the URL carries.
	const page = Math.min(MAX_PAGE, Math.max(1, requestedPage));
	const graph = await sharedGraph();
	const result = await listConversations(graph, {
		risk,
		offset: (page - 1) * PAGE_SIZE,
		limit: PAGE_SIZE,
		agentId
	});
	return { ...result, risk, page, pageSize: PAGE_SIZE };
};
