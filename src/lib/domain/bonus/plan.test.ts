import { describe, expect, it } from 'vitest';
import { defaultBonusPlan, parseBonusPlan, parsePlanValue, setPlanValue } from './plan.js';

describe('defaultBonusPlan', () => {
	it('is the brand default', () => {
		expect(defaultBonusPlan.template).toBe('threeDimensions');
		expect(defaultBonusPlan.yearlyPoolFen).toBe(200_000_000);
		expect(defaultBonusPlan.threeDimensions).toEqual({
			baseShare: 0.4,
			innovationShare: 0.3,
			ratingShare: 0.3
		});
		expect(defaultBonusPlan.guaranteedFloating.guaranteedShare).toBe(0.6);
		expect(defaultBonusPlan.base.frtWeight).toBe(0.7);
		expect(defaultBonusPlan.rating.topCount).toBe(10);
		expect(defaultBonusPlan.serviceHero).toBeNull();
	});
});

describe('parseBonusPlan', () => {
	it('names every problem with its value', () => {
		expect(() =>
			parseBonusPlan({
				yearlyPoolFen: -5,
				threeDimensions: { baseShare: 0.5 },
				rating: { minAnswers: 0 }
			})
		).toThrow(
			/yearlyPoolFen must not be negative \(got -5\).*threeDimensions baseShare \+ innovationShare \+ ratingShare must add up to 1.*rating\.minAnswers/
		);
	});

	it('rejects an unknown template', () => {
		expect(() => parseBonusPlan({ template: 'bonanza' })).toThrow(/template .*got "bonanza"/);
	});
});

describe('setPlanValue', () => {
	it.each([
		{
			path: 'yearlyPoolFen',
			text: '300000000',
			read: (p: typeof defaultBonusPlan) => p.yearlyPoolFen,
			expected: 300_000_000
		},
		{
			path: 'base.frtClock',
			text: 'businessHours',
			read: (p: typeof defaultBonusPlan) => p.base.frtClock,
			expected: 'businessHours'
		}
	])('sets $path', ({ path, text, read, expected }) => {
		expect(read(setPlanValue(defaultBonusPlan, path, parsePlanValue(text)))).toBe(expected);
	});

	it('rejects a hero without an amount', () => {
		expect(() => setPlanValue(defaultBonusPlan, 'serviceHero.agentId', 'A03')).toThrow(
			/serviceHero\.amountFen/
		);
	});

	it('sets a whole section as JSON', () => {
		const plan = setPlanValue(
			defaultBonusPlan,
			'serviceHero',
			parsePlanValue('{"agentId":"A03","amountFen":500000}')
		);
		expect(plan.serviceHero).toEqual({ agentId: 'A03', amountFen: 500_000, reason: '' });
	});

	it.each(['yearlyPool', 'base.nothing', 'base.frtWeight.deeper', ''])(
		'rejects path %s',
		(path) => {
			expect(() => setPlanValue(defaultBonusPlan, path, 1)).toThrow(
				/not a plan setting|path is empty/
			);
		}
	);

	it('keeps the other values', () => {
		const plan = setPlanValue(defaultBonusPlan, 'rating.topCount', 5);
		expect({ ...plan, rating: defaultBonusPlan.rating }).toEqual(defaultBonusPlan);
	});
});
