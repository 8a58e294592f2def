import { describe, expect, it } from 'vitest';
import { highlightSegments, highlightWords } from './highlight';

const marked = (text: string, words: string[]) =>
	highlightSegments(text, words)
		.filter((segment) => segment.match)
		.map((segment) => segment.text);

describe('highlightSegments', () => {
	it.each([
		{ text: '衬衫的尺码表是怎样的', words: ['尺码'], expected: ['尺码'] },
		{ text: '衬衫的尺码表', words: ['尺码', '尺码表'], expected: ['尺码表'] },
		{ text: '尺码和尺码', words: ['尺码'], expected: ['尺码', '尺码'] },
		{ text: 'Size chart', words: ['size'], expected: ['Size'] },
		{ text: '没有匹配', words: ['退货'], expected: [] },
		{ text: '空词', words: [''], expected: [] }
	])('marks $words in $text', ({ text, words, expected }) => {
		expect(marked(text, words)).toEqual(expected);
	});

	it('keeps the whole text in order', () => {
		const text = '退货运费谁承担？';
		expect(
			highlightSegments(text, ['运费'])
				.map((segment) => segment.text)
				.join('')
		).toBe(text);
	});
});

describe('highlightWords', () => {
	it('drops single characters', () => {
		expect(highlightWords(['下', '尺码', 'xl', '件'])).toEqual(['尺码', 'xl']);
	});
});
