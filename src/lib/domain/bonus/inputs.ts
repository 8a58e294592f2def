import type { BonusPeriod } from './period.js';

/** What a bonus run reads from the graph for one period; every time is epoch ms. */
export interface AgentInput {
	agentId: string;
	name: string;
	team: string | null;
	joinedAt: number | null;
	leftAt: number | null;
}

export interface ConversationInput {
	conversationId: string;
	/** The agent who handled it. */
	agentId: string;
	/** The customer's first message, which starts the first-response clock. */
	customerFirstAt: number | null;
	/** Calendar seconds to the first reply by a person (bots excluded), from the analysis. */
	firstResponseSeconds: number | null;
	resolved: boolean | null;
	botOnly: boolean;
}

export interface SurveyInput {
	surveyId: string;
	agentId: string;
	conversationId: string | null;
	/** 0–10. */
	score: number;
	answeredAt: number;
}

/** An innovation award for one agent or for a whole team. */
export interface AwardInput {
	awardId: string;
	title: string;
	agentId: string | null;
	team: string | null;
	amountFen: number;
	registeredAt: number;
}

export interface BonusInputs {
	period: BonusPeriod;
	agents: AgentInput[];
	conversations: ConversationInput[];
	surveys: SurveyInput[];
	/** Awards registered recently enough that their payout may fall in the period. */
	awards: AwardInput[];
	/** Order revenue in the period (sum of CONTAINS amountFen), for the replenishment rule. */
	revenueFen: number;
}
