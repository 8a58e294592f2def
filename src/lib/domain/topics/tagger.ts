import { normalizeText } from '../text/normalize';
import type { Segmenter } from './segment';
import { topicOfFaqPath, type CompiledTaxonomy } from './taxonomy';

export interface TaggingInput {
	/** Customer texts in the order they were written; the first usually states the reason. */
	texts: string[];
	/** Topic paths of the FAQs the conversation matched or the agent used. */
	faqTopicPaths?: string[];
	/** Names of the products the text is about; removed first, as `亚麻衬衫` names no topic. */
	productNames?: string[];
}

export interface TopicTag {
	topicId: string;
	/** Share of the strongest topic's evidence, in (0, 1]. */
	score: number;
	/** What produced the tag: keywords in the text, a linked FAQ, or both. */
	source: 'keywords' | 'faq' | 'keywords+faq';
}

export interface TaggingResult {
	topics: TopicTag[];
	/** Distinct tokens that are no topic's keyword: candidates for new topic terms. */
	terms: string[];
}

/** Weight of keyword hits in the first sentence, which usually states why the customer writes. */
export const OPENING_WEIGHT = 3;
/** Weight of one linked FAQ topic. */
export const FAQ_WEIGHT = 2;
/** A topic is tagged when its evidence reaches this share of the strongest topic's. */
export const RELATIVE_THRESHOLD = 0.5;

const MIN_CJK_TERM = 2;
const MIN_LATIN_TERM = 3;

function isCandidateTerm(token: string, taxonomy: CompiledTaxonomy, excluded: Set<string>) {
	if (/\p{N}/u.test(token)) return false;
	const latin = /^[a-z'-]+$/.test(token);
	if (token.length < (latin ? MIN_LATIN_TERM : MIN_CJK_TERM)) return false;
	return (
		!taxonomy.tokenTopics.has(token) &&
		!taxonomy.stopWords.has(token) &&
		!taxonomy.negators.has(token) &&
		!excluded.has(token)
	);
}

/**
 * Tags one conversation or review with taxonomy topics. Keyword hits are counted per jieba
 * token (a negator right before a keyword cancels it), hits in the first sentence of the first
 * text weigh OPENING_WEIGHT, and each linked FAQ adds FAQ_WEIGHT to its topic. Topics whose evidence
 * reaches RELATIVE_THRESHOLD of the strongest are returned, strongest first. `excluded` holds
 * tokens never offered as new terms, such as words of product names.
 */
export function tagTopics(
	input: TaggingInput,
	taxonomy: CompiledTaxonomy,
	segment: Segmenter,
	excluded: Set<string> = new Set()
): TaggingResult {
	const keywordScore = new Map<string, number>();
	const faqScore = new Map<string, number>();
	const terms = new Set<string>();
	const bump = (scores: Map<string, number>, topicId: string, weight: number) =>
		scores.set(topicId, (scores.get(topicId) ?? 0) + weight);

	const productNames = (input.productNames ?? []).map(normalizeText).filter(Boolean);
	const parts = input.texts.flatMap((text, index) => {
		let normal = normalizeText(text);
		for (const name of productNames) normal = normal.replaceAll(name, ' ');
		if (index > 0) return [{ normal, weight: 1 }];
		const [, opening, rest] = /^(.*?[。！？!?，,；;]|.*$)(.*)$/su.exec(normal) ?? ['', normal, ''];
		return [
			{ normal: opening, weight: OPENING_WEIGHT },
			{ normal: rest, weight: 1 }
		];
	});
	for (const { normal, weight } of parts) {
		const tokens = segment(normal);
		tokens.forEach((token, i) => {
			const topics = taxonomy.tokenTopics.get(token);
			if (!topics) {
				if (isCandidateTerm(token, taxonomy, excluded)) terms.add(token);
				return;
			}
			if (i > 0 && taxonomy.negators.has(tokens[i - 1])) return;
			for (const topicId of topics) bump(keywordScore, topicId, weight);
		});
		for (const { phrase, topicId } of taxonomy.phrases) {
			if (normal.includes(phrase)) bump(keywordScore, topicId, weight);
		}
	}
	for (const path of input.faqTopicPaths ?? []) {
		const topicId = topicOfFaqPath(taxonomy, path);
		if (topicId) bump(faqScore, topicId, FAQ_WEIGHT);
	}

	const ids = new Set([...keywordScore.keys(), ...faqScore.keys()]);
	const total = (id: string) => (keywordScore.get(id) ?? 0) + (faqScore.get(id) ?? 0);
	const max = Math.max(0, ...[...ids].map(total));
	const topics: TopicTag[] = [...ids]
		.filter((id) => total(id) >= RELATIVE_THRESHOLD * max)
		.map((id) => ({
			topicId: id,
			score: Math.round((total(id) / max) * 1000) / 1000,
			source: sourceOf(keywordScore.has(id), faqScore.has(id))
		}))
		.sort((a, b) => b.score - a.score || a.topicId.localeCompare(b.topicId));
	return { topics, terms: [...terms].sort() };
}

function sourceOf(keywords: boolean, faq: boolean): TopicTag['source'] {
	if (keywords && faq) return 'keywords+faq';
	return faq ? 'faq' : 'keywords';
}
