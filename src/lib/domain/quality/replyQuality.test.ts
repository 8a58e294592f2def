import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../settings';
import { findRequiredPhrases, meanReplyQuality, scoreReply } from './replyQuality';

const rules = defaultSettings.replyQuality;

describe('findRequiredPhrases', () => {
	const cases: Array<[string, string, string[]]> = [
		['all three phrases', '抱歉，我立即处理，补偿方案稍后发您', ['抱歉', '立即处理', '补偿方案']],
		['no phrase at all', '好的，请稍等', []],
		['Traditional spelling', '我哋會送你優惠券作為補償方案', ['补偿方案']],
		['apology synonym', '对不起，让您久等了', ['抱歉']],
		['second apology synonym', '不好意思，马上处理', ['抱歉', '立即处理']],
		['Cantonese immediate wording', '我即刻幫你處理', ['立即处理']],
		['full-width and case folded', 'ＯＫ，抱歉', ['抱歉']]
	];
	it.each(cases)('finds phrases: %s', (_name, text, expected) => {
		expect(findRequiredPhrases(text, rules)).toEqual(expected);
	});

	it('ignores synonyms when none are configured', () => {
		expect(findRequiredPhrases('对不起', { ...rules, synonyms: undefined })).toEqual([]);
	});
});

describe('scoreReply', () => {
	const cases: Array<[string, string, number | null, number | null]> = [
		['polarity and all phrases', '抱歉，立即处理，补偿方案', 0, 1],
		['polarity only', '好的', 0, 0.6],
		['negative reply with one phrase', '抱歉', 1, 0.4 / 3],
		['half negative, two phrases', '對不起，立即處理', 0.5, 0.3 + (0.4 * 2) / 3],
		['no model score', '抱歉', null, null]
	];
	it.each(cases)('scores %s', (_name, text, negative, expected) => {
		const { score } = scoreReply(text, negative, rules);
		if (expected === null) expect(score).toBeNull();
		else expect(score).toBeCloseTo(expected, 10);
	});

	it('uses polarity alone without required phrases', () => {
		const result = scoreReply('抱歉', 0.25, { ...rules, requiredPhrases: [] });
		expect(result.score).toBe(0.75);
		expect(result.phraseShare).toBeNull();
	});

	it('follows configured weights', () => {
		const result = scoreReply('抱歉', 0, { ...rules, polarityWeight: 0.5, phraseWeight: 0.5 });
		expect(result.score).toBeCloseTo(0.5 + 0.5 / 3, 10);
	});
});

describe('meanReplyQuality', () => {
	it('averages known scores', () => {
		expect(meanReplyQuality([0.5, null, 1])).toBe(0.75);
	});

	it('is null without scores', () => {
		expect(meanReplyQuality([null])).toBeNull();
	});
});
