import { describe, expect, it } from 'vitest';
import { assembleCards, parseBoardQuery, sortCards, type BoardRows } from './cards';

const rows: BoardRows = {
	products: [
		{ productId: 'P1', name: '衬衫', category: 'shirt' },
		{ productId: 'P2', name: '外套', category: 'coat' }
	],
	cards: [
		{ productId: 'P2', status: 'shipped', owner: 'lena', note: null, shippedAt: 5, updatedAt: 5 }
	],
	conversations: [
		{ productId: 'P1', bucket: 0, conversations: 4, negative: 1, faqHits: 2 },
		{ productId: 'P1', bucket: 2, conversations: 6, negative: 5, faqHits: 0 },
		{ productId: 'P2', bucket: 1, conversations: 2, negative: 0, faqHits: 1 }
	],
	topics: [
		{ productId: 'P1', topicId: 'size', count: 7 },
		{ productId: 'P1', topicId: 'color', count: 2 }
	],
	units: [{ productId: 'P1', bucket: 0, units: 10 }],
	returns: [{ productId: 'P1', bucket: 0, returns: 2 }],
	reasons: [{ productId: 'P1', reason: 'size_small', count: 2 }],
	sizeComplaints: [{ productId: 'P1', bucket: 2, complaints: 3 }],
	clusters: [{ productId: 'P1', clusters: 2, trusted: 1, topSignal: '肩宽偏小' }]
};

describe('assembleCards', () => {
	const [p1, p2] = assembleCards(rows, 3);

	it('sums series and shares', () => {
		expect(p1.conversations).toBe(10);
		expect(p1.conversationSeries).toEqual([4, 0, 6]);
		expect(p1.negativeShare).toBe(0.6);
		expect(p1.negativeSeries).toEqual([0.25, null, 5 / 6]);
		expect(p1.returnRate).toBe(0.2);
		expect(p1.sizeSeries).toEqual([0, 0, 3]);
		expect(p1.topTopics[0]).toEqual({ topicId: 'size', count: 7 });
	});

	it('defaults a product without a card to new', () => {
		expect(p1.status).toBe('new');
		expect(p2).toMatchObject({ status: 'shipped', owner: 'lena', returnRate: null });
	});

	it.each([
		['negativeShare', ['P1', 'P2']],
		['status', ['P2', 'P1']],
		['conversations', ['P1', 'P2']],
		['name', ['P1', 'P2']]
	] as const)('sorts by %s', (key, order) => {
		expect(sortCards([p1, p2], key).map((c) => c.productId)).toEqual(order);
	});
});

describe('parseBoardQuery', () => {
	it('falls back to defaults for invalid values', () => {
		const query = parseBoardQuery(new URLSearchParams('period=7y&sort=drop&category=shirt'));
		expect(query).toEqual({
			period: '180d',
			category: 'shirt',
			topic: '',
			sort: 'negativeShare',
			group: ''
		});
	});
});
