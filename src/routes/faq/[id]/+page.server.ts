import { error } from '@sveltejs/kit';
import { getFaqDetail, getFaqNeighbourhood } from '$lib/server/faq';
import { sharedGraph } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const graph = await sharedGraph();
	const [faq, neighbourhood] = await Promise.all([
		getFaqDetail(graph, params.id),
		getFaqNeighbourhood(graph, params.id)
	]);
	if (!faq || !neighbourhood) error(404, `FAQ not found: ${params.id}`);
	return { faq, neighbourhood };
};
