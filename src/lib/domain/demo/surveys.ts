import type { SurveyRecord } from '../records/schemas';
import { MINUTE_MS, type DemoPeriod } from './clock';
import type { ConversationSim } from './conversations';
import type { Random } from './random';

/**
 * Chance that a customer answers the NPS survey sent after a conversation with a person.
 * Bots handle about a fifth of conversations, so about 40% of all conversations get a score.
 */
const ANSWER_RATE = 0.5;

/**
 * Draws the 0–10 score: the agent's own level, moved by the outcome, the customer's mood
 * and a slow first reply.
 */
function drawScore(random: Random, sim: ConversationSim): number {
	const handler = sim.handler;
	if (!handler) return 0;
	let mean = handler.traits.npsMean;
	mean += sim.dialogue.resolved ? 0.6 : -2.5;
	mean -= { calm: 0, annoyed: 0.6, angry: 1.5 }[sim.plan.mood];
	if ((sim.dialogue.firstResponseSec ?? 0) > 120) mean -= 0.8;
	return Math.round(random.clampedNormal(mean, 1.5, 0, 10));
}

/**
 * Sends an NPS survey after each conversation a person handled and keeps the answers that
 * arrive before the period ends. Survey ids S000001… follow answer time.
 */
export function buildSurveys(
	random: Random,
	conversations: readonly ConversationSim[],
	period: DemoPeriod
): SurveyRecord[] {
	const surveys: SurveyRecord[] = [];
	for (const sim of conversations) {
		if (!sim.handler || !random.chance(ANSWER_RATE)) continue;
		const lastMs = sim.record.messages[sim.record.messages.length - 1].sentAt;
		const answeredAt = lastMs + random.int(2, 120) * MINUTE_MS;
		if (answeredAt >= period.endMs) continue;
		surveys.push({
			surveyId: '',
			conversationId: sim.record.conversationId,
			agentId: sim.handler.record.agentId,
			customerId: sim.record.customerId,
			score: drawScore(random, sim),
			answeredAt
		});
	}
	surveys.sort((a, b) => a.answeredAt - b.answeredAt);
	surveys.forEach((survey, index) => {
		survey.surveyId = `S${String(index + 1).padStart(6, '0')}`;
	});
	return surveys;
}
