import { normalizeText } from '../text/normalize';

export interface TextSegment {
	text: string;
	mark: 'none' | 'negative' | 'negated';
}

/**
 * Splits a message into plain and marked segments for display. Words are found in the
 * normalized text (Simplified, lower case), whose offsets match the original when both have
 * the same length; when normalization changed the length, the words are searched in the
 * original text as written.
 */
export function highlightSegments(
	original: string,
	negativeWords: string[],
	negatedWords: string[] = []
): TextSegment[] {
	const normalized = normalizeText(original);
	const haystack = normalized.length === original.length ? normalized : original;
	const marks: Array<TextSegment['mark']> = Array(original.length).fill('none');
	const place = (words: string[], mark: TextSegment['mark']) => {
		for (const word of new Set(words)) {
			let from = 0;
			for (;;) {
				const at = haystack.indexOf(word, from);
				if (at < 0) break;
				for (let i = at; i < at + word.length; i += 1) if (marks[i] === 'none') marks[i] = mark;
				from = at + word.length;
			}
		}
	};
	place(negatedWords, 'negated');
	place(negativeWords, 'negative');
	const segments: TextSegment[] = [];
	for (let i = 0; i < original.length; i += 1) {
		const last = segments.at(-1);
		if (last && last.mark === marks[i]) last.text += original[i];
		else segments.push({ text: original[i], mark: marks[i] });
	}
	return segments;
}
