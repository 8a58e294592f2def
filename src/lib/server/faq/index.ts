import type { Graph } from '../graph/graph.js';
import { searchFaqs, type FaqSearchOptions } from '../search/faqSearch.js';
import { sharedQueryEmbedder } from './queryEmbedder.js';
import { loadSynonyms } from './synonyms.js';

/** Searches the FAQ with the web server's shared embedder and the synonym file. */
export async function searchFaqsShared(graph: Graph, query: string, options: FaqSearchOptions) {
	const embedder = await sharedQueryEmbedder();
	return searchFaqs({ graph, synonyms: loadSynonyms().index, embedder }, query, options);
}

export { getFaqDetail, getFaqNeighbourhood, mostAskedFaqs } from './detail.js';
export { handlingTimeComparison, markFaqUsed } from './usage.js';
export { parseFaqSearchParams } from './searchRequest.js';
