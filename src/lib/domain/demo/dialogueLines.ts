/**
 * Types of the message templates the conversation generator fills in. Each customer
 * complaint fragment contains exactly one negative word of the demo lexicon. Agent and bot
 * lines contain none, so a conversation's risk level comes from what the customer wrote.
 */

/** Case of a conversation, a finer grain than its topic. */
export type CaseKind =
	| 'sizeAdvice'
	| 'sizeComplaint'
	| 'fabric'
	| 'pilling'
	| 'color'
	| 'logistics'
	| 'exchange'
	| 'price'
	| 'afterSales'
	| 'membership';

/** Values a template may use; product fields are empty strings when there is no product. */
export interface LineContext {
	product: string;
	/** The size bought or worn. */
	size: string;
	/** The size recommended or to exchange to; equal to `size` when no size would be better. */
	otherSize: string;
	orderId: string;
	heightCm: number;
	weightKg: number;
	color: string;
	/** A fit problem phrase such as 胸围太紧. */
	fitProblem: string;
	/** The size-off remark such as 偏小一码. */
	sizeOff: string;
	agentName: string;
	/** Days the customer has been waiting for a delivery. */
	days: number;
	points: number;
}

export type Line = (context: LineContext) => string;

export interface CustomerLines {
	opening: Record<CaseKind, readonly Line[]>;
	followUp: Record<CaseKind, readonly Line[]>;
	/** Angry additions, each with exactly one negative word. */
	complaints: readonly string[];
	/** Calm remarks with a negated negative word (没有不满意, 质量不差) that naive counts mistake. */
	negatedRemarks: readonly string[];
	thanks: readonly string[];
	grudgingAccept: readonly string[];
	/** Closing words of an unresolved, unhappy customer, each with one negative word. */
	unhappyClose: readonly string[];
	transferRequest: readonly string[];
}

export interface AgentLines {
	/** Opening words that lead straight into the answer in the same message. */
	greeting: readonly Line[];
	answer: Record<CaseKind, readonly Line[]>;
	/** Replies to the customer's second message. */
	followUpAnswer: Record<CaseKind, readonly Line[]>;
	/** The answer to a fit complaint when the shop has no size to exchange to. */
	sizeFeedback: readonly Line[];
	/** Variants with a required phrase (抱歉, 立即处理, 补偿方案) and variants without. */
	apology: readonly string[];
	apologyWithoutPhrase: readonly string[];
	immediate: readonly string[];
	immediateWithoutPhrase: readonly string[];
	compensation: readonly string[];
	compensationWithoutPhrase: readonly string[];
	/** A senior agent taking over an escalated conversation. */
	takeover: readonly Line[];
	close: readonly string[];
}

export interface BotLines {
	answer: Record<CaseKind, readonly string[]>;
	transfer: readonly string[];
	/** The night-time notice that people are offline. */
	offHours: readonly string[];
	followUp: readonly string[];
}

export interface LanguageLines {
	customer: CustomerLines;
	agent: AgentLines;
	bot: BotLines;
}
