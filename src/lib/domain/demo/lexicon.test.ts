import { describe, expect, it } from 'vitest';
import { DEMO_NEGATIVE_WORDS, riskLevelOf, scanNegativeWords } from './lexicon';

describe('scanNegativeWords', () => {
	it.each([
		['质量太差了，我要投诉', 2, 0],
		['没有不满意，就是问问', 0, 1],
		['洗了几次也没有起球', 0, 1],
		['呢件衫質素好差，我要投訴', 2, 0],
		['冇起毛粒，幾好', 0, 1],
		['I want a REFUND. Really disappointed.', 2, 0],
		['Not disappointed, just asking.', 0, 1],
		['起球起球起球', 3, 0],
		['你好，请问有货吗？', 0, 0]
	])('counts %s', (text, negative, negated) => {
		expect(scanNegativeWords(text)).toEqual({ negative, negated });
	});

	it('has no word inside another', () => {
		for (const word of DEMO_NEGATIVE_WORDS) {
			const containing = DEMO_NEGATIVE_WORDS.filter(
				(other) => other !== word && other.includes(word)
			);
			expect(containing, word).toEqual([]);
		}
	});
});

describe('riskLevelOf', () => {
	it.each([
		[0, 'low'],
		[1, 'medium'],
		[3, 'medium'],
		[4, 'high']
	] as const)('rates %d words as %s', (count, level) => {
		expect(riskLevelOf(count)).toBe(level);
	});
});
