import { describe, expect, it } from 'vitest';
import { faqEntrySchema, topicChain } from './schema';

const base = {
	faqId: 'f1',
	question: '怎么退货？',
	answer: '在订单里申请售后。',
	topicPath: '售后/退换'
};

describe('faqEntrySchema', () => {
	it.each([
		{ paraphrases: '我想退货|点样退货| ', expected: ['我想退货', '点样退货'] },
		{ paraphrases: ['我想退货', '我想退货'], expected: ['我想退货'] },
		{ paraphrases: undefined, expected: [] }
	])('reads paraphrases $paraphrases', ({ paraphrases, expected }) => {
		const parsed = faqEntrySchema.parse({ ...base, paraphrases });
		expect(parsed.paraphrases).toEqual(expected);
	});

	it('cleans the topic path', () => {
		expect(faqEntrySchema.parse({ ...base, topicPath: ' 售后 // 退换 /' }).topicPath).toBe(
			'售后/退换'
		);
	});

	it.each([
		{ field: 'faqId', value: '' },
		{ field: 'question', value: '  ' },
		{ field: 'answer', value: undefined },
		{ field: 'topicPath', value: '//' }
	])('rejects an empty $field', ({ field, value }) => {
		const result = faqEntrySchema.safeParse({ ...base, [field]: value });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0].path).toEqual([field]);
	});
});

describe('topicChain', () => {
	it('lists each level with its parent', () => {
		expect(topicChain('售后/退换/退货流程')).toEqual([
			{ path: '售后', name: '售后', parentPath: null },
			{ path: '售后/退换', name: '退换', parentPath: '售后' },
			{ path: '售后/退换/退货流程', name: '退货流程', parentPath: '售后/退换' }
		]);
	});
});
