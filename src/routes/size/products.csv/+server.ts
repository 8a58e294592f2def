import { sharedGraph } from '$lib/server/runtime';
import { csvResponse, toCsv } from '$lib/server/size/csv';
import { listSizeProducts } from '$lib/server/size/queries';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
	const products = await listSizeProducts(await sharedGraph(), 100_000);
	const body = toCsv(
		[
			['productId', (p) => p.productId],
			['name', (p) => p.name],
			['category', (p) => p.category],
			['feedback', (p) => p.feedback],
			['complainants', (p) => p.complainants],
			['buyers', (p) => p.buyers],
			['complaintRate', (p) => p.complaintRate],
			['trustedClusters', (p) => p.trustedClusters],
			['topSignal', (p) => p.topSignal]
		],
		products
	);
	return csvResponse(body, 'size-products.csv');
};
