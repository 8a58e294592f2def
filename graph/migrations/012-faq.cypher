// FAQ knowledge graph: entries, their topic tree and the shop-term synonyms.
CREATE CONSTRAINT faq_id IF NOT EXISTS FOR (n:FaqQuestion) REQUIRE n.faqId IS UNIQUE;
CREATE CONSTRAINT faq_topic_path IF NOT EXISTS FOR (n:Topic) REQUIRE n.path IS UNIQUE;
CREATE CONSTRAINT faq_term_text IF NOT EXISTS FOR (n:Term) REQUIRE n.text IS UNIQUE;
// Full-text index for agent search. It covers the paraphrases through paraphrasesText, the
// list joined with newlines. The cjk analyzer splits Han characters into bigrams.
CREATE FULLTEXT INDEX faq_text IF NOT EXISTS FOR (n:FaqQuestion) ON EACH [n.question, n.paraphrasesText, n.answer]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
// bge-small-zh-v1.5 [CLS] embeddings, L2-normalised, so cosine equals the dot product.
CREATE VECTOR INDEX faq_embedding IF NOT EXISTS FOR (n:FaqQuestion) ON n.embedding
  OPTIONS { indexConfig: { `vector.dimensions`: 512, `vector.similarity_function`: 'cosine' } };
