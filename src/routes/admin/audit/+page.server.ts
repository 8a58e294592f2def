import { auditFacets, listAuditEntries } from '$lib/server/audit/entries';
import { AUDIT_PAGE_SIZE, parseAuditQuery } from '$lib/server/audit/filter';
import { sharedGraph } from '$lib/server/runtime';
import { loadSettings } from '$lib/server/settings';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const { query, filter, offset } = parseAuditQuery(url.searchParams, loadSettings().timeZone);
	const graph = await sharedGraph();
	const [page, facets] = await Promise.all([
		listAuditEntries(graph, filter, { offset, limit: AUDIT_PAGE_SIZE }),
		auditFacets(graph)
	]);
	return { ...page, facets, query, pageSize: AUDIT_PAGE_SIZE };
};
