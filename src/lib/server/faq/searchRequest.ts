import { z } from 'zod';
import { MAX_QUERY_CHARS } from '../search/faqSearch.js';

/** Query parameters of /api/faq/search and the /faq page. */
export const faqSearchParamsSchema = z.object({
	q: z
		.string()
		.trim()
		.max(MAX_QUERY_CHARS, `q is longer than ${MAX_QUERY_CHARS} characters; shorten the query`)
		.default(''),
	limit: z.coerce
		.number({ invalid_type_error: 'limit must be a number' })
		.int('limit must be a whole number')
		.min(1, 'limit must be at least 1')
		.max(50, 'limit must be at most 50')
		.default(10),
	mode: z.enum(['hybrid', 'fulltext', 'vector']).default('hybrid')
});

export type FaqSearchParams = z.output<typeof faqSearchParamsSchema>;

/** Parses URL search parameters; returns the problems as one message on failure. */
export function parseFaqSearchParams(
	params: URLSearchParams
): { ok: true; value: FaqSearchParams } | { ok: false; message: string } {
	const raw = Object.fromEntries(
		['q', 'limit', 'mode'].flatMap((key) => {
			const value = params.get(key);
			return value === null || value === '' ? [] : [[key, value]];
		})
	);
	const parsed = faqSearchParamsSchema.safeParse(raw);
	if (parsed.success) return { ok: true, value: parsed.data };
	return {
		ok: false,
		message: parsed.error.issues
			.map((issue) => `${issue.path.join('.') || 'query'}: ${issue.message}`)
			.join('; ')
	};
}
