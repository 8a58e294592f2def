import { auditCsvHeader, auditCsvLine } from '$lib/server/audit/csv';
import { listAuditEntries } from '$lib/server/audit/entries';
import { parseAuditQuery } from '$lib/server/audit/filter';
import { sharedGraph } from '$lib/server/runtime';
import { loadSettings } from '$lib/server/settings';
import type { RequestHandler } from './$types';

const BATCH = 5_000;

/** Streams every entry matching the page's filters as CSV, newest first. */
export const GET: RequestHandler = async ({ url }) => {
	const { filter } = parseAuditQuery(url.searchParams, loadSettings().timeZone);
	const graph = await sharedGraph();
	let offset = 0;
	const encoder = new TextEncoder();
	const body = new ReadableStream<Uint8Array>({
		start(controller) {
			// A byte-order mark, so spreadsheet programs read the Chinese text as UTF-8.
			controller.enqueue(encoder.encode(`\uFEFF${auditCsvHeader.join(',')}\r\n`));
		},
		async pull(controller) {
			const { entries } = await listAuditEntries(graph, filter, { offset, limit: BATCH });
			offset += entries.length;
			if (entries.length > 0)
				controller.enqueue(encoder.encode(entries.map(auditCsvLine).join('')));
			if (entries.length < BATCH) controller.close();
		}
	});
	return new Response(body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="seam-audit.csv"'
		}
	});
};
