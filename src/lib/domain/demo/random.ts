import { mulberry32 } from '../random';

/**
 * Seeded pseudo-random numbers for the demo generator. Everything random in the demo comes
 * from here, so the same seed always yields the same data (Math.random is never used).
 */
export class Random {
	private readonly generator: () => number;
	private spareNormal: number | undefined;

	constructor(seed: number) {
		this.generator = mulberry32(seed);
	}

	/** Returns a float in [0, 1) from the mulberry32 generator (32-bit state, period 2^32). */
	next(): number {
		return this.generator();
	}

	/** Returns an integer in [min, max], both ends included. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	/** Returns a float in [min, max). */
	between(min: number, max: number): number {
		return min + this.next() * (max - min);
	}

	chance(probability: number): boolean {
		return this.next() < probability;
	}

	pick<T>(items: readonly T[]): T {
		if (items.length === 0) throw new RangeError('Cannot pick from an empty list.');
		return items[Math.floor(this.next() * items.length)];
	}

	pickWeighted<T>(items: readonly T[], weights: readonly number[]): T {
		const total = weights.reduce((sum, weight) => sum + weight, 0);
		let remaining = this.next() * total;
		for (let i = 0; i < items.length; i++) {
			remaining -= weights[i];
			if (remaining < 0) return items[i];
		}
		return items[items.length - 1];
	}

	/** Draws from a normal distribution with the Box-Muller transform. */
	normal(mean: number, sd: number): number {
		if (this.spareNormal !== undefined) {
			const z = this.spareNormal;
			this.spareNormal = undefined;
			return mean + sd * z;
		}
		// 1 - next() lies in (0, 1], which keeps the logarithm finite.
		const radius = Math.sqrt(-2 * Math.log(1 - this.next()));
		const angle = 2 * Math.PI * this.next();
		this.spareNormal = radius * Math.sin(angle);
		return mean + sd * radius * Math.cos(angle);
	}

	/** Draws a normal value clamped to [min, max], for body sizes and other bounded traits. */
	clampedNormal(mean: number, sd: number, min: number, max: number): number {
		return Math.min(max, Math.max(min, this.normal(mean, sd)));
	}

	/** Draws a log-normal value; `median` is exp(mu) and `sigma` the spread of its logarithm. */
	logNormal(median: number, sigma: number): number {
		return median * Math.exp(sigma * this.normal(0, 1));
	}

	/** Draws a Poisson count: Knuth's method for small means, a rounded normal above 30. */
	poisson(mean: number): number {
		if (mean <= 0) return 0;
		if (mean > 30) return Math.max(0, Math.round(this.normal(mean, Math.sqrt(mean))));
		const limit = Math.exp(-mean);
		let count = 0;
		let product = this.next();
		while (product > limit) {
			count++;
			product *= this.next();
		}
		return count;
	}

	/**
	 * Picks `count` distinct items with probability proportional to `weight`, using
	 * exponential keys (Efraimidis–Spirakis); items of weight 0 are never picked. The result
	 * keeps the input order.
	 */
	sampleWeighted<T>(items: readonly T[], weight: (item: T) => number, count: number): T[] {
		const keyed: Array<{ index: number; key: number }> = [];
		items.forEach((item, index) => {
			const w = weight(item);
			if (w > 0) keyed.push({ index, key: -Math.log(1 - this.next()) / w });
		});
		keyed.sort((a, b) => a.key - b.key || a.index - b.index);
		const chosen = keyed.slice(0, count).map((entry) => entry.index);
		chosen.sort((a, b) => a - b);
		return chosen.map((index) => items[index]);
	}
}

/** Mixes a stage label into the seed (FNV-1a), so each stage draws from its own stream. */
export function deriveSeed(seed: number, label: string): number {
	let hash = (0x811c9dc5 ^ seed) >>> 0;
	for (let i = 0; i < label.length; i++) {
		hash ^= label.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash;
}

/**
 * Picks among many weighted items in O(log n) per draw from a cumulative table, for the
 * order loop that picks customers and products tens of thousands of times.
 */
export class WeightedTable<T> {
	private readonly cumulative: number[] = [];
	private readonly total: number;

	constructor(
		private readonly items: readonly T[],
		weights: readonly number[]
	) {
		let sum = 0;
		for (const weight of weights) {
			sum += Math.max(0, weight);
			this.cumulative.push(sum);
		}
		if (sum <= 0) throw new RangeError('A weighted table needs at least one positive weight.');
		this.total = sum;
	}

	draw(random: Random): T {
		const target = random.next() * this.total;
		let low = 0;
		let high = this.cumulative.length - 1;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (this.cumulative[middle] > target) high = middle;
			else low = middle + 1;
		}
		return this.items[low];
	}
}
