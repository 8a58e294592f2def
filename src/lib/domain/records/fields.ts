import { z } from 'zod';

/**
 * Field parsers shared by the canonical record schemas. CSV cells arrive as strings, so
 * empty cells mean "absent" and numbers and flags are coerced; JSONL values pass through.
 */

const blankToUndefined = (value: unknown) =>
	value === '' || value === null || (typeof value === 'string' && value.trim() === '')
		? undefined
		: value;

export const id = z.preprocess(
	(value) => (typeof value === 'number' ? String(value) : value),
	z
		.string({ required_error: 'is missing', invalid_type_error: 'must be text' })
		.trim()
		.min(1, 'is empty')
		.max(200, 'is longer than 200 characters')
);

export const optionalId = z.preprocess(blankToUndefined, id.optional());

export const text = z.string({ required_error: 'is missing' }).min(1, 'is empty');

export const optionalText = z.preprocess(blankToUndefined, z.string().optional());

export function optionalNumber(min: number, max: number) {
	return z.preprocess(
		blankToUndefined,
		z.coerce
			.number({ invalid_type_error: 'is not a number' })
			.finite('is not a number')
			.min(min, `is below ${min}`)
			.max(max, `is above ${max}`)
			.optional()
	);
}

export const flag = z.preprocess(
	(value) => {
		if (typeof value !== 'string') return value;
		const lowered = value.trim().toLowerCase();
		if (['1', 'true', 'yes', 'y'].includes(lowered)) return true;
		if (['0', 'false', 'no', 'n', ''].includes(lowered)) return false;
		return value;
	},
	z.boolean({ invalid_type_error: 'must be true/false or 1/0' })
);

/** Money in yuan as written in exports, stored as integer fen. */
export const yuanToFen = z.preprocess(
	blankToUndefined,
	z.coerce
		.number({ invalid_type_error: 'is not an amount in yuan' })
		.finite()
		.min(0, 'is negative')
		.transform((yuan) => Math.round(yuan * 100))
		.optional()
);

const isoWithZone = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$/;
const localDateTime = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * Parses a timestamp into epoch milliseconds. Values with an offset are taken as written;
 * values without one (`2024-05-01 10:30`, `2024-05-01`) are wall-clock times in `timeZone`.
 */
export function parseTimestamp(value: string, timeZone: string): number | undefined {
	const trimmed = value.trim();
	if (isoWithZone.test(trimmed)) {
		const ms = Date.parse(trimmed.replace(' ', 'T'));
		return Number.isNaN(ms) ? undefined : ms;
	}
	const match = localDateTime.exec(trimmed);
	if (!match) return undefined;
	const [, y, mo, d, h = '0', mi = '0', s = '0'] = match;
	const asUtc = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s);
	const check = new Date(asUtc);
	if (check.getUTCMonth() !== +mo - 1 || check.getUTCDate() !== +d || +h > 23 || +mi > 59) {
		return undefined;
	}
	return asUtc - zoneOffsetMs(asUtc, timeZone);
}

/** Offset of `timeZone` from UTC at the given instant, in milliseconds. */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit'
	}).formatToParts(new Date(epochMs));
	const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
	const wall = Date.UTC(
		get('year'),
		get('month') - 1,
		get('day'),
		get('hour'),
		get('minute'),
		get('second')
	);
	return wall - Math.floor(epochMs / 1000) * 1000;
}

/** A timestamp field; the importer supplies the shop's time zone for values without an offset. */
export function timestamp(timeZone: string) {
	return z.preprocess(
		(value) => (typeof value === 'number' ? new Date(value).toISOString() : value),
		z
			.string({ required_error: 'is missing', invalid_type_error: 'must be a date-time' })
			.transform((value, ctx) => {
				const ms = parseTimestamp(value, timeZone);
				if (ms === undefined) {
					ctx.addIssue({
						code: z.ZodIssueCode.custom,
						message: 'is not a date-time; write ISO 8601 such as 2024-05-01T10:30:00+08:00'
					});
					return z.NEVER;
				}
				return ms;
			})
	);
}

export function optionalTimestamp(timeZone: string) {
	return z.preprocess(blankToUndefined, timestamp(timeZone).optional());
}
