import { describe, expect, it } from 'vitest';
import {
	addStats,
	emptyStats,
	firstResponseScore,
	npsScore,
	radarScores,
	type RadarStats
} from './axes';

function stats(overrides: Partial<RadarStats>): RadarStats {
	return { ...emptyStats(), ...overrides };
}

describe('firstResponseScore', () => {
	it.each([
		[0, 100],
		[30, 100],
		[31, 98],
		[40, 98],
		[41, 96],
		[90, 88],
		[520, 2],
		[530, 0],
		[900, 0]
	])('%i s scores %i', (seconds, expected) => {
		expect(firstResponseScore(seconds)).toBe(expected);
	});
});

describe('npsScore', () => {
	it.each([
		[-100, 0],
		[0, 50],
		[40, 70],
		[100, 100]
	])('NPS %i maps to %i', (nps, expected) => {
		expect(npsScore(nps)).toBe(expected);
	});
});

describe('radarScores', () => {
	it('scores every axis from its counts', () => {
		const scores = radarScores(
			stats({
				replyQualitySum: 1.5,
				replies: 3,
				handled: 4,
				resolved: 3,
				empathyEligible: 2,
				negativityFell: 1,
				firstResponseScoreSum: 196,
				firstResponses: 2,
				knowledgeUsed: 1,
				promoters: 3,
				detractors: 1,
				surveys: 5
			})
		);
		expect(scores).toEqual({
			professionalism: 50,
			empathy: 50,
			resolution: 75,
			responsiveness: 98,
			knowledgeUse: 25,
			customerRating: 70
		});
	});

	it('leaves axes without data empty instead of zero', () => {
		expect(radarScores(stats({ replies: 2, replyQualitySum: 1 }))).toEqual({
			professionalism: 50,
			empathy: null,
			resolution: null,
			responsiveness: null,
			knowledgeUse: null,
			customerRating: null
		});
	});

	it('pools a team from its members counts', () => {
		const team = addStats(stats({ handled: 1, resolved: 1 }), stats({ handled: 3, resolved: 0 }));
		expect(radarScores(team).resolution).toBe(25);
	});
});
