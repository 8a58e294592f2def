import { error, json } from '@sveltejs/kit';
import { parseFaqSearchParams, searchFaqsShared } from '$lib/server/faq';
import { sharedGraph } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

/** GET /api/faq/search?q=…&limit=10&mode=hybrid|fulltext|vector */
export const GET: RequestHandler = async ({ url }) => {
	const params = parseFaqSearchParams(url.searchParams);
	if (!params.ok) error(400, params.message);
	const { q, limit, mode } = params.value;
	const result = await searchFaqsShared(await sharedGraph(), q, { limit, mode });
	return json(result);
};
