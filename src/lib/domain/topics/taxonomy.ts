import { z } from 'zod';
import { normalizeText } from '../text/normalize';

const keywordList = z.array(z.string().trim().min(1)).default([]);

export const taxonomySchema = z.object({
	version: z.number().int().positive(),
	description: z.string().optional(),
	negators: z.array(z.string().min(1)).default([]),
	discovery: z.object({
		/** A term is surfaced once it appears in at least this many texts. */
		minTexts: z.number().int().min(1),
		/** ...and in at least this share of the texts tagged so far. */
		minShare: z.number().min(0).max(1),
		stopWords: z.array(z.string().min(1)).default([])
	}),
	topics: z
		.array(
			z.object({
				topicId: z
					.string()
					.regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'use letters and digits, e.g. afterSales'),
				nameZh: z.string().min(1),
				nameEn: z.string().min(1),
				keywords: z.object({
					zhHans: keywordList,
					zhHant: keywordList,
					yue: keywordList,
					en: keywordList
				}),
				faqTopics: z.array(z.string().min(1)).default([])
			})
		)
		.min(1, 'needs at least one topic')
});

export type TaxonomyData = z.infer<typeof taxonomySchema>;

export interface ServiceTopic {
	topicId: string;
	nameZh: string;
	nameEn: string;
}

/** A term an admin mapped to a topic at /admin/topics; it then counts as one of its keywords. */
export interface TermMapping {
	term: string;
	topicId: string;
}

export interface CompiledTaxonomy {
	/** Changes whenever the taxonomy file or the admin's mappings change, so texts are re-tagged. */
	version: string;
	topics: ServiceTopic[];
	/** Single-token keywords (normalized) and the topics they point to. */
	tokenTopics: Map<string, string[]>;
	/** Keywords with a space, matched as a substring of the normalized text. */
	phrases: Array<{ phrase: string; topicId: string }>;
	negators: Set<string>;
	stopWords: Set<string>;
	/** FAQ topic path prefixes, longest first. */
	faqPrefixes: Array<{ prefix: string; topicId: string }>;
	discovery: { minTexts: number; minShare: number };
}

/** FNV-1a, 32 bit: a short, stable fingerprint of the taxonomy and mappings. */
function fingerprint(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(16).padStart(8, '0');
}

/**
 * Checks a taxonomy and builds the lookup tables the tagger uses. Every problem is reported
 * in one error, naming the topic and the field.
 */
export function compileTaxonomy(input: unknown, mappings: TermMapping[] = []): CompiledTaxonomy {
	const parsed = taxonomySchema.safeParse(input);
	if (!parsed.success) {
		const problems = parsed.error.issues.map(
			(i) => `${i.path.join('.') || '(root)'}: ${i.message}`
		);
		throw new Error(problems.join('; '));
	}
	const data = parsed.data;
	const ids = data.topics.map((t) => t.topicId);
	const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
	if (duplicate)
		throw new Error(`topics: topicId '${duplicate}' appears twice; topic ids must be unique`);
	const unknown = mappings.filter((m) => !ids.includes(m.topicId));
	if (unknown.length) {
		const list = unknown.map((m) => `'${m.term}' -> '${m.topicId}'`).join(', ');
		throw new Error(`term mappings point to topics missing from the taxonomy: ${list}`);
	}

	const tokenTopics = new Map<string, string[]>();
	const phrases: CompiledTaxonomy['phrases'] = [];
	const add = (word: string, topicId: string) => {
		const normal = normalizeText(word).trim();
		if (normal.includes(' ')) {
			if (!phrases.some((p) => p.phrase === normal && p.topicId === topicId))
				phrases.push({ phrase: normal, topicId });
			return;
		}
		const topics = tokenTopics.get(normal) ?? [];
		if (!topics.includes(topicId)) topics.push(topicId);
		tokenTopics.set(normal, topics);
	};
	for (const topic of data.topics) {
		for (const words of Object.values(topic.keywords))
			for (const word of words) add(word, topic.topicId);
	}
	for (const mapping of mappings) add(mapping.term, mapping.topicId);

	const faqPrefixes = data.topics
		.flatMap((t) => t.faqTopics.map((prefix) => ({ prefix, topicId: t.topicId })))
		.sort((a, b) => b.prefix.length - a.prefix.length);
	const sortedMappings = [...mappings].sort((a, b) => a.term.localeCompare(b.term));
	return {
		version: `${data.version}-${fingerprint(JSON.stringify([data, sortedMappings]))}`,
		topics: data.topics.map(({ topicId, nameZh, nameEn }) => ({ topicId, nameZh, nameEn })),
		tokenTopics,
		phrases,
		negators: new Set(data.negators.map(normalizeText)),
		stopWords: new Set(data.discovery.stopWords.map(normalizeText)),
		faqPrefixes,
		discovery: { minTexts: data.discovery.minTexts, minShare: data.discovery.minShare }
	};
}

/** The taxonomy topic of an FAQ topic path (`售后/退换/退货政策`), by its longest listed prefix. */
export function topicOfFaqPath(taxonomy: CompiledTaxonomy, path: string): string | null {
	const match = taxonomy.faqPrefixes.find(
		({ prefix }) => path === prefix || path.startsWith(`${prefix}/`)
	);
	return match?.topicId ?? null;
}
