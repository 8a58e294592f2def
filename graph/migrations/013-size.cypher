// Size feedback, complaint clusters and size recommendations. Feedback and clusters are
// merged on their ids, so re-imports and re-runs of the analysis add nothing.
CREATE CONSTRAINT size_feedback_id IF NOT EXISTS FOR (n:SizeFeedback) REQUIRE n.feedbackId IS UNIQUE;
CREATE CONSTRAINT complaint_cluster_id IF NOT EXISTS FOR (n:ComplaintCluster) REQUIRE n.clusterId IS UNIQUE;
CREATE CONSTRAINT size_recommendation_id IF NOT EXISTS FOR (n:SizeRecommendation) REQUIRE n.recommendationId IS UNIQUE;
CREATE CONSTRAINT size_model_name IF NOT EXISTS FOR (n:SizeModel) REQUIRE n.name IS UNIQUE;
CREATE INDEX size_feedback_product IF NOT EXISTS FOR (n:SizeFeedback) ON (n.productId);
CREATE INDEX complaint_cluster_product IF NOT EXISTS FOR (n:ComplaintCluster) ON (n.productId);
