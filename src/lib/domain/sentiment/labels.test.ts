import { describe, expect, it } from 'vitest';
import { labelFromNegative, labelToClass, parseSentimentLabel } from './labels.js';

describe('parseSentimentLabel', () => {
	it.each([
		{ cell: '0', expected: 'negative' },
		{ cell: ' 1 ', expected: 'positive' },
		{ cell: '-1', expected: 'negative' },
		{ cell: 'Positive', expected: 'positive' },
		{ cell: 'neg', expected: 'negative' },
		{ cell: '负面', expected: 'negative' },
		{ cell: '好评', expected: 'positive' },
		{ cell: 'neutral', expected: null },
		{ cell: '', expected: null }
	])('reads "$cell" as $expected', ({ cell, expected }) => {
		expect(parseSentimentLabel(cell)).toBe(expected);
	});
});

describe('labels and classes', () => {
	it('maps negative to class 1 because the head predicts P(negative)', () => {
		expect(labelToClass('negative')).toBe(1);
		expect(labelToClass('positive')).toBe(0);
	});

	it.each([
		{ negative: 0.9, expected: 'negative' },
		{ negative: 0.5, expected: 'positive' },
		{ negative: 0.1, expected: 'positive' }
	])('labels P(negative) = $negative as $expected', ({ negative, expected }) => {
		expect(labelFromNegative(negative)).toBe(expected);
	});
});
