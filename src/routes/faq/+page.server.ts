import { error } from '@sveltejs/kit';
import {
	handlingTimeComparison,
	mostAskedFaqs,
	parseFaqSearchParams,
	searchFaqsShared
} from '$lib/server/faq';
import { sharedGraph } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const params = parseFaqSearchParams(url.searchParams);
	if (!params.ok) error(400, params.message);
	const graph = await sharedGraph();
	const { q, limit, mode } = params.value;
	const [result, handlingTime, mostAsked] = await Promise.all([
		q ? searchFaqsShared(graph, q, { limit, mode }) : null,
		handlingTimeComparison(graph),
		mostAskedFaqs(graph)
	]);
	return { q, result, handlingTime, mostAsked };
};
