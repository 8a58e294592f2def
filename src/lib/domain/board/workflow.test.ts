import { describe, expect, it } from 'vitest';
import { allowedSources, isLegalTransition, nextStatuses, type CardStatus } from './workflow';

describe('card workflow', () => {
	it.each<[CardStatus, CardStatus, boolean]>([
		['new', 'investigating', true],
		['investigating', 'designChange', true],
		['designChange', 'shipped', true],
		['shipped', 'verified', true],
		['investigating', 'new', true],
		['shipped', 'designChange', true],
		['verified', 'shipped', true],
		['new', 'shipped', false],
		['new', 'verified', false],
		['investigating', 'shipped', false],
		['verified', 'new', false],
		['new', 'new', false],
		['verified', 'verified', false]
	])('%s to %s is legal: %s', (from, to, legal) => {
		expect(isLegalTransition(from, to)).toBe(legal);
	});

	it('lists the next step before the previous one', () => {
		expect(nextStatuses('designChange')).toEqual(['shipped', 'investigating']);
		expect(nextStatuses('new')).toEqual(['investigating']);
		expect(nextStatuses('verified')).toEqual(['shipped']);
	});

	it('allowed sources are the neighbours', () => {
		expect(allowedSources('shipped').sort()).toEqual(['designChange', 'verified']);
	});
});
