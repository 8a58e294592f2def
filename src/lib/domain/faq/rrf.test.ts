import { describe, expect, it } from 'vitest';
import { reciprocalRankFusion } from './rrf';

describe('reciprocalRankFusion', () => {
	it('ranks an id found by both lists first', () => {
		const fused = reciprocalRankFusion([{ ids: ['a', 'b', 'c'] }, { ids: ['c', 'd', 'a'] }]);
		expect(fused.map((hit) => hit.id)).toEqual(['a', 'c', 'b', 'd']);
	});

	it('adds weight over k plus rank', () => {
		const [hit] = reciprocalRankFusion([{ ids: ['a'], weight: 0.5 }, { ids: ['x', 'a'] }], 10);
		expect(hit.id).toBe('a');
		expect(hit.score).toBeCloseTo(0.5 / 11 + 1 / 12, 12);
	});

	it('records the rank from each list', () => {
		const fused = reciprocalRankFusion([{ ids: ['a', 'b'] }, { ids: ['b'] }]);
		expect(fused.find((hit) => hit.id === 'a')?.ranks).toEqual([1, null]);
		expect(fused.find((hit) => hit.id === 'b')?.ranks).toEqual([2, 1]);
	});

	it('counts a repeated id once per list', () => {
		const [hit] = reciprocalRankFusion([{ ids: ['a', 'a', 'a'] }], 60);
		expect(hit.score).toBeCloseTo(1 / 61, 12);
	});

	it('lets a heavier list win a tie of ranks', () => {
		const fused = reciprocalRankFusion([
			{ ids: ['a'], weight: 0.3 },
			{ ids: ['b'], weight: 1 }
		]);
		expect(fused.map((hit) => hit.id)).toEqual(['b', 'a']);
	});

	it('returns nothing for empty lists', () => {
		expect(reciprocalRankFusion([{ ids: [] }, { ids: [] }])).toEqual([]);
	});
});
