// Service topics: the taxonomy's topics, and the frequent terms an admin maps or ignores.
CREATE CONSTRAINT service_topic_id IF NOT EXISTS FOR (n:ServiceTopic) REQUIRE n.topicId IS UNIQUE;
CREATE CONSTRAINT topic_term_text IF NOT EXISTS FOR (n:TopicTerm) REQUIRE n.term IS UNIQUE;
CREATE INDEX topic_term_status IF NOT EXISTS FOR (n:TopicTerm) ON (n.status);
