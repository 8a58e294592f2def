import { evidenceFilter, evidenceReviews } from '$lib/server/board/evidence';
import { sharedGraph } from '$lib/server/runtime';
import { csvResponse, toCsv } from '$lib/server/size/csv';
import type { RequestHandler } from './$types';

const MAX_ROWS = 100_000;

/** The product's reviews in the board's period and topic. */
export const GET: RequestHandler = async ({ params, url }) => {
	const graph = await sharedGraph();
	const filter = await evidenceFilter(graph, params.productId, url.searchParams, MAX_ROWS);
	const body = toCsv(
		[
			['reviewId', (r) => r.reviewId],
			['createdAt', (r) => (r.createdAt === null ? null : new Date(r.createdAt).toISOString())],
			['rating', (r) => r.rating],
			['negative', (r) => r.negative],
			['topics', (r) => r.topics],
			['text', (r) => r.text]
		],
		await evidenceReviews(graph, filter)
	);
	return csvResponse(body, `board-${params.productId}-reviews.csv`);
};
