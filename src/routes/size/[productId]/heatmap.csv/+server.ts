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
			['productId', () => product.productId],
			['size', (c) => c.size],
			['fit', (c) => c.fit],
			['count', (c) => c.count]
		],
		product.heatmap
	);
	return csvResponse(body, `size-${product.productId}-heatmap.csv`);
};
