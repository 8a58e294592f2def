import { indexedDemoFaq } from '../../domain/faq/demoFaq.js';
import type { Graph } from '../graph/graph.js';
import { loadSynonyms, writeSynonymTerms } from './synonyms.js';
import { writeFaqEntries } from './write.js';

/**
 * Writes the demo tenant's FAQ (without its held-out phrasings) and the synonym terms.
 * The entries are embedded by the next analysis run.
 */
export async function loadDemoFaq(graph: Graph): Promise<number> {
	const entries = indexedDemoFaq().map((entry) => ({ entry, source: 'demo' }));
	await writeFaqEntries(graph, entries);
	await writeSynonymTerms(graph, loadSynonyms().groups);
	return entries.length;
}
