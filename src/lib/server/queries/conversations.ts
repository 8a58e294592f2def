import type { RiskLevel } from '../../domain/risk/riskLevel.js';
import type { Graph } from '../graph/graph.js';

export interface ConversationListRow {
	conversationId: string;
	startedAt: number | null;
	productId: string | null;
	productName: string | null;
	customerId: string | null;
	messageCount: number | null;
	riskLevel: RiskLevel | null;
	negativeWordCount: number | null;
	customerNegative: number | null;
	source: string | null;
}

export interface ConversationPage {
	rows: ConversationListRow[];
	total: number;
}

const listColumns = `
  c.conversationId AS conversationId, c.startedAt AS startedAt, p.productId AS productId,
  p.name AS productName, cu.customerId AS customerId, c.messageCount AS messageCount,
  c.riskLevel AS riskLevel, c.negativeWordCount AS negativeWordCount,
  c.customerNegative AS customerNegative, c.source AS source`;

// An agent sees only the conversations they handled; `$agentId` null means no such limit.
const agentScope = `($agentId IS NULL OR EXISTS { (:Agent {agentId: $agentId})-[:HANDLED]->(c) })`;

/**
 * Lists conversations, newest first, optionally of one risk level and only those one agent
 * handled.
 */
export async function listConversations(
	graph: Graph,
	options: { risk: RiskLevel | null; offset: number; limit: number; agentId?: string | null }
): Promise<ConversationPage> {
	const params = {
		risk: options.risk,
		offset: options.offset,
		limit: options.limit,
		agentId: options.agentId ?? null
	};
	const rows = await graph.read<ConversationListRow>(
		`MATCH (c:Conversation)
		 WHERE ($risk IS NULL OR c.riskLevel = $risk) AND ${agentScope}
		 WITH c ORDER BY c.startedAt IS NULL, c.startedAt DESC, c.conversationId
		 SKIP toInteger($offset) LIMIT toInteger($limit)
		 OPTIONAL MATCH (c)-[:ABOUT]->(p:Product)
		 OPTIONAL MATCH (c)-[:WITH]->(cu:Customer)
		 RETURN ${listColumns}`,
		params
	);
	const [{ total }] = await graph.read<{ total: number }>(
		`MATCH (c:Conversation) WHERE ($risk IS NULL OR c.riskLevel = $risk) AND ${agentScope}
		 RETURN count(c) AS total`,
		params
	);
	return { rows, total };
}

export interface MessageView {
	messageId: string;
	seq: number;
	sender: 'customer' | 'agent' | 'bot';
	agentId: string | null;
	agentName: string | null;
	sentAt: number | null;
	text: string;
	negative: number | null;
	negativeWords: string[];
	negatedWords: string[];
	/** Reply quality 0..1 of an agent message, once the analysis scored it. */
	replyQuality: number | null;
	requiredPhrasesFound: string[] | null;
}

export interface ConversationDetail extends ConversationListRow {
	firstResponseSeconds: number | null;
	isNegative: boolean | null;
	accomplishment: number | null;
	satisfaction: number | null;
	effectiveness: number | null;
	messages: MessageView[];
}

/**
 * One conversation with its messages; null when it does not exist or, with `agentId` set, when
 * that agent did not handle it.
 */
export async function getConversation(
	graph: Graph,
	conversationId: string,
	agentId: string | null = null
): Promise<ConversationDetail | null> {
	const [row] = await graph.read<ConversationDetail>(
		`MATCH (c:Conversation {conversationId: $conversationId})
		 WHERE ${agentScope}
		 OPTIONAL MATCH (c)-[:ABOUT]->(p:Product)
		 OPTIONAL MATCH (c)-[:WITH]->(cu:Customer)
		 CALL (c) {
		   MATCH (m:Message)-[:IN]->(c)
		   OPTIONAL MATCH (a:Agent)-[:SENT]->(m)
		   WITH m, a ORDER BY m.seq
		   RETURN collect({messageId: m.messageId, seq: m.seq, sender: m.sender,
		     agentId: a.agentId, agentName: a.name, sentAt: m.sentAt, text: m.text,
		     negative: m.negative, negativeWords: coalesce(m.negativeWords, []),
		     negatedWords: coalesce(m.negatedWords, []), replyQuality: m.replyQuality,
		     requiredPhrasesFound: m.requiredPhrasesFound}) AS messages
		 }
		 RETURN ${listColumns}, c.firstResponseSeconds AS firstResponseSeconds,
		        c.isNegative AS isNegative, c.accomplishment AS accomplishment,
		        c.satisfaction AS satisfaction, c.effectiveness AS effectiveness, messages`,
		{ conversationId, agentId }
	);
	return row ?? null;
}
