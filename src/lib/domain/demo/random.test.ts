import { describe, expect, it } from 'vitest';
import { Random, WeightedTable, deriveSeed } from './random';

describe('Random', () => {
	it('repeats a sequence for a seed', () => {
		const first = new Random(42);
		const second = new Random(42);
		const a = Array.from({ length: 100 }, () => first.next());
		const b = Array.from({ length: 100 }, () => second.next());
		expect(a).toEqual(b);
	});

	it('differs between seeds', () => {
		expect(new Random(1).next()).not.toBe(new Random(2).next());
	});

	it('stays in [0, 1)', () => {
		const random = new Random(7);
		for (let i = 0; i < 10_000; i++) {
			const value = random.next();
			expect(value).toBeGreaterThanOrEqual(0);
			expect(value).toBeLessThan(1);
		}
	});

	it('draws integers within bounds', () => {
		const random = new Random(3);
		const seen = new Set<number>();
		for (let i = 0; i < 1000; i++) seen.add(random.int(2, 5));
		expect([...seen].sort()).toEqual([2, 3, 4, 5]);
	});

	it('draws normals with the given moments', () => {
		const random = new Random(11);
		const values = Array.from({ length: 20_000 }, () => random.normal(173, 6));
		const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
		const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length;
		expect(mean).toBeCloseTo(173, 0);
		expect(Math.sqrt(variance)).toBeCloseTo(6, 0);
	});

	it.each([0.5, 4, 50])('draws Poisson counts with mean %d', (mean) => {
		const random = new Random(5);
		const draws = Array.from({ length: 20_000 }, () => random.poisson(mean));
		const observed = draws.reduce((sum, value) => sum + value, 0) / draws.length;
		expect(Math.abs(observed - mean)).toBeLessThan(Math.max(0.05, mean * 0.03));
	});

	it('samples distinct items without weight zero', () => {
		const random = new Random(9);
		const items = [1, 2, 3, 4, 5, 6];
		const sample = random.sampleWeighted(items, (item) => (item === 3 ? 0 : 1), 5);
		expect(sample).toHaveLength(5);
		expect(new Set(sample).size).toBe(5);
		expect(sample).not.toContain(3);
	});

	it('samples heavier items more often', () => {
		const random = new Random(13);
		let heavy = 0;
		for (let i = 0; i < 2000; i++) {
			const [item] = random.sampleWeighted(
				['light', 'heavy'],
				(item) => (item === 'heavy' ? 9 : 1),
				1
			);
			if (item === 'heavy') heavy++;
		}
		expect(heavy / 2000).toBeGreaterThan(0.85);
	});
});

describe('WeightedTable', () => {
	it('draws in proportion to weights', () => {
		const random = new Random(17);
		const table = new WeightedTable(['a', 'b', 'c'], [1, 0, 3]);
		const counts = { a: 0, b: 0, c: 0 };
		for (let i = 0; i < 8000; i++) counts[table.draw(random) as 'a' | 'b' | 'c']++;
		expect(counts.b).toBe(0);
		expect(counts.c / counts.a).toBeGreaterThan(2.6);
		expect(counts.c / counts.a).toBeLessThan(3.4);
	});

	it('rejects all-zero weights', () => {
		expect(() => new WeightedTable(['a'], [0])).toThrow(RangeError);
	});
});

describe('deriveSeed', () => {
	it('separates stages of one seed', () => {
		expect(deriveSeed(1, 'orders')).not.toBe(deriveSeed(1, 'returns'));
		expect(deriveSeed(1, 'orders')).toBe(deriveSeed(1, 'orders'));
	});
});
