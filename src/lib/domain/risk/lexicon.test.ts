import { describe, expect, it } from 'vitest';
import data from '../../../../models/lexicon/negative-words.json';
import { buildLexicon, countNegativeWords, lexiconSchema } from './lexicon';
import { riskLevel } from './riskLevel';

const lexicon = buildLexicon(lexiconSchema.parse(data));

describe('negative word lexicon', () => {
	it.each([
		['质量太差了，我很不满意', 2],
		['没有不满意，挺好的', 0],
		['衣服不差', 0],
		['起球又色差，还掉色', 3],
		['呢件衫搞錯咗尺碼，唔得', 2],
		['質量太差，好失望', 2],
		['The shirt runs small and I want a refund', 2],
		['not disappointed at all', 0],
		['piano terrible', 1],
		['谢谢，很合身', 0]
	])('counts %s as %i', (text, expected) => {
		expect(countNegativeWords(lexicon.match(text))).toBe(expected);
	});

	it('prefers the longest word', () => {
		const words = lexicon.match('质量太差').map((hit) => hit.word);
		expect(words).toEqual(['质量太差']);
	});

	it('reports the group of each word', () => {
		const [hit] = lexicon.match('有点起球');
		expect(hit.group).toBe('trade');
	});
});

describe('risk level', () => {
	const thresholds = { highAbove: 3, mediumFrom: 1 };
	it.each([
		[0, 'low'],
		[1, 'medium'],
		[3, 'medium'],
		[4, 'high'],
		[12, 'high']
	] as const)('maps %i negative words to %s', (count, level) => {
		expect(riskLevel(count, thresholds)).toBe(level);
	});
});
