import { describe, expect, it } from 'vitest';
import { rankOf, retrievalFigures } from './metrics';

describe('retrievalFigures', () => {
	it.each([
		{ ranks: [1, 1], mrr: 1, recall: 1 },
		{ ranks: [2, null], mrr: 0.25, recall: 0.5 },
		{ ranks: [6, 11], mrr: 1 / 12, recall: 0 },
		{ ranks: [], mrr: 0, recall: 0 }
	])('scores ranks $ranks', ({ ranks, mrr, recall }) => {
		const figures = retrievalFigures(ranks);
		expect(figures.mrrAt10).toBeCloseTo(mrr, 12);
		expect(figures.recallAt5).toBeCloseTo(recall, 12);
	});

	it('finds the 1-based rank', () => {
		expect(rankOf(['a', 'b'], 'b')).toBe(2);
		expect(rankOf(['a'], 'z')).toBeNull();
	});
});
