import { sharedGraph } from '$lib/server/runtime';
import { cardHistory } from '$lib/server/board/workflow';
import { csvResponse, toCsv } from '$lib/server/size/csv';
import type { RequestHandler } from './$types';

/** Every change of the product's board card, newest first. */
export const GET: RequestHandler = async ({ params }) => {
	const body = toCsv(
		[
			['changeId', (c) => c.changeId],
			['at', (c) => new Date(c.at).toISOString()],
			['actor', (c) => c.actor],
			['fromStatus', (c) => c.fromStatus],
			['toStatus', (c) => c.toStatus],
			['owner', (c) => c.owner],
			['note', (c) => c.note]
		],
		await cardHistory(await sharedGraph(), params.productId)
	);
	return csvResponse(body, `board-${params.productId}-history.csv`);
};
