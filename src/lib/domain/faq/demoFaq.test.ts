import { describe, expect, it } from 'vitest';
import { demoFaq, demoFaqEvaluationSet, indexedDemoFaq } from './demoFaq';
import { faqEntrySchema } from './schema';

describe('demoFaq', () => {
	it('has at least 60 valid entries', () => {
		expect(demoFaq.length).toBeGreaterThanOrEqual(60);
		for (const entry of indexedDemoFaq()) expect(faqEntrySchema.parse(entry)).toEqual(entry);
	});

	it('uses unique faqIds', () => {
		expect(new Set(demoFaq.map((entry) => entry.faqId)).size).toBe(demoFaq.length);
	});

	it('gives every entry paraphrases and held-out phrasings', () => {
		for (const entry of demoFaq) {
			expect(entry.paraphrases.length, entry.faqId).toBeGreaterThanOrEqual(3);
			expect(entry.heldOut.length, entry.faqId).toBeGreaterThanOrEqual(2);
		}
	});

	it('never indexes a held-out phrasing', () => {
		for (const entry of indexedDemoFaq()) {
			const source = demoFaq.find((candidate) => candidate.faqId === entry.faqId)!;
			const indexed = [entry.question, ...entry.paraphrases];
			for (const phrasing of source.heldOut) expect(indexed).not.toContain(phrasing);
			expect(entry).not.toHaveProperty('heldOut');
		}
	});

	it('includes Cantonese phrasings', () => {
		const cantonese = /[嘅咗咩冇唔啱喺嗰哋点样]/;
		const phrasings = demoFaq.flatMap((entry) => [...entry.paraphrases, ...entry.heldOut]);
		expect(phrasings.filter((text) => cantonese.test(text)).length).toBeGreaterThan(40);
	});

	it('covers the shop topics', () => {
		const roots = new Set(demoFaq.map((entry) => entry.topicPath.split('/')[0]));
		expect([...roots].sort()).toEqual([
			'会员',
			'售后',
			'尺码',
			'支付',
			'服务',
			'物流',
			'面料与洗护'
		]);
	});

	it('builds one evaluation case per held-out phrasing', () => {
		const cases = demoFaqEvaluationSet();
		expect(cases).toHaveLength(demoFaq.reduce((sum, entry) => sum + entry.heldOut.length, 0));
	});
});
