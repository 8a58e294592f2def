import { sharedGraph } from '$lib/server/runtime';
import { loadOverview } from '$lib/server/queries/overview';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const graph = await sharedGraph();
	return { overview: await loadOverview(graph) };
};
