import { faqEntrySchema, type FaqEntry } from '../../domain/faq/schema.js';
import { readByExtension, type Adapter, type ImportContext } from '../import/adapters.js';
import { problemsFromZod, type Problem } from '../import/problems.js';
import { abcdRead, abcdToEntry } from './abcd.js';

export type FaqRowResult = { entries: FaqEntry[] } | { problems: Problem[] };

/**
 * An importer kind whose rows become FAQ entries instead of the importer's write rows. Its
 * `toRows` only validates (a dry run reports the same rejects); the FAQ import writes the
 * entries from `toEntries`.
 */
export interface FaqAdapter extends Adapter {
	toEntries(value: Record<string, unknown>, line: number, context: ImportContext): FaqRowResult;
	/** Value of `source` on the written entries; the file name by default. */
	sourceOf(context: ImportContext): string;
}

function faqAdapter(
	fields: Pick<FaqAdapter, 'name' | 'description' | 'read' | 'toEntries' | 'sourceOf'>
): FaqAdapter {
	return {
		...fields,
		toRows(value, line, context) {
			const result = fields.toEntries(value, line, context);
			return 'problems' in result ? result : { rows: [] };
		}
	};
}

export const faqsAdapter = faqAdapter({
	name: 'faqs',
	description:
		'faqId, question, answer, paraphrases (list or a|b|c), topicPath (a/b/c), productIds, categories, tags',
	read: readByExtension,
	sourceOf: (context) => context.sourceName,
	toEntries(value) {
		const parsed = faqEntrySchema.safeParse(value);
		return parsed.success
			? { entries: [parsed.data] }
			: { problems: problemsFromZod(parsed.error, value) };
	}
});

export const abcdKbAdapter = faqAdapter({
	name: 'abcd-kb',
	description: 'ABCD guidelines.json: one FAQ entry per subflow (kb.json, ontology.json beside it)',
	read: abcdRead,
	sourceOf: () => 'abcd',
	toEntries(value) {
		const entry = abcdToEntry(value);
		if ('problems' in entry) return entry;
		const parsed = faqEntrySchema.safeParse(entry);
		return parsed.success
			? { entries: [parsed.data] }
			: { problems: problemsFromZod(parsed.error, entry) };
	}
});

export const faqAdapters: FaqAdapter[] = [faqsAdapter, abcdKbAdapter];

export function isFaqAdapter(adapter: Adapter): adapter is FaqAdapter {
	return 'toEntries' in adapter;
}
