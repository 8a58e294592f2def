import { error } from '@sveltejs/kit';
import { parseBoardQuery } from '$lib/domain/board/cards';
import { loadBeforeAfter } from '$lib/server/board/beforeAfter';
import {
	evidenceConversations,
	evidenceFilter,
	evidenceReviews,
	productCard
} from '$lib/server/board/evidence';
import { dataEndMs } from '$lib/server/board/signals';
import { cardHistory } from '$lib/server/board/workflow';
import { sharedGraph } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

const PAGE_ROWS = 100;

export const load: PageServerLoad = async ({ params, url }) => {
	const graph = await sharedGraph();
	const product = await productCard(graph, params.productId);
	if (!product) error(404, `Product not found: ${params.productId}`);
	const filter = await evidenceFilter(graph, product.productId, url.searchParams, PAGE_ROWS);
	const [conversations, reviews, history, topics, end] = await Promise.all([
		evidenceConversations(graph, filter),
		evidenceReviews(graph, filter),
		cardHistory(graph, product.productId),
		graph.read<{ topicId: string; nameZh: string; nameEn: string }>(
			'MATCH (s:ServiceTopic) RETURN s.topicId AS topicId, s.nameZh AS nameZh, s.nameEn AS nameEn'
		),
		dataEndMs(graph)
	]);
	const comparison =
		product.shippedAt === null
			? null
			: await loadBeforeAfter(graph, product.productId, product.shippedAt, end);
	return {
		product,
		filter,
		query: parseBoardQuery(url.searchParams),
		conversations,
		reviews,
		history,
		topics,
		comparison
	};
};
