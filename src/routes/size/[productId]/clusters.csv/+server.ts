import { error } from '@sveltejs/kit';
import { sharedGraph } from '$lib/server/runtime';
import { csvResponse, toCsv } from '$lib/server/size/csv';
import { productSize } from '$lib/server/size/queries';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params }) => {
	const product = await productSize(await sharedGraph(), params.productId, 0);
	if (!product) error(404, `Product not found: ${params.productId}`);
	const body = toCsv(
		[
			['clusterId', (c) => c.clusterId],
			['size', (c) => c.size],
			['fit', (c) => c.fit],
			['bodyPart', (c) => c.bodyPart],
			['count', (c) => c.count],
			['customers', (c) => c.customers],
			['buyers', (c) => c.buyers],
			['shareOfBuyers', (c) => c.shareOfBuyers],
			['heightCmMin', (c) => c.heightCmMin],
			['heightCmMax', (c) => c.heightCmMax],
			['weightKgMin', (c) => c.weightKgMin],
			['weightKgMax', (c) => c.weightKgMax],
			['typicalPhrases', (c) => c.typicalPhrases],
			['trusted', (c) => c.trusted],
			['signal', (c) => c.signal]
		],
		product.clusters
	);
	return csvResponse(body, `size-${product.productId}-clusters.csv`);
};
