import type { Graph } from '../graph/graph.js';

export interface FaqDetail {
	faqId: string;
	question: string;
	answer: string;
	paraphrases: string[];
	tags: string[];
	topicPath: string;
	source: string | null;
	/** Topic names from the root down. */
	topics: string[];
	related: Array<{ faqId: string; question: string; score: number }>;
	/** Customer messages matched to this FAQ, in total and per product of their conversation. */
	matchedMessages: number;
	matchedByProduct: Array<{ productId: string; name: string | null; messages: number }>;
	usedInConversations: number;
}

/** One FAQ with its topic chain, related questions and how often customers ask it. */
export async function getFaqDetail(graph: Graph, faqId: string): Promise<FaqDetail | null> {
	const [row] = await graph.read<FaqDetail>(
		`MATCH (f:FaqQuestion {faqId: $faqId})
		 CALL (f) {
		   OPTIONAL MATCH (f)-[:IN_TOPIC]->(leaf:Topic)
		   OPTIONAL MATCH chain = (leaf)-[:CHILD_OF*0..]->(root:Topic) WHERE NOT (root)-[:CHILD_OF]->()
		   RETURN [t IN reverse(nodes(chain)) | t.name] AS topics
		 }
		 CALL (f) {
		   OPTIONAL MATCH (f)-[r:RELATED]->(other:FaqQuestion)
		   WITH r, other ORDER BY r.score DESC
		   RETURN collect(CASE WHEN other IS NULL THEN null ELSE
		     {faqId: other.faqId, question: other.question, score: r.score} END) AS related
		 }
		 CALL (f) {
		   OPTIONAL MATCH (m:Message)-[:MATCHED]->(f)
		   RETURN count(m) AS matchedMessages
		 }
		 CALL (f) {
		   OPTIONAL MATCH (m:Message)-[:MATCHED]->(f)
		   OPTIONAL MATCH (m)-[:IN]->(:Conversation)-[:ABOUT]->(p:Product)
		   WITH p, count(DISTINCT m) AS messages WHERE p IS NOT NULL
		   ORDER BY messages DESC LIMIT 10
		   RETURN collect({productId: p.productId, name: p.name, messages: messages}) AS matchedByProduct
		 }
		 CALL (f) {
		   OPTIONAL MATCH (c:Conversation)-[:USED_FAQ]->(f)
		   RETURN count(c) AS usedInConversations
		 }
		 RETURN f.faqId AS faqId, f.question AS question, f.answer AS answer,
		        coalesce(f.paraphrases, []) AS paraphrases, coalesce(f.tags, []) AS tags,
		        f.topicPath AS topicPath, f.source AS source, coalesce(topics, []) AS topics,
		        related, matchedMessages, matchedByProduct, usedInConversations`,
		{ faqId }
	);
	return row ?? null;
}

export type NeighbourKind = 'faq' | 'topic' | 'product' | 'category' | 'term';

export interface NeighbourNode {
	id: string;
	label: string;
	kind: NeighbourKind;
	/** True for the FAQ the view is centred on. */
	centre: boolean;
	/** Target of a link to that node's page, when it has one. */
	faqId?: string;
}

export interface NeighbourLink {
	source: string;
	target: string;
	type: 'RELATED' | 'IN_TOPIC' | 'CHILD_OF' | 'ABOUT' | 'MATCHED_PRODUCT';
	weight: number;
}

/**
 * The FAQ's neighbourhood for the graph view: related FAQs, its topic chain, the products
 * and categories it is about, and the products whose customers ask it most.
 */
export async function getFaqNeighbourhood(
	graph: Graph,
	faqId: string
): Promise<{ nodes: NeighbourNode[]; links: NeighbourLink[] } | null> {
	const detail = await getFaqDetail(graph, faqId);
	if (!detail) return null;
	const about = await graph.read<{ kind: 'product' | 'category'; key: string; label: string }>(
		`MATCH (:FaqQuestion {faqId: $faqId})-[:ABOUT]->(n)
		 RETURN CASE WHEN n:Product THEN 'product' ELSE 'category' END AS kind,
		        coalesce(n.productId, n.name) AS key, coalesce(n.name, n.productId) AS label`,
		{ faqId }
	);
	const nodes = new Map<string, NeighbourNode>();
	const links: NeighbourLink[] = [];
	const centreId = `faq:${faqId}`;
	nodes.set(centreId, { id: centreId, label: detail.question, kind: 'faq', centre: true, faqId });
	for (const other of detail.related) {
		const id = `faq:${other.faqId}`;
		nodes.set(id, { id, label: other.question, kind: 'faq', centre: false, faqId: other.faqId });
		links.push({ source: centreId, target: id, type: 'RELATED', weight: other.score });
	}
	let child = centreId;
	const segments = detail.topicPath.split('/');
	for (let depth = segments.length; depth > 0; depth -= 1) {
		const id = `topic:${segments.slice(0, depth).join('/')}`;
		nodes.set(id, { id, label: segments[depth - 1], kind: 'topic', centre: false });
		links.push({
			source: child,
			target: id,
			type: child === centreId ? 'IN_TOPIC' : 'CHILD_OF',
			weight: 1
		});
		child = id;
	}
	for (const item of about) {
		const id = `${item.kind}:${item.key}`;
		nodes.set(id, { id, label: item.label, kind: item.kind, centre: false });
		links.push({ source: centreId, target: id, type: 'ABOUT', weight: 1 });
	}
	for (const product of detail.matchedByProduct.slice(0, 5)) {
		const id = `product:${product.productId}`;
		nodes.set(id, { id, label: product.name ?? product.productId, kind: 'product', centre: false });
		links.push({ source: id, target: centreId, type: 'MATCHED_PRODUCT', weight: product.messages });
	}
	return { nodes: [...nodes.values()], links };
}

export interface FaqTopicCount {
	topicPath: string;
	faqs: number;
	matchedMessages: number;
}

/** The FAQs customers ask most, by matched messages, for the /faq landing card. */
export async function mostAskedFaqs(graph: Graph, limit = 8) {
	return graph.read<{
		faqId: string;
		question: string;
		topicPath: string;
		matchedMessages: number;
	}>(
		`MATCH (m:Message)-[:MATCHED]->(f:FaqQuestion)
		 WITH f, count(m) AS matchedMessages ORDER BY matchedMessages DESC LIMIT toInteger($limit)
		 RETURN f.faqId AS faqId, f.question AS question, f.topicPath AS topicPath, matchedMessages`,
		{ limit }
	);
}
