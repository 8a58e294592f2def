/** Sender of a message, as stored on (:Message {sender}). */
export type Sender = 'customer' | 'agent' | 'bot';

/** A conversation as coverage reads it: its risk level and its messages in order. */
export interface CoverageConversation {
	conversationId: string;
	startedAtMs: number;
	riskLevel: 'low' | 'medium' | 'high' | null;
	/** In conversation order (message `seq`). */
	messages: Array<{ sender: Sender; sentAtMs: number }>;
}

/** Handling of a conversation: the bot alone, the bot then a person, a person, or no reply. */
export type Handling = 'bot' | 'transfer' | 'agent' | 'unanswered';

/**
 * Derives the handling from the message order: the first reply decides bot or person, and a
 * person's message after a bot's first reply means the bot handed the conversation over.
 */
export function handlingOf(conversation: Pick<CoverageConversation, 'messages'>): Handling {
	const replies = conversation.messages.filter((message) => message.sender !== 'customer');
	if (replies.length === 0) return 'unanswered';
	if (replies[0].sender === 'agent') return 'agent';
	return replies.some((message) => message.sender === 'agent') ? 'transfer' : 'bot';
}
