import { describe, expect, it } from 'vitest';
import { averageAuc, binaryAuc } from './auc';

describe('binaryAuc', () => {
	it.each([
		{ name: 'perfect ranking', scores: [0.1, 0.2, 0.8, 0.9], positive: [0, 0, 1, 1], auc: 1 },
		{ name: 'reversed ranking', scores: [0.9, 0.8, 0.2, 0.1], positive: [0, 0, 1, 1], auc: 0 },
		{ name: 'all tied', scores: [0.5, 0.5, 0.5, 0.5], positive: [0, 1, 0, 1], auc: 0.5 },
		{ name: 'one swap', scores: [0.1, 0.4, 0.35, 0.8], positive: [0, 0, 1, 1], auc: 0.75 },
		{ name: 'tie across classes', scores: [0.1, 0.5, 0.5, 0.9], positive: [0, 0, 1, 1], auc: 0.875 }
	])('scores $name', ({ scores, positive, auc }) => {
		expect(binaryAuc(scores, positive.map(Boolean))).toBeCloseTo(auc, 10);
	});

	it('is undefined without negatives', () => {
		expect(binaryAuc([0.1, 0.2], [true, true])).toBeUndefined();
	});
});

describe('averageAuc', () => {
	it('averages the three one-vs-rest AUCs', () => {
		const report = averageAuc(
			['small', 'fit', 'large', 'fit'],
			[
				{ small: 0.9, fit: 0.1, large: 0.0 },
				{ small: 0.1, fit: 0.8, large: 0.1 },
				{ small: 0.2, fit: 0.3, large: 0.5 },
				{ small: 0.3, fit: 0.2, large: 0.6 }
			]
		);
		expect(report.perClass.small).toBe(1);
		expect(report.perClass.large).toBeCloseTo(2 / 3, 10);
		expect(report.perClass.fit).toBe(0.75);
		expect(report.average).toBeCloseTo((1 + 0.75 + 2 / 3) / 3, 10);
	});

	it('skips a class that never occurs', () => {
		const report = averageAuc(
			['small', 'fit'],
			[
				{ small: 0.9, fit: 0.1, large: 0 },
				{ small: 0.1, fit: 0.9, large: 0 }
			]
		);
		expect(report.perClass.large).toBeUndefined();
		expect(report.average).toBe(1);
	});
});
