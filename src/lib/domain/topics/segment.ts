import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

export type Segmenter = (normalizedText: string) => string[];

// jieba-rs favours a dictionary word over splitting it when its frequency is high; this is
// about ten times the frequency of common words in the bundled dictionary.
const KEYWORD_FREQUENCY = 200_000;

/**
 * Builds a jieba segmenter (precise mode, HMM on for unknown words) that keeps each of
 * `words` whole, so `起毛粒` or `尺码表` come out as one token. Whitespace and punctuation
 * tokens are dropped.
 */
export function createSegmenter(words: Iterable<string>): Segmenter {
	const jieba = Jieba.withDict(dict);
	const lines = [...words].filter((w) => !/\s/.test(w)).map((w) => `${w} ${KEYWORD_FREQUENCY}`);
	if (lines.length) jieba.loadDict(Buffer.from(lines.join('\n'), 'utf8'));
	return (text) =>
		jieba
			.cut(text, true)
			.map((token) => token.trim())
			.filter((token) => /[\p{L}\p{N}]/u.test(token));
}
