import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { sharedGraph } from '$lib/server/runtime';
import { recommendSize } from '$lib/server/size/recommend';
import type { RequestHandler } from './$types';

const querySchema = z.object({
	customerId: z.string().trim().min(1, 'is missing').max(200),
	productId: z.string().trim().min(1, 'is missing').max(200)
});

export const GET: RequestHandler = async ({ url }) => {
	const parsed = querySchema.safeParse(Object.fromEntries(url.searchParams));
	if (!parsed.success) {
		const problems = parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`);
		error(400, `Invalid query: ${problems.join('; ')}. Use ?customerId=…&productId=…`);
	}
	const recommendation = await recommendSize(await sharedGraph(), parsed.data);
	if (!recommendation) {
		error(404, `Customer ${parsed.data.customerId} or product ${parsed.data.productId} not found`);
	}
	return json(recommendation);
};
