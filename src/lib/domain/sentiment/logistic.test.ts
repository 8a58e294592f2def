import { describe, expect, it } from 'vitest';
import {
	mulberry32,
	predictProbability,
	sigmoid,
	standardisation,
	trainLogistic,
	type LogisticModel
} from './logistic.js';

describe('sigmoid', () => {
	it.each([
		{ z: 0, expected: 0.5 },
		{ z: 800, expected: 1 },
		{ z: -800, expected: 0 },
		{ z: Math.log(3), expected: 0.75 }
	])('maps $z to $expected without overflow', ({ z, expected }) => {
		expect(sigmoid(z)).toBeCloseTo(expected, 10);
	});
});

describe('predictProbability', () => {
	const model: LogisticModel = { mean: [1, 0], scale: [2, 1], weights: [2, -1], bias: 0.5 };

	it.each([
		{ name: 'a point at the mean gets the bias only', x: [1, 0], z: 0.5 },
		{ name: 'features are standardised before weighting', x: [3, 0], z: 2.5 },
		{ name: 'a negative weight lowers the score', x: [1, 2], z: -1.5 }
	])('$name', ({ x, z }) => {
		expect(predictProbability(model, x)).toBeCloseTo(sigmoid(z), 10);
	});

	it('rejects a vector of the wrong length', () => {
		expect(() => predictProbability(model, [1, 2, 3])).toThrow(/expects 2/);
	});
});

describe('standardisation', () => {
	it('gives a constant feature scale 1 so prediction never divides by zero', () => {
		const { mean, scale } = standardisation([
			[1, 5],
			[3, 5]
		]);
		expect(mean).toEqual([2, 5]);
		expect(scale).toEqual([1, 1]);
	});
});

describe('trainLogistic', () => {
	function separableSet(count: number) {
		const random = mulberry32(7);
		const xs: number[][] = [];
		const ys: number[] = [];
		for (let i = 0; i < count; i++) {
			const y = i % 2;
			xs.push([(y ? 2 : -2) + random() - 0.5, random() * 10]);
			ys.push(y);
		}
		return { xs, ys };
	}

	it('separates two clusters and weights the informative feature most', () => {
		const { xs, ys } = separableSet(400);
		const model = trainLogistic(xs, ys, { epochs: 30 });
		const correct = xs.filter((x, i) => Math.round(predictProbability(model, x)) === ys[i]);
		expect(correct.length).toBe(xs.length);
		expect(Math.abs(model.weights[0])).toBeGreaterThan(5 * Math.abs(model.weights[1]));
	});

	it('returns the same model for the same seed', () => {
		const { xs, ys } = separableSet(100);
		expect(trainLogistic(xs, ys, { seed: 3 })).toEqual(trainLogistic(xs, ys, { seed: 3 }));
	});

	it.each([
		{ name: 'an empty set is rejected', xs: [], ys: [], message: /empty/ },
		{ name: 'a single class is rejected', xs: [[1], [2]], ys: [1, 1], message: /one class/ },
		{ name: 'mismatched lengths are rejected', xs: [[1]], ys: [0, 1], message: /must match/ },
		{ name: 'a label of 2 is rejected', xs: [[1], [2]], ys: [0, 2], message: /not 0 or 1/ }
	])('$name', ({ xs, ys, message }) => {
		expect(() => trainLogistic(xs, ys)).toThrow(message);
	});
});
