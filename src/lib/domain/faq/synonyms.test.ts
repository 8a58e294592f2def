import { describe, expect, it } from 'vitest';
import { buildSynonymIndex, expandSynonyms, synonymGroupsSchema } from './synonyms';

const index = buildSynonymIndex([
	['尺码', '码数', '尺寸'],
	['退货', '退返'],
	['外套', '褛']
]);

describe('expandSynonyms', () => {
	it.each([
		{ tokens: ['码数'], expected: [['码数', '尺码', '尺寸']] },
		{ tokens: ['尺码'], expected: [['尺码', '码数', '尺寸']] },
		{
			tokens: ['褛', '退返'],
			expected: [
				['褛', '外套'],
				['退返', '退货']
			]
		},
		{ tokens: ['衬衫'], expected: [['衬衫']] },
		{ tokens: ['尺码', '尺码'], expected: [['尺码', '码数', '尺寸']] },
		{ tokens: [], expected: [] }
	])('expands $tokens', ({ tokens, expected }) => {
		expect(expandSynonyms(tokens, index)).toEqual(expected);
	});

	it('merges a term listed in two groups', () => {
		const shared = buildSynonymIndex([
			['退款', '退钱'],
			['退钱', '退返钱']
		]);
		expect(shared.get('退钱')).toEqual(['退钱', '退款', '退返钱']);
	});
});

describe('synonymGroupsSchema', () => {
	it('rejects a group of one term', () => {
		expect(synonymGroupsSchema.safeParse([['尺码']]).success).toBe(false);
	});

	it('accepts the shipped synonym file', async () => {
		const file = await import('../../../../models/faq/synonyms.json');
		expect(synonymGroupsSchema.safeParse(file.groups).success).toBe(true);
	});
});
