import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSegmenter } from './segment';
import { tagTopics } from './tagger';
import { compileTaxonomy } from './taxonomy';

const data = JSON.parse(readFileSync('models/topics/taxonomy.json', 'utf8'));
const taxonomy = compileTaxonomy(data);
const segment = createSegmenter(taxonomy.tokenTopics.keys());
const tag = (texts: string[], extra: { faqTopicPaths?: string[]; productNames?: string[] } = {}) =>
	tagTopics({ texts, ...extra }, taxonomy, segment).topics.map((t) => t.topicId);

describe('tagTopics', () => {
	it.each([
		['Mandarin size complaint', ['收到外套了，L码肩宽偏小'], ['size']],
		['Cantonese pilling', ['件冷衫著咗兩次就起毛粒'], ['pilling']],
		['Traditional logistics', ['我張單點解仲未寄出？'], ['logistics']],
		['English colour', ['The colour looks very different from the photos.'], ['color']],
		['English phrase keyword', ['Is it true to size?'], ['size']],
		['membership points', ['我的会员积分怎么没到账？'], ['membership']],
		['negated keyword', ['洗了几次也没有起球'], []],
		['greeting only', ['你好，在吗'], []],
		['opening sentence outweighs a later remark', ['订单想退货，怎么操作？明显偏码'], ['exchange']],
		['two topics in the opening sentence', ['能保价还是退货'], ['price', 'exchange']]
	])('%s', (_, texts, expected) => {
		expect(tag(texts).sort()).toEqual([...expected].sort());
	});

	it('strips product names before matching', () => {
		expect(tag(['亚麻衬衫什么时候发货'], { productNames: ['亚麻衬衫'] })).toEqual(['logistics']);
		expect(tag(['亚麻衬衫什么时候发货'])).toContain('fabric');
	});

	it('maps linked FAQ topics by their longest prefix', () => {
		expect(tag([], { faqTopicPaths: ['售后/退换/退货政策'] })).toEqual(['exchange']);
		expect(tag([], { faqTopicPaths: ['服务/门店'] })).toEqual([]);
	});

	it('marks the source of each tag', () => {
		const result = tagTopics(
			{ texts: ['退货怎么操作'], faqTopicPaths: ['售后/退换/退货流程', '会员/积分'] },
			taxonomy,
			segment
		);
		expect(result.topics).toEqual(
			[
				{ topicId: 'exchange', score: 1, source: 'keywords+faq' },
				{ topicId: 'membership', score: 0.4, source: 'faq' }
			].filter((t) => t.score >= 0.5)
		);
	});

	it('offers unknown words as terms', () => {
		const result = tagTopics({ texts: ['这件衣服的吊牌不见了'] }, taxonomy, segment);
		expect(result.terms).toContain('吊牌');
		expect(result.terms).not.toContain('这件');
	});

	it('a mapped term becomes a keyword', () => {
		const mapped = compileTaxonomy(data, [{ term: '吊牌', topicId: 'afterSales' }]);
		const result = tagTopics(
			{ texts: ['吊牌不见了'] },
			mapped,
			createSegmenter(mapped.tokenTopics.keys())
		);
		expect(result.topics.map((t) => t.topicId)).toEqual(['afterSales']);
		expect(mapped.version).not.toBe(taxonomy.version);
	});
});

describe('compileTaxonomy', () => {
	it.each([
		['duplicate topic ids', { ...data, topics: [data.topics[0], data.topics[0]] }, /appears twice/],
		[
			'missing names',
			{ ...data, topics: [{ ...data.topics[0], nameEn: '' }] },
			/topics\.0\.nameEn/
		],
		['no topics', { ...data, topics: [] }, /at least one topic/]
	])('rejects %s', (_, input, message) => {
		expect(() => compileTaxonomy(input)).toThrow(message);
	});

	it('rejects a mapping to an unknown topic', () => {
		expect(() => compileTaxonomy(data, [{ term: '吊牌', topicId: 'gone' }])).toThrow(
			/'吊牌' -> 'gone'/
		);
	});
});
