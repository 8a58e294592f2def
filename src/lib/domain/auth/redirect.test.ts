import { describe, expect, it } from 'vitest';
import { safeNextPath } from './redirect.js';

describe('safeNextPath', () => {
	it.each([
		{ next: '/conversations?risk=high', expected: '/conversations?risk=high' },
		{ next: null, expected: '/' },
		{ next: '', expected: '/' },
		{ next: 'https://evil.example/', expected: '/' },
		{ next: '//evil.example/', expected: '/' },
		{ next: '/\\evil.example/', expected: '/' },
		{ next: 'javascript:alert(1)', expected: '/' },
		{ next: '/\nLocation: x', expected: '/' },
		{ next: '/login?next=/', expected: '/' }
	])('$next goes to $expected', ({ next, expected }) => {
		expect(safeNextPath(next)).toBe(expected);
	});
});
