import { describe, expect, it } from 'vitest';
import { sparkline } from './sparkline';

describe('sparkline', () => {
	it('draws a rising line across the width', () => {
		const { path } = sparkline([0, 0.5, 1], { width: 104, height: 24, padding: 2 });
		expect(path).toBe('M2,22L52,12L102,2');
	});

	it('breaks the line at missing months', () => {
		const { path } = sparkline([0.2, null, 0.2], { width: 104, height: 24, domain: [0, 1] });
		expect(path).toBe('M2,18ZM102,18Z');
	});

	it('reports the last defined point', () => {
		const { last } = sparkline([0.1, 0.3, null], { width: 104, height: 24, domain: [0, 1] });
		expect(last?.x).toBe(52);
		expect(last?.y).toBeCloseTo(22 - 0.3 * 20);
	});

	it('returns an empty path for an empty series', () => {
		expect(sparkline([], { width: 100, height: 20 }).path).toBe('');
	});
});
