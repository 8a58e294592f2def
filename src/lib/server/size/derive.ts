import { extractFit } from '../../domain/size/extractFit.js';
import type { FitRules } from '../../domain/size/fitRules.js';
import type { Graph } from '../graph/graph.js';
import { derivedFeedback, type DerivedSource } from './feedbackCypher.js';

/**
 * Candidates per source: not yet checked with this rule version and this text. Each row
 * names the SKU the customer bought (the latest order line of the product before the text),
 * which is what the feedback is about.
 */
const latestSku = (customer: string, product: string, scope: string, before: string) => `
CALL (${customer}, ${product}, ${scope}) {
  OPTIONAL MATCH (${customer})<-[:PLACED_BY]-(o:Order)-[:CONTAINS]->(s:Sku)-[:OF]->(${product})
  WHERE ${before} IS NULL OR o.orderedAt <= ${before}
  RETURN s ORDER BY o.orderedAt DESC LIMIT 1
}`;

const candidates: Record<DerivedSource, string> = {
	return: `
MATCH (r:Return)-[:FOR]->(s:Sku)-[:OF]->(p:Product)
WHERE r.reason IN ['size_small', 'size_large']
  AND coalesce(r.sizeChecked, '') <> $version + ':' + coalesce(r.note, '')
OPTIONAL MATCH (r)-[:OF_ORDER]->(:Order)-[:PLACED_BY]->(c:Customer)
RETURN r.returnId AS sourceId, r.reason AS reason, coalesce(r.note, '') AS text,
       r.returnedAt AS at, s.skuId AS skuId, s.size AS size, p.productId AS productId,
       c.customerId AS customerId, $version + ':' + coalesce(r.note, '') AS checked
LIMIT toInteger($limit)`,
	review: `
MATCH (cu:Customer)-[:WROTE]->(rv:Review)-[:ABOUT]->(p:Product)
WHERE coalesce(rv.sizeChecked, '') <> $version + ':' + coalesce(rv.textHash, '')
${latestSku('cu', 'p', 'rv', 'rv.createdAt')}
RETURN rv.reviewId AS sourceId, null AS reason,
       coalesce(rv.title + '。', '') + coalesce(rv.text, '') AS text, rv.createdAt AS at,
       s.skuId AS skuId, s.size AS size, p.productId AS productId, cu.customerId AS customerId,
       $version + ':' + coalesce(rv.textHash, '') AS checked
LIMIT toInteger($limit)`,
	conversation: `
MATCH (c:Conversation)-[:ABOUT]->(p:Product), (c)-[:WITH]->(cu:Customer)
CALL (c) {
  MATCH (m:Message)-[:IN]->(c) WHERE m.sender = 'customer'
  WITH m ORDER BY m.seq
  RETURN collect(m.text) AS texts, min(m.sentAt) AS at
}
WITH c, p, cu, texts, at, $version + ':' + toString(size(texts)) AS checked
WHERE coalesce(c.sizeChecked, '') <> checked
${latestSku('cu', 'p', 'at', 'at')}
RETURN c.conversationId AS sourceId, null AS reason,
       reduce(joined = '', t IN texts | joined + t + '。') AS text, at,
       s.skuId AS skuId, s.size AS size, p.productId AS productId, cu.customerId AS customerId,
       checked
LIMIT toInteger($limit)`
};

interface Candidate {
	sourceId: string;
	reason: string | null;
	text: string;
	at: number | null;
	skuId: string | null;
	size: string | null;
	productId: string;
	customerId: string | null;
	checked: string;
}

/**
 * A size return is small or large by its reason, and its note may name the body part. A
 * review or conversation counts only when its text has a fit remark and the customer's SKU
 * is known.
 */
function feedbackRow(source: DerivedSource, row: Candidate, rules: FitRules) {
	const verdict = extractFit(row.text, rules);
	const base = {
		sourceId: row.sourceId,
		checked: row.checked,
		feedbackId: `${source}:${row.sourceId}`
	};
	const usable = row.skuId !== null && row.customerId !== null;
	let fit: string | undefined;
	if (source === 'return') fit = row.reason === 'size_small' ? 'small' : 'large';
	else if (verdict && usable) fit = verdict.fit;
	if (!fit || !usable) return { ...base, fit: null };
	const sameDirection = verdict && verdict.fit === fit;
	return {
		...base,
		fit,
		bodyPart: sameDirection ? (verdict.bodyPart ?? null) : null,
		text: row.text,
		at: row.at,
		productId: row.productId,
		skuId: row.skuId,
		size: row.size,
		customerId: row.customerId,
		phrases: verdict?.phrases ?? []
	};
}

/** Derives feedback from one kind of source in batches; returns how many sources it checked. */
export async function deriveFeedback(
	graph: Graph,
	source: DerivedSource,
	rules: FitRules,
	batchSize = 500
): Promise<number> {
	let checked = 0;
	for (;;) {
		const batch = await graph.read<Candidate>(candidates[source], {
			version: rules.version,
			limit: batchSize
		});
		if (batch.length === 0) return checked;
		const rows = batch.map((row) => feedbackRow(source, row, rules));
		await graph.write(derivedFeedback(source), { rows });
		checked += batch.length;
	}
}
