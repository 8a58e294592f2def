import { describe, expect, it } from 'vitest';
import { radarStatsByAgent, type HandledRow } from './stats';

function handled(overrides: Partial<HandledRow>): HandledRow {
	return {
		agentId: 'A01',
		resolved: true,
		firstResponseSeconds: 20,
		firstReplier: true,
		customerNegativity: [0.9, 0.2],
		knowledgeUsed: false,
		...overrides
	};
}

describe('radarStatsByAgent', () => {
	it('counts handled conversations per agent', () => {
		const stats = radarStatsByAgent(
			[
				handled({}),
				handled({ resolved: false, knowledgeUsed: true }),
				handled({ agentId: 'A02', resolved: null })
			],
			[],
			[]
		);
		expect(stats.get('A01')).toMatchObject({ handled: 2, resolved: 1, knowledgeUsed: 1 });
		expect(stats.get('A02')).toMatchObject({ handled: 1, resolved: 0 });
	});

	it.each([
		['falling negativity', [0.9, 0.5, 0.2], 1, 1],
		['rising negativity', [0.2, 0.9], 1, 0],
		['unchanged negativity', [0.5, 0.5], 1, 0],
		['a single customer message', [0.9], 0, 0],
		['no scored message', [], 0, 0]
	])('empathy with %s', (_, customerNegativity, eligible, fell) => {
		const stats = radarStatsByAgent([handled({ customerNegativity })], [], []).get('A01');
		expect(stats?.empathyEligible).toBe(eligible);
		expect(stats?.negativityFell).toBe(fell);
	});

	it.each([
		['the first replier', true, 45, 1, 96],
		['an agent who joined later', false, 45, 0, 0],
		['a conversation without FRT', true, null, 0, 0]
	])('credits responsiveness to %s', (_, firstReplier, seconds, count, sum) => {
		const stats = radarStatsByAgent(
			[handled({ firstReplier, firstResponseSeconds: seconds })],
			[],
			[]
		).get('A01');
		expect(stats?.firstResponses).toBe(count);
		expect(stats?.firstResponseScoreSum).toBe(sum);
	});

	it('adds replies and splits survey scores into promoters and detractors', () => {
		const stats = radarStatsByAgent(
			[],
			[{ agentId: 'A03', replyQualitySum: 1.2, replies: 2 }],
			[{ agentId: 'A03', scores: [10, 9, 8, 7, 6, 0] }]
		).get('A03');
		expect(stats).toMatchObject({
			replyQualitySum: 1.2,
			replies: 2,
			surveys: 6,
			promoters: 2,
			detractors: 2
		});
	});
});
