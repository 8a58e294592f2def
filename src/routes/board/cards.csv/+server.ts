import { parseBoardQuery } from '$lib/domain/board/cards';
import { loadBoard } from '$lib/server/board/signals';
import { sharedGraph } from '$lib/server/runtime';
import { csvResponse, toCsv } from '$lib/server/size/csv';
import type { RequestHandler } from './$types';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** Every card of the board with the page's filters, one row per product. */
export const GET: RequestHandler = async ({ url }) => {
	const query = parseBoardQuery(url.searchParams);
	const board = await loadBoard(await sharedGraph(), query);
	const body = toCsv(
		[
			['productId', (c) => c.productId],
			['name', (c) => c.name],
			['category', (c) => c.category],
			['status', (c) => c.status],
			['owner', (c) => c.owner],
			['note', (c) => c.note],
			['shippedAt', (c) => iso(c.shippedAt)],
			['conversations', (c) => c.conversations],
			['negativeShare', (c) => c.negativeShare],
			['faqHits', (c) => c.faqHits],
			['unitsSold', (c) => c.unitsSold],
			['returns', (c) => c.returns],
			['returnRate', (c) => c.returnRate],
			['returnReasons', (c) => c.returnReasons.map((r) => `${r.reason}:${r.count}`)],
			['sizeComplaints', (c) => c.sizeComplaints],
			['clusters', (c) => c.clusters],
			['trustedClusters', (c) => c.trustedClusters],
			['topSizeSignal', (c) => c.topSizeSignal],
			['topTopics', (c) => c.topTopics.map((t) => `${t.topicId}:${t.count}`)],
			['negativeSeries', (c) => c.negativeSeries.map((v) => (v === null ? '' : v.toFixed(3)))],
			['conversationSeries', (c) => c.conversationSeries]
		],
		board.cards
	);
	return csvResponse(body, `board-${query.period}.csv`);
};
