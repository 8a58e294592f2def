import { describe, expect, it } from 'vitest';
import { csvField } from './csv';

describe('csv field', () => {
	it.each([
		['plain', 'P001', 'P001'],
		['comma', 'a,b', '"a,b"'],
		['quote', 'say "hi"', '"say ""hi"""'],
		['line break', 'a\nb', '"a\nb"'],
		['formula', '=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
		['leading minus text', '-5 cm', "'-5 cm"],
		['negative number', -5, '-5'],
		['list', ['偏小', '胸围紧'], '偏小 | 胸围紧'],
		['null', null, ''],
		['undefined', undefined, '']
	])('quotes %s', (_, value, expected) => {
		expect(csvField(value)).toBe(expected);
	});
});
