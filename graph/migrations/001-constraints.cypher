// Uniqueness constraints on every natural key. Each one also gives the range index that
// MERGE on that key uses.
CREATE CONSTRAINT product_id IF NOT EXISTS FOR (n:Product) REQUIRE n.productId IS UNIQUE;
CREATE CONSTRAINT sku_id IF NOT EXISTS FOR (n:Sku) REQUIRE n.skuId IS UNIQUE;
CREATE CONSTRAINT customer_id IF NOT EXISTS FOR (n:Customer) REQUIRE n.customerId IS UNIQUE;
CREATE CONSTRAINT order_id IF NOT EXISTS FOR (n:Order) REQUIRE n.orderId IS UNIQUE;
CREATE CONSTRAINT return_id IF NOT EXISTS FOR (n:Return) REQUIRE n.returnId IS UNIQUE;
CREATE CONSTRAINT conversation_id IF NOT EXISTS FOR (n:Conversation) REQUIRE n.conversationId IS UNIQUE;
CREATE CONSTRAINT message_id IF NOT EXISTS FOR (n:Message) REQUIRE n.messageId IS UNIQUE;
CREATE CONSTRAINT review_id IF NOT EXISTS FOR (n:Review) REQUIRE n.reviewId IS UNIQUE;
CREATE CONSTRAINT agent_id IF NOT EXISTS FOR (n:Agent) REQUIRE n.agentId IS UNIQUE;
CREATE CONSTRAINT team_name IF NOT EXISTS FOR (n:Team) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT survey_id IF NOT EXISTS FOR (n:Survey) REQUIRE n.surveyId IS UNIQUE;
CREATE CONSTRAINT category_name IF NOT EXISTS FOR (n:Category) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT analysis_run_id IF NOT EXISTS FOR (n:AnalysisRun) REQUIRE n.runId IS UNIQUE;
CREATE CONSTRAINT sentiment_cache_hash IF NOT EXISTS FOR (n:SentimentCache) REQUIRE n.textHash IS UNIQUE;
