import { evidenceConversations, evidenceFilter } from '$lib/server/board/evidence';
import { sharedGraph } from '$lib/server/runtime';
import { csvResponse, toCsv } from '$lib/server/size/csv';
import type { RequestHandler } from './$types';

const MAX_ROWS = 100_000;

/** The product's conversations in the board's period and topic. */
export const GET: RequestHandler = async ({ params, url }) => {
	const graph = await sharedGraph();
	const filter = await evidenceFilter(graph, params.productId, url.searchParams, MAX_ROWS);
	const body = toCsv(
		[
			['conversationId', (c) => c.conversationId],
			['startedAt', (c) => (c.startedAt === null ? null : new Date(c.startedAt).toISOString())],
			['riskLevel', (c) => c.riskLevel],
			['isNegative', (c) => c.isNegative],
			['topics', (c) => c.topics],
			['faqHit', (c) => c.faqHit]
		],
		await evidenceConversations(graph, filter)
	);
	return csvResponse(body, `board-${params.productId}-conversations.csv`);
};
