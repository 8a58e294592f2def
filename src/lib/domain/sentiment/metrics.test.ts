import { describe, expect, it } from 'vitest';
import { accuracy, binaryMetrics, confusionMatrix, macroF1 } from './metrics.js';

describe('binary metrics', () => {
	const cases = [
		{
			name: 'a perfect classifier scores 1 on accuracy and macro-F1',
			actual: [0, 1, 0, 1],
			predicted: [0, 1, 0, 1],
			counts: [
				[2, 0],
				[0, 2]
			],
			accuracy: 1,
			macroF1: 1
		},
		{
			name: 'a classifier that always says 0 on balanced data scores 0.5 accuracy and 1/3 macro-F1',
			actual: [0, 0, 1, 1],
			predicted: [0, 0, 0, 0],
			counts: [
				[2, 0],
				[2, 0]
			],
			accuracy: 0.5,
			macroF1: (2 / 3 + 0) / 2
		},
		{
			name: 'one miss in each class gives equal per-class F1',
			actual: [0, 0, 0, 1, 1, 1],
			predicted: [0, 0, 1, 1, 1, 0],
			counts: [
				[2, 1],
				[1, 2]
			],
			accuracy: 4 / 6,
			macroF1: 2 / 3
		},
		{
			name: 'an empty set scores 0 rather than NaN',
			actual: [],
			predicted: [],
			counts: [
				[0, 0],
				[0, 0]
			],
			accuracy: 0,
			macroF1: 0
		}
	];

	it.each(cases)('$name', (c) => {
		const confusion = confusionMatrix(c.actual, c.predicted);
		expect(confusion.counts).toEqual(c.counts);
		expect(accuracy(confusion)).toBeCloseTo(c.accuracy, 10);
		expect(macroF1(confusion)).toBeCloseTo(c.macroF1, 10);
		expect(binaryMetrics(c.actual, c.predicted).count).toBe(c.actual.length);
	});

	it.each([
		{ name: 'lists of different lengths are rejected', actual: [0, 1], predicted: [0] },
		{ name: 'a label other than 0 or 1 is rejected', actual: [0, 2], predicted: [0, 1] }
	])('$name', ({ actual, predicted }) => {
		expect(() => confusionMatrix(actual, predicted)).toThrow();
	});
});
