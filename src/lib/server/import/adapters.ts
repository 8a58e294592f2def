import type { z } from 'zod';
import { recordSchemas, type RecordOf } from '../../domain/records/schemas.js';
import { problemsFromZod, type Problem } from './problems.js';
import { readCsv, readJsonArray, readJsonl, type SourceRow } from './readers.js';
import { conversationRows, messageRow, recordRows, type WriteRow } from './rows.js';
import type { TextSource } from './source.js';

export type RowResult = { rows: WriteRow[] } | { problems: Problem[] };

export interface ImportContext {
	timeZone: string;
	/** File name without folders and extensions, used as a review's default source. */
	sourceName: string;
}

/** How one kind of input file is read and turned into write rows. */
export interface Adapter {
	name: string;
	description: string;
	read(source: TextSource, filePath: string): AsyncGenerator<SourceRow>;
	toRows(value: Record<string, unknown>, line: number, context: ImportContext): RowResult;
}

/** Picks the reader from the file name: `.csv`, `.jsonl`/`.ndjson` or `.json`, optionally `.gz`. */
export function readByExtension(source: TextSource, filePath: string): AsyncGenerator<SourceRow> {
	const name = filePath.replace(/\.gz$/, '').toLowerCase();
	if (name.endsWith('.csv')) return readCsv(source);
	if (name.endsWith('.json')) return readJsonArray(source);
	return readJsonl(source);
}

type SchemaSet = ReturnType<typeof recordSchemas>;

function validate<T extends z.ZodTypeAny>(schema: T, value: unknown): z.output<T> | Problem[] {
	const result = schema.safeParse(value);
	return result.success ? result.data : problemsFromZod(result.error, value);
}

function canonical<K extends keyof RecordOf>(name: string, kind: K, description: string): Adapter {
	const cache = new Map<string, SchemaSet>();
	return {
		name,
		description,
		read: readByExtension,
		toRows(value, _line, context) {
			let schemas = cache.get(context.timeZone);
			if (!schemas) cache.set(context.timeZone, (schemas = recordSchemas(context.timeZone)));
			const schemaKey = (
				kind === 'conversation' && !('messages' in value) ? 'messageRow' : kind
			) as keyof SchemaSet;
			const parsed = validate(schemas[schemaKey], value);
			if (Array.isArray(parsed)) return { problems: parsed };
			if (schemaKey === 'messageRow') {
				return { rows: messageRowToRows(parsed as z.output<SchemaSet['messageRow']>) };
			}
			const record =
				kind === 'review' ? withDefaultSource(parsed as RecordOf['review'], context) : parsed;
			return { rows: recordRows(kind, record as RecordOf[K]) };
		}
	};
}

function withDefaultSource(review: RecordOf['review'], context: ImportContext): RecordOf['review'] {
	return { ...review, source: review.source ?? context.sourceName };
}

/** A flat message row carries its conversation's links, so both rows are written. */
function messageRowToRows(row: z.output<SchemaSet['messageRow']>): WriteRow[] {
	const { conversationId, customerId, productId, ...message } = row;
	const [conversation] = conversationRows({
		conversationId,
		customerId,
		productId,
		priority: false,
		messages: []
	});
	delete conversation.row.priority;
	return [
		conversation,
		messageRow({ ...message, conversationId, seq: message.seq ?? 0, text: message.text })
	];
}

export const canonicalAdapters: Adapter[] = [
	canonical('products', 'product', 'productId, name, category, line, price (yuan), launchedAt'),
	canonical(
		'skus',
		'sku',
		'skuId, productId, size, color, garment chestCm/waistCm/lengthCm/shoulderCm/sleeveCm'
	),
	canonical(
		'customers',
		'customer',
		'customerId, heightCm, weightKg, chestCm, waistCm, hipsCm, bodyType, region, priority'
	),
	canonical(
		'orders',
		'orderLine',
		'one order line per row: orderId, customerId, skuId, quantity, amount (yuan), orderedAt'
	),
	canonical('returns', 'return', 'returnId, orderId, skuId, reason, note, returnedAt'),
	canonical(
		'conversations',
		'conversation',
		'JSONL with nested messages, or CSV with one message per row'
	),
	canonical(
		'reviews',
		'review',
		'reviewId, productId, customerId, source, title, text, rating, label, recommended, category, createdAt'
	),
	canonical('agents', 'agent', 'agentId, name, team, seniority, certification, joinedAt, leftAt'),
	canonical(
		'surveys',
		'survey',
		'surveyId, conversationId, agentId, customerId, score (0-10), answeredAt'
	)
];
