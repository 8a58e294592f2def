import { createHash } from 'node:crypto';
import { topicChain, type FaqEntry } from '../../domain/faq/schema.js';
import type { Graph } from '../graph/graph.js';

/**
 * Writes FAQ entries with their topic chain and product/category links, merged on faqId so a
 * second import changes nothing. An entry whose text changed gets the `PendingEmbedding`
 * label; the FAQ analysis step embeds it and refreshes its related questions.
 */
export const writeFaqCypher = `
UNWIND $rows AS row
MERGE (f:FaqQuestion {faqId: row.faqId})
WITH f, row, coalesce(f.textHash, '') <> row.textHash AS changed
SET f.question = row.question, f.answer = row.answer, f.paraphrases = row.paraphrases,
    f.paraphrasesText = row.paraphrasesText, f.tags = row.tags, f.topicPath = row.topicPath,
    f.source = row.source, f.textHash = row.textHash
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END | SET f:PendingEmbedding)
FOREACH (topic IN row.topics |
  MERGE (t:Topic {path: topic.path}) SET t.name = topic.name)
FOREACH (topic IN [t IN row.topics WHERE t.parentPath IS NOT NULL] |
  MERGE (child:Topic {path: topic.path})
  MERGE (parent:Topic {path: topic.parentPath})
  MERGE (child)-[:CHILD_OF]->(parent))
WITH f, row
CALL (f, row) {
  MATCH (f)-[old:IN_TOPIC|ABOUT]->(target)
  WHERE (target:Topic AND target.path <> row.topicPath)
     OR (target:Product AND NOT target.productId IN row.productIds)
     OR (target:Category AND NOT target.name IN row.categories)
  DELETE old
}
MATCH (topic:Topic {path: row.topicPath})
MERGE (f)-[:IN_TOPIC]->(topic)
FOREACH (id IN row.productIds | MERGE (p:Product {productId: id}) MERGE (f)-[:ABOUT]->(p))
FOREACH (name IN row.categories | MERGE (c:Category {name: name}) MERGE (f)-[:ABOUT]->(c))`;

/** Where an entry came from, e.g. `demo`, `abcd` or the imported file's name. */
export type FaqSource = string;

export function faqTextHash(entry: FaqEntry): string {
	const text = [entry.question, entry.answer, ...entry.paraphrases].join('\u0000');
	return createHash('sha1').update(text).digest('hex');
}

/** The parameter row `writeFaqCypher` expects for one entry. */
export function faqRow(entry: FaqEntry, source: FaqSource): Record<string, unknown> {
	return {
		...entry,
		paraphrasesText: entry.paraphrases.join('\n'),
		topics: topicChain(entry.topicPath),
		source,
		textHash: faqTextHash(entry)
	};
}

/** Writes entries in batches of `batchSize` rows; returns how many were written. */
export async function writeFaqEntries(
	graph: Graph,
	entries: Array<{ entry: FaqEntry; source: FaqSource }>,
	batchSize = 500
): Promise<number> {
	for (let start = 0; start < entries.length; start += batchSize) {
		const rows = entries
			.slice(start, start + batchSize)
			.map(({ entry, source }) => faqRow(entry, source));
		await graph.write(writeFaqCypher, { rows });
	}
	return entries.length;
}
