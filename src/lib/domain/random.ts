/**
 * Returns a seeded pseudo-random generator of floats in [0, 1): mulberry32, with 32-bit state
 * and period 2^32. Small and fast, and the same seed always gives the same sequence, which is
 * all the demo data, training shuffles and benchmarks need (it is not for cryptography).
 */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}
