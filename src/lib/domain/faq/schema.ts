import { z } from 'zod';

/** Splits a `|`-separated cell; a JSON list passes through. Blank items are dropped. */
function listField(itemName: string) {
	return z
		.union([z.string(), z.array(z.string())])
		.optional()
		.transform((value) => {
			const items = typeof value === 'string' ? value.split('|') : (value ?? []);
			return [...new Set(items.map((item) => item.trim()).filter(Boolean))];
		})
		.describe(`${itemName}: a list, or one string with items separated by |`);
}

const text = (field: string) =>
	z
		.string({ required_error: `${field} is missing`, invalid_type_error: `${field} must be text` })
		.trim()
		.min(1, `${field} is empty; give the ${field} text`);

/**
 * A topic path such as `售后/退换/退货流程`: segments separated by `/`, outermost first.
 * Surrounding spaces and empty segments (`售后//退货`) are removed.
 */
export const topicPathSchema = z
	.string({ required_error: 'topicPath is missing' })
	.transform((value) =>
		value
			.split('/')
			.map((segment) => segment.trim())
			.filter(Boolean)
			.join('/')
	)
	.refine(
		(value) => value.length > 0,
		'topicPath is empty; give a path such as 售后/退换/退货流程'
	);

/** One FAQ entry as imported from the canonical CSV or JSONL file. */
export const faqEntrySchema = z.object({
	faqId: text('faqId').max(200, 'faqId is longer than 200 characters'),
	question: text('question'),
	answer: text('answer'),
	paraphrases: listField('alternative phrasings of the question'),
	topicPath: topicPathSchema,
	productIds: listField('productIds the entry is about'),
	categories: listField('product categories the entry is about'),
	tags: listField('tags')
});

export type FaqEntry = z.output<typeof faqEntrySchema>;
export type FaqEntryInput = z.input<typeof faqEntrySchema>;

/** One topic of a path with its parent, for the `(:Topic)-[:CHILD_OF]->(:Topic)` chain. */
export interface TopicNode {
	path: string;
	name: string;
	parentPath: string | null;
}

/** Expands `售后/退换/退货流程` into its three topics, outermost first. */
export function topicChain(topicPath: string): TopicNode[] {
	const segments = topicPath.split('/').filter(Boolean);
	return segments.map((name, index) => ({
		path: segments.slice(0, index + 1).join('/'),
		name,
		parentPath: index === 0 ? null : segments.slice(0, index).join('/')
	}));
}
