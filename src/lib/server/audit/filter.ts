import { z } from 'zod';
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

/** Offset of `timeZone` from UTC at `utcMs`, in ms (positive east of Greenwich). */
function zoneOffsetMs(utcMs: number, timeZone: string): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit'
	}).formatToParts(new Date(utcMs));
	const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
	const local = Date.UTC(
		value('year'),
		value('month') - 1,
		value('day'),
		value('hour'),
		value('minute'),
		value('second')
	);
	return local - utcMs;
}

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
