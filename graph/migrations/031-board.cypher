// Linkage board: one card per product, and the append-only history of its changes.
CREATE CONSTRAINT board_card_product IF NOT EXISTS FOR (n:BoardCard) REQUIRE n.productId IS UNIQUE;
CREATE CONSTRAINT board_card_change_id IF NOT EXISTS FOR (n:BoardCardChange) REQUIRE n.changeId IS UNIQUE;
CREATE INDEX size_feedback_at IF NOT EXISTS FOR (n:SizeFeedback) ON (n.at);
