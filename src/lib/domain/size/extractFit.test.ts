import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFit, extractFitRemarks } from './extractFit';
import { compileFitRules } from './fitRules';

const rules = compileFitRules(
	JSON.parse(
		readFileSync(new URL('../../../../models/size/fit-rules.json', import.meta.url), 'utf8')
	)
);

type Case = [text: string, fit: string | undefined, bodyPart?: string];

const chinese: Case[] = [
	['衣服偏大，建议拍小一码', 'large'],
	['有点偏小，穿着勒', 'small'],
	['买大了，退了', 'large'],
	['小了一码', 'small'],
	['很合身，喜欢', 'fit'],
	['胸围紧，扣子扣不上', 'small', 'chest'],
	['胸口空荡荡的', 'large', 'chest'],
	['袖子长了两公分', 'large', 'sleeve'],
	['袖子短了，偏小一码', 'small', 'sleeve'],
	['袖长不够', 'small', 'sleeve'],
	['衣长短，一抬手就露肚子', 'small', 'length'],
	['肩宽不够，肩膀太窄', 'small', 'shoulder'],
	['肩线往下掉', 'large', 'shoulder'],
	['腰头勒得慌', 'small', 'waist'],
	['腰围太松', 'large', 'waist'],
	['裤长短了', 'small', 'length'],
	['裤脚堆太多', 'large', 'length'],
	['尺码标准，不偏小', 'fit'],
	['不偏小', 'fit'],
	['一点也不合身', undefined],
	['袖子不短，刚好', 'fit', 'sleeve'],
	['质量不错偏小', 'small'],
	['膊頭好窄', 'small', 'shoulder'],
	['衫袖唔夠長', 'small', 'sleeve'],
	['尺碼標準，唔會偏細', 'fit'],
	['條腰好鬆', 'large', 'waist'],
	['物流很快，包装好', undefined]
];

const english: Case[] = [
	['Runs small, order a size up.', 'small'],
	['I would size down in this one.', 'large'],
	['True to size and so soft.', 'fit'],
	['Love it but a bit tight in the chest.', 'small', 'chest'],
	['The sleeves are too long for me.', 'large', 'sleeve'],
	['Way too long, had to hem it.', 'large', 'length'],
	["It doesn't run small at all.", 'fit'],
	['This does not run large.', 'fit'],
	['Too narrow in the shoulders', 'small', 'shoulder'],
	['The shoulders are too wide', 'large', 'shoulder'],
	['too tight at the waist', 'small', 'waist'],
	['Waaay too small. Will use for future children!', 'small'],
	['No complaints, runs large', 'large'],
	['Great product and price!', undefined]
];

describe('extractFit', () => {
	it.each(chinese)('reads %s', (text, fit, bodyPart) => {
		const verdict = extractFit(text, rules);
		expect(verdict?.fit).toBe(fit);
		expect(verdict?.bodyPart).toBe(bodyPart);
	});

	it.each(english)('reads %j', (text, fit, bodyPart) => {
		const verdict = extractFit(text, rules);
		expect(verdict?.fit).toBe(fit);
		expect(verdict?.bodyPart).toBe(bodyPart);
	});

	it('keeps one remark for a phrase that two rules match', () => {
		const remarks = extractFitRemarks('胸围太大', rules);
		expect(remarks).toHaveLength(1);
		expect(remarks[0]).toMatchObject({ fit: 'large', bodyPart: 'chest', phrase: '胸围太大' });
	});

	it('marks a negated remark', () => {
		const [remark] = extractFitRemarks("doesn't run small", rules);
		expect(remark).toMatchObject({ fit: 'fit', negated: true });
	});
});

describe('compileFitRules', () => {
	it('names the rule with an invalid pattern', () => {
		const file = {
			version: 'x',
			negation: { zh: [], en: [], window: { zhChars: 1, enWords: 1 } },
			rules: [{ lang: 'zh', pattern: '(偏小', fit: 'small' }]
		};
		expect(() => compileFitRules(file)).toThrow(/Fit rule 0 has an invalid pattern/);
	});
});
