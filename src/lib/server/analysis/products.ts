import type { AnalysisContext } from './types.js';

/**
 * Recomputes every product's service signals in one pass: conversations about it, reviews of
 * it, the share of both that the model judges negative, order lines and returns of its SKUs.
 * Products are few next to messages, so a full pass stays cheap and never leaves a product
 * stale after a re-import.
 */
const updateSignals = `
MATCH (p:Product)
CALL (p) {
  OPTIONAL MATCH (c:Conversation)-[:ABOUT]->(p)
  RETURN count(c) AS conversations,
         count(CASE WHEN c.isNegative THEN 1 END) AS negativeConversations,
         count(CASE WHEN c.riskLevel = 'high' THEN 1 END) AS highRiskConversations
}
CALL (p) {
  OPTIONAL MATCH (r:Review)-[:ABOUT]->(p)
  RETURN count(r) AS reviews,
         count(CASE WHEN r.negative >= $negativeThreshold THEN 1 END) AS negativeReviews
}
CALL (p) {
  OPTIONAL MATCH (s:Sku)-[:OF]->(p)
  OPTIONAL MATCH (o:Order)-[line:CONTAINS]->(s)
  RETURN sum(coalesce(line.quantity, 0)) AS unitsSold
}
CALL (p) {
  OPTIONAL MATCH (ret:Return)-[:FOR]->(:Sku)-[:OF]->(p)
  RETURN count(ret) AS returns,
         count(CASE WHEN ret.reason IN ['size_small', 'size_large'] THEN 1 END) AS sizeReturns
}
SET p.conversationCount = conversations, p.negativeConversationCount = negativeConversations,
    p.highRiskConversationCount = highRiskConversations,
    p.reviewCount = reviews, p.negativeReviewCount = negativeReviews,
    p.negativeShare = CASE WHEN conversations + reviews = 0 THEN null
      ELSE toFloat(negativeConversations + negativeReviews) / (conversations + reviews) END,
    p.unitsSold = unitsSold, p.returnCount = returns, p.sizeReturnCount = sizeReturns,
    p.returnRate = CASE WHEN unitsSold = 0 THEN null ELSE toFloat(returns) / unitsSold END,
    p.signalsUpdatedAt = datetime()
RETURN count(p) AS products`;

export async function updateProductSignals(context: AnalysisContext): Promise<number> {
	context.onProgress?.({ step: 'products', done: 0, total: 1 });
	const [{ products }] = await context.graph.write<{ products: number }>(updateSignals, {
		negativeThreshold: context.settings.negativeThreshold
	});
	context.onProgress?.({ step: 'products', done: products, total: products });
	return products;
}
