import type {
	AgentInput,
	AwardInput,
	BonusInputs,
	ConversationInput,
	SurveyInput
} from '../../domain/bonus/inputs.js';
import type { BonusPeriod } from '../../domain/bonus/period.js';
import type { Graph } from '../graph/graph.js';

const DAY_MS = 86_400_000;
/** Awards registered this long before the period can still be paid in it (monthly payout). */
const AWARD_LOOKBACK_MS = 32 * DAY_MS;

/** Cypher condition: the DateTime property lies in [$startMs, $endMs). */
function inPeriod(property: string): string {
	return `${property} >= datetime({epochMillis: toInteger($startMs)})
  AND ${property} < datetime({epochMillis: toInteger($endMs)})`;
}

const agentsQuery = `
MATCH (a:Agent)
WHERE (a.joinedAt IS NULL OR a.joinedAt < datetime({epochMillis: toInteger($endMs)}))
  AND (a.leftAt IS NULL OR a.leftAt > datetime({epochMillis: toInteger($startMs)}))
OPTIONAL MATCH (a)-[:MEMBER_OF]->(t:Team)
RETURN a.agentId AS agentId, coalesce(a.name, a.agentId) AS name, min(t.name) AS team,
       a.joinedAt AS joinedAt, a.leftAt AS leftAt
ORDER BY agentId`;

// The first-response clock starts at the customer's first message; firstResponseSeconds is
// the analysis's calendar value (first customer message to the first reply by a person).
const conversationsQuery = `
MATCH (c:Conversation)
WHERE ${inPeriod('c.startedAt')}
MATCH (a:Agent)-[:HANDLED]->(c)
CALL (c) {
  OPTIONAL MATCH (m:Message)-[:IN]->(c) WHERE m.sender = 'customer'
  RETURN min(m.sentAt) AS customerFirstAt
}
RETURN c.conversationId AS conversationId, a.agentId AS agentId, customerFirstAt,
       c.firstResponseSeconds AS firstResponseSeconds, c.resolved AS resolved,
       coalesce(c.botOnly, false) AS botOnly`;

const surveysQuery = `
MATCH (s:Survey)-[:RATES_AGENT]->(a:Agent)
WHERE ${inPeriod('s.answeredAt')}
OPTIONAL MATCH (s)-[:RATES]->(c:Conversation)
RETURN s.surveyId AS surveyId, a.agentId AS agentId, min(c.conversationId) AS conversationId,
       s.score AS score, s.answeredAt AS answeredAt`;

const awardsQuery = `
MATCH (w:InnovationAward)
WHERE w.registeredAt >= datetime({epochMillis: toInteger($awardsFromMs)})
  AND w.registeredAt < datetime({epochMillis: toInteger($endMs)})
RETURN w.awardId AS awardId, w.title AS title, w.agentId AS agentId, w.team AS team,
       w.amountFen AS amountFen, w.registeredAt AS registeredAt
ORDER BY awardId`;

const revenueQuery = `
MATCH (o:Order)-[line:CONTAINS]->()
WHERE ${inPeriod('o.orderedAt')}
RETURN coalesce(sum(line.amountFen), 0) AS revenueFen`;

/**
 * Reads everything a bonus run needs for a period: the agents employed in it with their
 * teams, the conversations they handled, the survey answers rating them, the innovation
 * awards that may fall due, and the order revenue. The five reads run concurrently.
 */
export async function gatherBonusInputs(graph: Graph, period: BonusPeriod): Promise<BonusInputs> {
	const params = {
		startMs: period.startMs,
		endMs: period.endMs,
		awardsFromMs: period.startMs - AWARD_LOOKBACK_MS
	};
	const [agents, conversations, surveys, awards, [revenue]] = await Promise.all([
		graph.read<AgentInput>(agentsQuery, params),
		graph.read<ConversationInput>(conversationsQuery, params),
		graph.read<SurveyInput>(surveysQuery, params),
		graph.read<AwardInput>(awardsQuery, params),
		graph.read<{ revenueFen: number }>(revenueQuery, params)
	]);
	return { period, agents, conversations, surveys, awards, revenueFen: revenue.revenueFen };
}
