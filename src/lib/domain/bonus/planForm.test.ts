import { describe, expect, it } from 'vitest';
import { defaultBonusPlan } from './plan.js';
import { formValueOf, planFromForm } from './planForm.js';

describe('planFromForm', () => {
	it('reads yuan and percent', () => {
		const plan = planFromForm(defaultBonusPlan, {
			yearlyPoolFen: '3000000',
			'rating.topShare': '25',
			'base.frtClock': 'businessHours'
		});
		expect(plan.yearlyPoolFen).toBe(300_000_000);
		expect(plan.rating.topShare).toBe(0.25);
		expect(plan.base.frtClock).toBe('businessHours');
	});

	it('changes shares together', () => {
		const plan = planFromForm(defaultBonusPlan, {
			'threeDimensions.baseShare': '50',
			'threeDimensions.innovationShare': '20',
			'threeDimensions.ratingShare': '30'
		});
		expect(plan.threeDimensions).toEqual({
			baseShare: 0.5,
			innovationShare: 0.2,
			ratingShare: 0.3
		});
	});

	it('switches the service hero on and off', () => {
		const on = planFromForm(defaultBonusPlan, {
			'serviceHero.agentId': 'A03',
			'serviceHero.amountFen': '5000',
			'serviceHero.reason': '双11'
		});
		expect(on.serviceHero).toEqual({ agentId: 'A03', amountFen: 500_000, reason: '双11' });
		const off = planFromForm(on, { 'serviceHero.agentId': '', 'serviceHero.amountFen': '5000' });
		expect(off.serviceHero).toBeNull();
	});

	it('reports every problem', () => {
		expect(() =>
			planFromForm(defaultBonusPlan, { yearlyPoolFen: 'lots', 'rating.topCount': 'ten' })
		).toThrow(/yearlyPoolFen must be a number \(got "lots"\); rating\.topCount must be a number/);
	});

	it('rejects shares that do not add up', () => {
		expect(() => planFromForm(defaultBonusPlan, { 'threeDimensions.baseShare': '50' })).toThrow(
			/must add up to 1/
		);
	});
});

describe('formValueOf', () => {
	it.each([
		{ path: 'yearlyPoolFen', expected: '2000000' },
		{ path: 'threeDimensions.baseShare', expected: '40' },
		{ path: 'base.frtClock', expected: 'calendar' },
		{ path: 'serviceHero.agentId', expected: '' }
	] as const)('shows $path as $expected', ({ path, expected }) => {
		expect(formValueOf(defaultBonusPlan, path)).toBe(expected);
	});
});
