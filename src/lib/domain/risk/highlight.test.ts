import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlight';

describe('highlight segments', () => {
	it('marks negative words in Simplified text', () => {
		expect(highlightSegments('衣服起球了', ['起球'])).toEqual([
			{ text: '衣服', mark: 'none' },
			{ text: '起球', mark: 'negative' },
			{ text: '了', mark: 'none' }
		]);
	});

	it('marks words written in Traditional characters', () => {
		const segments = highlightSegments('質量太差', ['质量太差']);
		expect(segments).toEqual([{ text: '質量太差', mark: 'negative' }]);
	});

	it('marks negated words apart from counted ones', () => {
		const marks = highlightSegments('没有不满意', [], ['不满意']).map((s) => s.mark);
		expect(marks).toEqual(['none', 'negated']);
	});

	it('returns the text unmarked when nothing matches', () => {
		expect(highlightSegments('谢谢', ['垃圾'])).toEqual([{ text: '谢谢', mark: 'none' }]);
	});

	it('matches English words case-insensitively', () => {
		const marked = highlightSegments('Terrible fit', ['terrible']).filter((s) => s.mark !== 'none');
		expect(marked).toEqual([{ text: 'Terrible', mark: 'negative' }]);
	});
});
