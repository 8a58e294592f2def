import { sharedGraph } from '$lib/server/runtime';
import { listSizeProducts } from '$lib/server/size/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const products = await listSizeProducts(await sharedGraph());
	return { products };
};
