// Range indexes for the time windows and filters the pages and the analysis use.
CREATE INDEX message_sent_at IF NOT EXISTS FOR (n:Message) ON (n.sentAt);
CREATE INDEX conversation_started_at IF NOT EXISTS FOR (n:Conversation) ON (n.startedAt);
CREATE INDEX conversation_risk IF NOT EXISTS FOR (n:Conversation) ON (n.riskLevel);
CREATE INDEX review_created_at IF NOT EXISTS FOR (n:Review) ON (n.createdAt);
CREATE INDEX review_source IF NOT EXISTS FOR (n:Review) ON (n.source);
CREATE INDEX order_ordered_at IF NOT EXISTS FOR (n:Order) ON (n.orderedAt);
CREATE INDEX return_returned_at IF NOT EXISTS FOR (n:Return) ON (n.returnedAt);
CREATE INDEX product_category IF NOT EXISTS FOR (n:Product) ON (n.category);
