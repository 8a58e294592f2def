import { z } from 'zod';
import { normalizeText } from '../text/normalize';

export const lexiconSchema = z.object({
	version: z.number().int().positive(),
	description: z.string().optional(),
	negators: z.array(z.string().min(1)),
	groups: z.record(z.array(z.string().min(1)).min(1, 'needs at least one word'))
});

export type LexiconData = z.infer<typeof lexiconSchema>;

export interface NegativeWordHit {
	word: string;
	group: string;
	/** Offset in the normalized text, which has the same length as the original. */
	index: number;
	negated: boolean;
}

export interface Lexicon {
	version: number;
	/** Finds negative words by longest match; a negator right before a word cancels it. */
	match(text: string): NegativeWordHit[];
}

/** At most one character may stand between a negator and its word: a space, or a degree word (不太差). */
const GAP = /^[\s太很那么么]{0,1}$/;

export function buildLexicon(data: LexiconData): Lexicon {
	const groupOf = new Map<string, string>();
	for (const [group, words] of Object.entries(data.groups)) {
		for (const word of words) groupOf.set(normalizeText(word), group);
	}
	const words = [...groupOf.keys()].sort((a, b) => b.length - a.length);
	const negators = data.negators.map(normalizeText).sort((a, b) => b.length - a.length);
	const maxLength = words[0]?.length ?? 0;

	const isNegated = (text: string, index: number) =>
		negators.some((negator) => {
			for (let gap = 0; gap <= 1; gap += 1) {
				const end = index - gap;
				const start = end - negator.length;
				if (start < 0 || text.slice(start, end) !== negator) continue;
				if (!GAP.test(text.slice(end, index))) continue;
				// An English negator must be a whole word: "no" inside "piano" negates nothing.
				if (/^[a-z']+$/.test(negator) && /[a-z]/.test(text[start - 1] ?? '')) continue;
				return true;
			}
			return false;
		});

	return {
		version: data.version,
		match(original) {
			const text = normalizeText(original);
			const hits: NegativeWordHit[] = [];
			let index = 0;
			while (index < text.length) {
				const word = longestWordAt(text, index, words, maxLength);
				if (!word) {
					index += 1;
					continue;
				}
				hits.push({ word, group: groupOf.get(word)!, index, negated: isNegated(text, index) });
				index += word.length;
			}
			return hits;
		}
	};
}

function longestWordAt(text: string, index: number, words: string[], maxLength: number) {
	const window = text.slice(index, index + maxLength);
	return words.find((word) => window.startsWith(word));
}

/** Count of negative words that are not negated. */
export function countNegativeWords(hits: NegativeWordHit[]): number {
	return hits.filter((hit) => !hit.negated).length;
}
