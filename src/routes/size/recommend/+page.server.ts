import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { sharedGraph } from '$lib/server/runtime';
import { recommendSize } from '$lib/server/size/recommend';
import type { PageServerLoad } from './$types';

const querySchema = z.object({
	customerId: z.string().trim().max(200).default(''),
	productId: z.string().trim().max(200).default('')
});

export const load: PageServerLoad = async ({ url }) => {
	const parsed = querySchema.safeParse(Object.fromEntries(url.searchParams));
	if (!parsed.success) error(400, 'customerId and productId must be at most 200 characters');
	const { customerId, productId } = parsed.data;
	if (!customerId || !productId)
		return { customerId, productId, recommendation: null, missing: false };
	const recommendation = await recommendSize(await sharedGraph(), { customerId, productId });
	return {
		customerId,
		productId,
		recommendation: recommendation ?? null,
		missing: !recommendation
	};
};
