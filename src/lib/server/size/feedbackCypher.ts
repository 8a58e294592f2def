/**
 * Writes of size feedback. `importedFeedback` takes canonical rows from the import adapters;
 * `derivedFeedback` takes rows the analysis derives from returns, reviews and conversations,
 * linked to their source node. Both merge on `feedbackId` and clear `clusterVersion`, which
 * queues the product for re-clustering.
 */

export const importedFeedback = `
UNWIND $rows AS row
MERGE (f:SizeFeedback {feedbackId: row.feedbackId})
SET f.fit = row.fit, f.bodyPart = row.bodyPart, f.text = row.text,
    f.at = CASE WHEN row.at IS NULL THEN null ELSE datetime({epochMillis: toInteger(row.at)}) END,
    f.source = row.source,
    f.productId = row.productId, f.size = row.size, f.phrases = row.phrases,
    f.heightCm = row.heightCm, f.weightKg = row.weightKg, f.chestCm = row.chestCm,
    f.waistCm = row.waistCm, f.hipsCm = row.hipsCm, f.clusterVersion = null
MERGE (p:Product {productId: row.productId})
MERGE (s:Sku {skuId: row.skuId})
ON CREATE SET s.size = row.size
MERGE (s)-[:OF]->(p)
MERGE (f)-[:ABOUT]->(s)
MERGE (c:Customer {customerId: row.customerId})
SET c.heightCm = coalesce(row.heightCm, c.heightCm), c.weightKg = coalesce(row.weightKg, c.weightKg),
    c.chestCm = coalesce(row.chestCm, c.chestCm), c.waistCm = coalesce(row.waistCm, c.waistCm),
    c.hipsCm = coalesce(row.hipsCm, c.hipsCm), c.bodyType = coalesce(row.bodyType, c.bodyType)
MERGE (f)-[:GIVEN_BY]->(c)`;

export type DerivedSource = 'return' | 'review' | 'conversation';

const sourceMatch: Record<DerivedSource, string> = {
	return: 'MATCH (src:Return {returnId: row.sourceId})',
	review: 'MATCH (src:Review {reviewId: row.sourceId})',
	conversation: 'MATCH (src:Conversation {conversationId: row.sourceId})'
};

/** Marks each source as checked and merges, updates or removes its one feedback entry. */
export function derivedFeedback(source: DerivedSource): string {
	return `
UNWIND $rows AS row
${sourceMatch[source]}
SET src.sizeChecked = row.checked
WITH src, row
CALL (row) {
  OPTIONAL MATCH (old:SizeFeedback {feedbackId: row.feedbackId}) WHERE row.fit IS NULL
  DETACH DELETE old
}
WITH src, row WHERE row.fit IS NOT NULL
MERGE (f:SizeFeedback {feedbackId: row.feedbackId})
SET f.fit = row.fit, f.bodyPart = row.bodyPart, f.text = row.text,
    f.at = CASE WHEN row.at IS NULL THEN null ELSE datetime({epochMillis: toInteger(row.at)}) END,
    f.source = '${source}', f.productId = row.productId, f.size = row.size,
    f.phrases = row.phrases, f.clusterVersion = null
MERGE (f)-[:FROM]->(src)
WITH f, row
MATCH (s:Sku {skuId: row.skuId})
MERGE (f)-[:ABOUT]->(s)
WITH f, row
MATCH (c:Customer {customerId: row.customerId})
MERGE (f)-[:GIVEN_BY]->(c)`;
}
