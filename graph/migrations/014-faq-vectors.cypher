// One node counts changes to the FAQ embeddings, so the in-process vector copy knows when to rebuild.
CREATE CONSTRAINT faq_vector_state_key IF NOT EXISTS FOR (n:FaqVectorState) REQUIRE n.key IS UNIQUE;
