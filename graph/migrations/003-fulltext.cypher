// Full-text indexes over Chinese text. The cjk analyzer splits Han characters into
// bigrams, so queries match without a word segmenter inside Lucene.
CREATE FULLTEXT INDEX message_text IF NOT EXISTS FOR (n:Message) ON EACH [n.text]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
CREATE FULLTEXT INDEX review_text IF NOT EXISTS FOR (n:Review) ON EACH [n.text, n.title]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
CREATE FULLTEXT INDEX product_name IF NOT EXISTS FOR (n:Product) ON EACH [n.name, n.category, n.line]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
