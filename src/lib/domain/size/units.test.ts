import { describe, expect, it } from 'vitest';
import { parseBraSize, parseCircumferenceCm, parseHeightCm, parseWeightKg } from './units';

describe('parseHeightCm', () => {
	it.each([
		[`5' 6"`, 167.6],
		[`5'6`, 167.6],
		[`5' 8"`, 172.7],
		['5ft 6in', 167.6],
		['6 ft', 182.9],
		['168cm', 168],
		['168 cm', 168],
		['1.68 m', 168],
		['1.68', 168],
		['66', 167.6],
		['172', 172]
	])('parses %s as %d cm', (text, cm) => {
		expect(parseHeightCm(text)).toBe(cm);
	});

	it.each(['', 'tall', '5\' 6" 7', '12ft', '-170cm', '5', 'NaN'])('rejects %j', (text) => {
		expect(parseHeightCm(text)).toBeUndefined();
	});
});

describe('parseWeightKg', () => {
	it.each([
		['137lbs', 62.1],
		['137 lb', 62.1],
		['62kg', 62],
		['62.5 kg', 62.5],
		['124斤', 62],
		['10 st', 63.5]
	])('parses %s as %d kg', (text, kg) => {
		expect(parseWeightKg(text)).toBe(kg);
	});

	it.each(['137', 'heavy', '5000lbs', '2kg', 'lbs'])('rejects %j', (text) => {
		expect(parseWeightKg(text)).toBeUndefined();
	});
});

describe('parseBraSize', () => {
	it.each([
		['34d', 34, 'D', 96.5],
		['34DD', 34, 'DD', 99.1],
		['36 ddd/f', 36, 'DDD', 106.7],
		['32aa', 32, 'AA', 81.3],
		['38c', 38, 'C', 104.1],
		['34d+', 34, 'D+', 99.1]
	])('parses %s', (text, band, cup, bustCm) => {
		expect(parseBraSize(text)).toEqual({ bandInches: band, cup, bustCm });
	});

	it.each(['34', 'd34', '34z', '99d', 'garbage'])('rejects %j', (text) => {
		expect(parseBraSize(text)).toBeUndefined();
	});
});

describe('parseCircumferenceCm', () => {
	it.each([
		['29', 73.7],
		['38in', 96.5],
		['74cm', 74],
		['74', 74]
	])('parses %s as %d cm', (text, cm) => {
		expect(parseCircumferenceCm(text)).toBe(cm);
	});

	it.each(['', 'wide', '3', '500cm'])('rejects %j', (text) => {
		expect(parseCircumferenceCm(text)).toBeUndefined();
	});
});
