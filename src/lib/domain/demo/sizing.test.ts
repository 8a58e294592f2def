import { describe, expect, it } from 'vitest';
import { SIZES, chartSize, gradeMeasurements, judgeFit, type Body } from './sizing';

/** A man who matches size L of the reference series: 175/92A. */
const sizeLBody: Body = {
	heightCm: 175,
	weightKg: 70,
	chestCm: 92,
	waistCm: 80,
	hipsCm: 96,
	shoulderCm: 44.4,
	armCm: 61
};

describe('grading', () => {
	it('adds 4 cm chest per size', () => {
		const baseM = { chestCm: 108, waistCm: 104, lengthCm: 74, shoulderCm: 45.5, sleeveCm: 61 };
		const chests = SIZES.map((size) => gradeMeasurements('shirt', baseM, size).chestCm);
		expect(chests).toEqual([104, 108, 112, 116, 120]);
	});

	it('grades trousers by waist and length only', () => {
		const graded = gradeMeasurements('trousers', { waistCm: 78, lengthCm: 102 }, 'XL');
		expect(graded).toEqual({ waistCm: 86, lengthCm: 108 });
	});
});

describe('judgeFit', () => {
	it.each([
		{ name: 'reference body in its size', size: 'L', offset: {}, verdict: 'fit' },
		{ name: 'one size down', size: 'M', offset: {}, verdict: 'fit' },
		{ name: 'two sizes down', size: 'S', offset: {}, verdict: 'small', part: 'chest' },
		{ name: 'two sizes up', size: 'XXL', offset: {}, verdict: 'large', part: 'chest' },
		{
			name: 'sleeve 4 cm short',
			size: 'L',
			offset: { sleeve: -4 },
			verdict: 'small',
			part: 'sleeve'
		},
		{
			name: 'shoulder 3 cm narrow',
			size: 'L',
			offset: { shoulder: -3 },
			verdict: 'small',
			part: 'shoulder'
		},
		{ name: 'chest 1 cm tight', size: 'L', offset: { chest: -1 }, verdict: 'fit' }
	] as const)('judges $name as $verdict', ({ size, offset, verdict, ...rest }) => {
		const fit = judgeFit('shirt', size, sizeLBody, offset);
		expect(fit.verdict).toBe(verdict);
		if ('part' in rest) expect(fit.bodyPart).toBe(rest.part);
	});

	it('tolerates loose fits more than tight ones', () => {
		const tight = judgeFit('shirt', 'L', sizeLBody, { chest: -5 });
		const loose = judgeFit('shirt', 'L', sizeLBody, { chest: 5 });
		expect(tight.verdict).toBe('small');
		expect(loose.verdict).toBe('fit');
	});

	it('checks trousers at the waist', () => {
		const fit = judgeFit('trousers', 'L', { ...sizeLBody, waistCm: 86 });
		expect(fit.verdict).toBe('small');
		expect(fit.bodyPart).toBe('waist');
	});
});

describe('chartSize', () => {
	it.each([
		[165, 84, 'S'],
		[170, 88, 'M'],
		[175, 92, 'L'],
		[180, 96, 'XL'],
		[185, 100, 'XXL']
	])('suggests the size for %d/%dA', (heightCm, chestCm, size) => {
		const body = {
			...sizeLBody,
			heightCm,
			chestCm,
			shoulderCm: 42 + SIZES.indexOf(size as never) * 1.2,
			armCm: 58 + SIZES.indexOf(size as never) * 1.5
		};
		expect(SIZES[chartSize('shirt', body)]).toBe(size);
	});
});
