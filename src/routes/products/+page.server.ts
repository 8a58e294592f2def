import { sharedGraph } from '$lib/server/runtime';
import {
	latestActivityMs,
	listProductSignals,
	productSortKeys,
	type ProductSortKey
} from '$lib/server/queries/products';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const requested = url.searchParams.get('sort');
	const sort: ProductSortKey = productSortKeys.includes(requested as ProductSortKey)
		? (requested as ProductSortKey)
		: 'negativeShare';
	const descending = url.searchParams.get('dir') !== 'asc';
	const graph = await sharedGraph();
	const endMs = (await latestActivityMs(graph)) ?? Date.now();
	const products = await listProductSignals(graph, { sort, descending, limit: 500, endMs });
	return { products, sort, descending };
};
