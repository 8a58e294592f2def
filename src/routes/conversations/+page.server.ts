import { riskLevels, type RiskLevel } from '$lib/domain/risk/riskLevel';
import { sharedGraph } from '$lib/server/runtime';
import { listConversations } from '$lib/server/queries/conversations';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 50;

export const load: PageServerLoad = async ({ url }) => {
	const requested = url.searchParams.get('risk');
	const risk = riskLevels.includes(requested as RiskLevel) ? (requested as RiskLevel) : null;
	const page = Math.max(1, Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1);
	const graph = await sharedGraph();
	const result = await listConversations(graph, {
		risk,
		offset: (page - 1) * PAGE_SIZE,
		limit: PAGE_SIZE
	});
	return { ...result, risk, page, pageSize: PAGE_SIZE };
};
