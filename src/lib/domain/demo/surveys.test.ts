import { describe, expect, it } from 'vitest';
import { generateDemo } from './index';

const { records } = generateDemo();
const conversationsById = new Map(
	records.conversation.map((conversation) => [conversation.conversationId, conversation])
);

/** NPS: % promoters (9–10) minus % detractors (0–6). */
function nps(scores: number[]): number {
	const promoters = scores.filter((score) => score >= 9).length;
	const detractors = scores.filter((score) => score <= 6).length;
	return (100 * (promoters - detractors)) / scores.length;
}

describe('demo NPS surveys', () => {
	it('score whole numbers from 0 to 10', () => {
		for (const survey of records.survey) {
			expect(Number.isInteger(survey.score)).toBe(true);
			expect(survey.score).toBeGreaterThanOrEqual(0);
			expect(survey.score).toBeLessThanOrEqual(10);
		}
	});

	it('cover about 40% of conversations', () => {
		const coverage = records.survey.length / records.conversation.length;
		expect(coverage).toBeGreaterThan(0.3);
		expect(coverage).toBeLessThan(0.5);
	});

	it('belong to the conversation, its agent and its customer', () => {
		for (const survey of records.survey) {
			const conversation = conversationsById.get(survey.conversationId!)!;
			const agentIds = conversation.messages.map((message) => message.agentId);
			expect(agentIds).toContain(survey.agentId);
			expect(survey.customerId).toBe(conversation.customerId);
			expect(survey.answeredAt).toBeGreaterThan(
				conversation.messages[conversation.messages.length - 1].sentAt
			);
		}
	});

	it('differ between agents', () => {
		const byAgent = new Map<string, number[]>();
		for (const survey of records.survey) {
			byAgent.set(survey.agentId!, [...(byAgent.get(survey.agentId!) ?? []), survey.score]);
		}
		const scores = [...byAgent.values()].filter((list) => list.length >= 20).map(nps);
		expect(scores.length).toBeGreaterThan(10);
		expect(Math.max(...scores) - Math.min(...scores)).toBeGreaterThan(30);
	});

	it('score unresolved conversations lower', () => {
		const scoresOf = (resolved: boolean) =>
			records.survey
				.filter((survey) => conversationsById.get(survey.conversationId!)!.resolved === resolved)
				.map((survey) => survey.score);
		expect(nps(scoresOf(false))).toBeLessThan(nps(scoresOf(true)) - 30);
	});

	it('give a plausible overall NPS', () => {
		const overall = nps(records.survey.map((survey) => survey.score));
		expect(overall).toBeGreaterThan(-20);
		expect(overall).toBeLessThan(70);
	});
});
