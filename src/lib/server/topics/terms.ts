import type { CompiledTaxonomy } from '../../domain/topics/taxonomy.js';
import { audit } from '../audit/audit.js';
import { SeamError } from '../errors.js';
import type { Graph } from '../graph/graph.js';

export type TermStatus = 'candidate' | 'mapped' | 'ignored';

export interface TopicTermRow {
	term: string;
	status: TermStatus;
	/** Conversations and reviews whose customer text contains the term. */
	texts: number;
	topicId: string | null;
	decidedBy: string | null;
	decidedAt: number | null;
}

export interface TopicTermList {
	/** Texts tagged so far, the base of the share threshold. */
	taggedTexts: number;
	/** Texts a candidate needs before it is listed. */
	minTexts: number;
	candidates: TopicTermRow[];
	decided: TopicTermRow[];
}

const termColumns = `t.term AS term, t.status AS status, t.texts AS texts, t.topicId AS topicId,
  t.decidedBy AS decidedBy, t.decidedAt AS decidedAt`;

/**
 * Lists frequent terms no topic covers (those in at least `minTexts` texts and `minShare` of
 * all tagged texts, most frequent first) and the terms an admin already mapped or ignored.
 */
export async function listTopicTerms(
	graph: Graph,
	taxonomy: CompiledTaxonomy,
	limit = 200
): Promise<TopicTermList> {
	const [{ taggedTexts }] = await graph.read<{ taggedTexts: number }>(
		`CALL () { MATCH (c:Conversation) WHERE c.topicKey IS NOT NULL RETURN count(c) AS conversations }
		 CALL () { MATCH (r:Review) WHERE r.topicKey IS NOT NULL RETURN count(r) AS reviews }
		 RETURN conversations + reviews AS taggedTexts`
	);
	const minTexts = Math.max(
		taxonomy.discovery.minTexts,
		Math.ceil(taxonomy.discovery.minShare * taggedTexts)
	);
	const candidates = await graph.read<TopicTermRow>(
		`MATCH (t:TopicTerm {status: 'candidate'}) WHERE t.texts >= $minTexts
		 AND NOT t.term IN $keywords
		 RETURN ${termColumns} ORDER BY t.texts DESC, t.term LIMIT toInteger($limit)`,
		{ minTexts, keywords: [...taxonomy.tokenTopics.keys()], limit }
	);
	const decided = await graph.read<TopicTermRow>(
		`MATCH (t:TopicTerm) WHERE t.status IN ['mapped', 'ignored']
		 RETURN ${termColumns} ORDER BY t.decidedAt DESC, t.term`
	);
	return { taggedTexts, minTexts, candidates, decided };
}

export type TermDecision =
	{ term: string; action: 'map'; topicId: string } | { term: string; action: 'ignore' | 'reset' };

/**
 * Records an admin's decision on a term and audits it. A mapped term counts as a keyword of
 * its topic from the next analysis run on, which re-tags every text because the taxonomy
 * version changes; `reset` makes the term a candidate again.
 */
export async function decideTopicTerm(
	graph: Graph,
	taxonomy: CompiledTaxonomy,
	decision: TermDecision,
	actor: string
): Promise<TopicTermRow> {
	const topicId = decision.action === 'map' ? decision.topicId : null;
	if (topicId !== null && !taxonomy.topics.some((t) => t.topicId === topicId)) {
		throw new SeamError(
			`Unknown topic '${topicId}' for term '${decision.term}': choose one of ${taxonomy.topics.map((t) => t.topicId).join(', ')}.`,
			'topic_unknown'
		);
	}
	const statusOfAction: Record<typeof decision.action, TermStatus> = {
		map: 'mapped',
		ignore: 'ignored',
		reset: 'candidate'
	};
	const status = statusOfAction[decision.action];
	const [row] = await graph.write<TopicTermRow>(
		`MATCH (t:TopicTerm {term: $term})
		 SET t.status = $status, t.topicId = $topicId, t.decidedBy = $actor,
		     t.decidedAt = datetime()
		 RETURN ${termColumns}`,
		{ term: decision.term, status, topicId, actor }
	);
	if (!row) {
		throw new SeamError(
			`Term '${decision.term}' not found: only terms found by an analysis run can be mapped or ignored.`,
			'topic_term_not_found'
		);
	}
	await audit(graph, {
		actor,
		action: `topics.term.${decision.action}`,
		target: decision.term,
		details: topicId ? { topicId } : {}
	});
	return row;
}

export interface TopicCount {
	topicId: string;
	nameZh: string;
	nameEn: string;
	conversations: number;
	reviews: number;
}

/** Conversations and reviews tagged with each service topic. */
export async function countTopics(graph: Graph): Promise<TopicCount[]> {
	return graph.read<TopicCount>(
		`MATCH (s:ServiceTopic)
		 RETURN s.topicId AS topicId, s.nameZh AS nameZh, s.nameEn AS nameEn,
		        COUNT { (:Conversation)-[:HAS_TOPIC]->(s) } AS conversations,
		        COUNT { (:Review)-[:HAS_TOPIC]->(s) } AS reviews
		 ORDER BY conversations DESC, topicId`
	);
}
