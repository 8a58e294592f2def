/**
 * Batched, idempotent writes: one constant query per kind over `UNWIND $rows`, merged on the
 * natural key, so the server caches the plan and importing a file twice changes nothing.
 * References to nodes not imported yet (a review's product, an order's customer) are merged
 * by key alone and filled in when their own file arrives.
 *
 * A node whose text is new or changed gets the `PendingAnalysis` label, which the analysis
 * job consumes.
 */

const ms = (field: string) =>
	`CASE WHEN ${field} IS NULL THEN null ELSE datetime({epochMillis: toInteger(${field})}) END`;

export const writeCypher = {
	product: `
UNWIND $rows AS row
MERGE (p:Product {productId: row.productId})
SET p.name = row.name, p.category = row.category, p.line = row.line,
    p.priceFen = toInteger(row.priceFen), p.launchedAt = ${ms('row.launchedAt')}
MERGE (c:Category {name: row.category})
MERGE (p)-[:IN_CATEGORY]->(c)`,

	sku: `
UNWIND $rows AS row
MERGE (s:Sku {skuId: row.skuId})
SET s.size = row.size, s.color = row.color, s.chestCm = row.chestCm, s.waistCm = row.waistCm,
    s.lengthCm = row.lengthCm, s.shoulderCm = row.shoulderCm, s.sleeveCm = row.sleeveCm
MERGE (p:Product {productId: row.productId})
MERGE (s)-[:OF]->(p)`,

	customer: `
UNWIND $rows AS row
MERGE (c:Customer {customerId: row.customerId})
SET c.heightCm = row.heightCm, c.weightKg = row.weightKg, c.chestCm = row.chestCm,
    c.waistCm = row.waistCm, c.hipsCm = row.hipsCm, c.bodyType = row.bodyType,
    c.region = row.region, c.priority = row.priority`,

	orderLine: `
UNWIND $rows AS row
MERGE (o:Order {orderId: row.orderId})
SET o.orderedAt = ${ms('row.orderedAt')}
MERGE (c:Customer {customerId: row.customerId})
MERGE (o)-[:PLACED_BY]->(c)
MERGE (s:Sku {skuId: row.skuId})
MERGE (o)-[line:CONTAINS]->(s)
SET line.quantity = toInteger(row.quantity), line.amountFen = toInteger(row.amountFen)`,

	return: `
UNWIND $rows AS row
MERGE (r:Return {returnId: row.returnId})
SET r.reason = row.reason, r.note = row.note, r.returnedAt = ${ms('row.returnedAt')}
MERGE (o:Order {orderId: row.orderId})
MERGE (r)-[:OF_ORDER]->(o)
MERGE (s:Sku {skuId: row.skuId})
MERGE (r)-[:FOR]->(s)`,

	conversation: `
UNWIND $rows AS row
MERGE (c:Conversation {conversationId: row.conversationId})
SET c.channel = coalesce(row.channel, c.channel), c.priority = coalesce(row.priority, c.priority),
    c.resolved = coalesce(row.resolved, c.resolved), c.source = coalesce(row.source, c.source),
    c.accomplishment = coalesce(row.accomplishment, c.accomplishment),
    c.satisfaction = coalesce(row.satisfaction, c.satisfaction),
    c.effectiveness = coalesce(row.effectiveness, c.effectiveness)
FOREACH (id IN CASE WHEN row.customerId IS NULL THEN [] ELSE [row.customerId] END |
  MERGE (cu:Customer {customerId: id}) MERGE (c)-[:WITH]->(cu))
FOREACH (id IN CASE WHEN row.productId IS NULL THEN [] ELSE [row.productId] END |
  MERGE (p:Product {productId: id}) MERGE (c)-[:ABOUT]->(p))`,

	message: `
UNWIND $rows AS row
MERGE (c:Conversation {conversationId: row.conversationId})
MERGE (m:Message {messageId: row.messageId})
FOREACH (_ IN CASE WHEN m.textHash IS NULL OR m.textHash <> row.textHash THEN [1] ELSE [] END |
  SET m:PendingAnalysis)
SET m.seq = toInteger(row.seq), m.sender = row.sender, m.text = row.text,
    m.textHash = row.textHash, m.sentAt = ${ms('row.sentAt')}
MERGE (m)-[:IN]->(c)
FOREACH (id IN CASE WHEN row.agentId IS NULL THEN [] ELSE [row.agentId] END |
  MERGE (a:Agent {agentId: id}) MERGE (a)-[:SENT]->(m) MERGE (a)-[:HANDLED]->(c))`,

	review: `
UNWIND $rows AS row
MERGE (r:Review {reviewId: row.reviewId})
FOREACH (_ IN CASE WHEN r.textHash IS NULL OR r.textHash <> row.textHash THEN [1] ELSE [] END |
  SET r:PendingAnalysis)
SET r.source = row.source, r.title = row.title, r.text = row.text, r.textHash = row.textHash,
    r.rating = row.rating, r.label = row.label, r.recommended = row.recommended,
    r.category = row.category, r.department = row.department, r.className = row.className,
    r.createdAt = ${ms('row.createdAt')}
FOREACH (id IN CASE WHEN row.productId IS NULL THEN [] ELSE [row.productId] END |
  MERGE (p:Product {productId: id}) MERGE (r)-[:ABOUT]->(p))
FOREACH (id IN CASE WHEN row.customerId IS NULL THEN [] ELSE [row.customerId] END |
  MERGE (cu:Customer {customerId: id}) MERGE (cu)-[:WROTE]->(r))`,

	agent: `
UNWIND $rows AS row
MERGE (a:Agent {agentId: row.agentId})
SET a.name = row.name, a.seniority = row.seniority, a.certification = row.certification,
    a.joinedAt = ${ms('row.joinedAt')}, a.leftAt = ${ms('row.leftAt')}
MERGE (t:Team {name: row.team})
MERGE (a)-[:MEMBER_OF]->(t)
WITH a, t
MATCH (a)-[old:MEMBER_OF]->(other:Team) WHERE other <> t
DELETE old`,

	survey: `
UNWIND $rows AS row
MERGE (s:Survey {surveyId: row.surveyId})
SET s.score = toInteger(row.score), s.answeredAt = ${ms('row.answeredAt')}
FOREACH (id IN CASE WHEN row.conversationId IS NULL THEN [] ELSE [row.conversationId] END |
  MERGE (c:Conversation {conversationId: id}) MERGE (s)-[:RATES]->(c))
FOREACH (id IN CASE WHEN row.agentId IS NULL THEN [] ELSE [row.agentId] END |
  MERGE (a:Agent {agentId: id}) MERGE (s)-[:RATES_AGENT]->(a))
FOREACH (id IN CASE WHEN row.customerId IS NULL THEN [] ELSE [row.customerId] END |
  MERGE (cu:Customer {customerId: id}) MERGE (cu)-[:ANSWERED]->(s))`
} as const;

export type WriteKind = keyof typeof writeCypher;
