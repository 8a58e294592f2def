import { z } from 'zod';
import {
	flag,
	id,
	optionalId,
	optionalNumber,
	optionalText,
	optionalTimestamp,
	text,
	timestamp,
	yuanToFen
} from './fields';

export const senderRoles = ['customer', 'agent', 'bot'] as const;
export const returnReasons = [
	'size_small',
	'size_large',
	'quality',
	'color',
	'not_as_described',
	'changed_mind',
	'other'
] as const;

const body = {
	heightCm: optionalNumber(50, 250),
	weightKg: optionalNumber(20, 300),
	chestCm: optionalNumber(40, 200),
	waistCm: optionalNumber(40, 200),
	hipsCm: optionalNumber(40, 200)
};

/** Builds the canonical record schemas; timestamps without an offset use `timeZone`. */
export function recordSchemas(timeZone: string) {
	const at = timestamp(timeZone);
	const optionalAt = optionalTimestamp(timeZone);

	const message = z.object({
		seq: optionalNumber(0, 1_000_000),
		sender: z.enum(senderRoles, {
			errorMap: () => ({ message: `must be one of ${senderRoles.join(', ')}` })
		}),
		agentId: optionalId,
		sentAt: at,
		text: z.string({ required_error: 'is missing' })
	});

	return {
		product: z
			.object({
				productId: id,
				name: text,
				category: text,
				line: optionalText,
				price: yuanToFen,
				launchedAt: optionalAt
			})
			.transform(({ price, ...product }) => ({ ...product, priceFen: price })),
		sku: z.object({
			skuId: id,
			productId: id,
			size: id,
			color: optionalText,
			chestCm: optionalNumber(20, 200),
			waistCm: optionalNumber(20, 200),
			lengthCm: optionalNumber(20, 200),
			shoulderCm: optionalNumber(20, 100),
			sleeveCm: optionalNumber(20, 120)
		}),
		customer: z.object({
			customerId: id,
			...body,
			bodyType: optionalText,
			region: optionalText,
			priority: flag.default(false)
		}),
		orderLine: z
			.object({
				orderId: id,
				customerId: id,
				skuId: id,
				quantity: optionalNumber(1, 10_000).transform((n) => Math.round(n ?? 1)),
				amount: yuanToFen,
				orderedAt: at
			})
			.transform(({ amount, ...line }) => ({ ...line, amountFen: amount })),
		return: z.object({
			returnId: id,
			orderId: id,
			skuId: id,
			reason: z.enum(returnReasons, {
				errorMap: () => ({ message: `must be one of ${returnReasons.join(', ')}` })
			}),
			note: optionalText,
			returnedAt: at
		}),
		message,
		conversation: z.object({
			conversationId: id,
			customerId: optionalId,
			productId: optionalId,
			channel: optionalText,
			priority: flag.default(false),
			resolved: z.preprocess((v) => (v === '' ? undefined : v), flag.optional()),
			source: optionalText,
			accomplishment: optionalNumber(-2, 2),
			satisfaction: optionalNumber(-2, 2),
			effectiveness: optionalNumber(-2, 2),
			messages: z.array(message).min(1, 'has no messages')
		}),
		/** One message per row, for CSV exports; rows are grouped into conversations. */
		messageRow: message.extend({
			conversationId: id,
			customerId: optionalId,
			productId: optionalId
		}),
		review: z.object({
			reviewId: id,
			productId: optionalId,
			customerId: optionalId,
			source: optionalText,
			title: optionalText,
			text,
			rating: optionalNumber(0, 5),
			label: z.preprocess(
				(v) => (v === '' || v === undefined ? undefined : String(v)),
				z
					.enum(['0', '1', 'negative', 'positive'], {
						errorMap: () => ({ message: 'must be 0, 1, negative or positive' })
					})
					.transform((v) => (v === '1' || v === 'positive' ? 'positive' : 'negative'))
					.optional()
			),
			recommended: z.preprocess((v) => (v === '' ? undefined : v), flag.optional()),
			category: optionalText,
			department: optionalText,
			className: optionalText,
			createdAt: optionalAt
		}),
		agent: z.object({
			agentId: id,
			name: text,
			team: text,
			seniority: z.enum(['junior', 'senior', 'lead'], {
				errorMap: () => ({ message: 'must be one of junior, senior, lead' })
			}),
			certification: optionalText,
			joinedAt: at,
			leftAt: optionalAt
		}),
		survey: z.object({
			surveyId: id,
			conversationId: optionalId,
			agentId: optionalId,
			customerId: optionalId,
			score: z.coerce
				.number({ invalid_type_error: 'is not a number' })
				.int('must be a whole number')
				.min(0, 'is below 0')
				.max(10, 'is above 10'),
			answeredAt: at
		})
	};
}

type Schemas = ReturnType<typeof recordSchemas>;
export type RecordKind = keyof Omit<Schemas, 'message' | 'messageRow'>;
export type ProductRecord = z.output<Schemas['product']>;
export type SkuRecord = z.output<Schemas['sku']>;
export type CustomerRecord = z.output<Schemas['customer']>;
export type OrderLineRecord = z.output<Schemas['orderLine']>;
export type ReturnRecord = z.output<Schemas['return']>;
export type MessageRecord = z.output<Schemas['message']>;
export type ConversationRecord = z.output<Schemas['conversation']>;
export type ReviewRecord = z.output<Schemas['review']>;
export type AgentRecord = z.output<Schemas['agent']>;
export type SurveyRecord = z.output<Schemas['survey']>;

/** Record of each kind, keyed by kind, as the graph writer takes them. */
export interface RecordOf {
	product: ProductRecord;
	sku: SkuRecord;
	customer: CustomerRecord;
	orderLine: OrderLineRecord;
	return: ReturnRecord;
	conversation: ConversationRecord;
	review: ReviewRecord;
	agent: AgentRecord;
	survey: SurveyRecord;
}
