import { riskLevel, type RiskLevel, type RiskThresholds } from '../risk/riskLevel';

export interface MessageSignals {
	sender: 'customer' | 'agent' | 'bot';
	/** Epoch milliseconds, or null for corpora without timestamps. */
	sentAt: number | null;
	/** Model probability that the message is negative, 0..1. */
	negative: number | null;
	negativeWordCount: number | null;
}

export interface ConversationSummary {
	messageCount: number;
	startedAt: number | null;
	endedAt: number | null;
	/** Negative words in the customer's messages: the lexicon signal behind the risk level. */
	negativeWordCount: number;
	riskLevel: RiskLevel;
	/** Mean model negativity of the customer's messages: the second, separate signal. */
	customerNegative: number | null;
	maxCustomerNegative: number | null;
	isNegative: boolean;
	/** Seconds from the customer's first message to the first reply by a person (bots excluded). */
	firstResponseSeconds: number | null;
	botOnly: boolean;
}

export interface SummaryRules {
	risk: RiskThresholds;
	negativeThreshold: number;
}

function mean(values: number[]): number | null {
	return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

function firstResponseSeconds(messages: MessageSignals[]): number | null {
	const firstCustomer = messages.find((m) => m.sender === 'customer' && m.sentAt !== null);
	if (!firstCustomer?.sentAt) return null;
	const reply = messages.find(
		(m) => m.sender === 'agent' && m.sentAt !== null && m.sentAt >= firstCustomer.sentAt!
	);
	return reply?.sentAt ? Math.round((reply.sentAt - firstCustomer.sentAt) / 1000) : null;
}

/** Summarises one conversation's messages, given in order, into its service signals. */
export function summarizeConversation(
	messages: MessageSignals[],
	rules: SummaryRules
): ConversationSummary {
	const customer = messages.filter((m) => m.sender === 'customer');
	const negatives = customer.map((m) => m.negative).filter((n): n is number => n !== null);
	const times = messages.map((m) => m.sentAt).filter((t): t is number => t !== null);
	const negativeWordCount = customer.reduce((sum, m) => sum + (m.negativeWordCount ?? 0), 0);
	const customerNegative = mean(negatives);
	return {
		messageCount: messages.length,
		startedAt: times.length ? Math.min(...times) : null,
		endedAt: times.length ? Math.max(...times) : null,
		negativeWordCount,
		riskLevel: riskLevel(negativeWordCount, rules.risk),
		customerNegative,
		maxCustomerNegative: negatives.length ? Math.max(...negatives) : null,
		isNegative: customerNegative !== null && customerNegative >= rules.negativeThreshold,
		firstResponseSeconds: firstResponseSeconds(messages),
		botOnly: messages.some((m) => m.sender === 'bot') && !messages.some((m) => m.sender === 'agent')
	};
}
