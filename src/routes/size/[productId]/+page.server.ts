import { error } from '@sveltejs/kit';
import { sharedGraph } from '$lib/server/runtime';
import { productSize } from '$lib/server/size/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const product = await productSize(await sharedGraph(), params.productId);
	if (!product) error(404, `Product not found: ${params.productId}`);
	return { product };
};
