import { z } from 'zod';
import { zoneOffsetMs } from '../../domain/records/fields.js';
import type { AuditFilter } from './entries.js';

export const AUDIT_PAGE_SIZE = 50;

const date = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/)
	.optional()
	.catch(undefined);
const text = z.string().trim().max(200).optional().catch(undefined);

const querySchema = z.object({
	actor: text,
	action: text,
	target: text,
	from: date,
	to: date,
	page: z.coerce.number().int().min(1).max(100_000).catch(1)
});

/** Epoch ms of midnight starting `day` (YYYY-MM-DD) in the shop's time zone. */
export function startOfDayMs(day: string, timeZone: string): number {
	const [year, month, dayOfMonth] = day.split('-').map(Number);
	const utcMidnight = Date.UTC(year, month - 1, dayOfMonth);
	return utcMidnight - zoneOffsetMs(utcMidnight, timeZone);
}

/**
 * Reads the audit page's query string. Bad values fall back to "no filter" rather than an
 * error; the `to` day is inclusive.
 */
export function parseAuditQuery(params: URLSearchParams, timeZone: string) {
	const query = querySchema.parse(Object.fromEntries(params));
	const filter: AuditFilter = {
		actor: query.actor || null,
		action: query.action || null,
		target: query.target || null,
		fromMs: query.from ? startOfDayMs(query.from, timeZone) : null,
		toMs: query.to ? startOfDayMs(query.to, timeZone) + 24 * 3600 * 1000 : null
	};
	return { query, filter, offset: (query.page - 1) * AUDIT_PAGE_SIZE };
}
