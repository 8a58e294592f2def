import path from 'node:path';
import type { Graph } from '../graph/graph.js';
import { createLogger } from '../log.js';
import { seamHome } from '../paths.js';
import { searchFaqs, type FaqSearchOptions } from '../search/faqSearch.js';
import { FaqVectorCache } from '../search/vectorCache.js';
import { sharedQueryEmbedder } from './queryEmbedder.js';
import { loadSynonyms } from './synonyms.js';

let vectors: FaqVectorCache | undefined;

/**
 * Returns the web server's in-process copy of the FAQ vector index, built or loaded in the background
 * on first use and saved under SEAM_HOME.
 */
export function sharedFaqVectors(graph: Graph): FaqVectorCache {
	if (!vectors) {
		vectors = new FaqVectorCache(graph, {
			dir: path.join(seamHome, 'faq-vectors'),
			logger: createLogger('faq')
		});
		void vectors.refresh();
	}
	return vectors;
}

/** Searches the FAQ with the web server's shared embedder, vector copy and synonym file. */
export async function searchFaqsShared(graph: Graph, query: string, options: FaqSearchOptions) {
	const embedder = await sharedQueryEmbedder();
	const searcher = {
		graph,
		synonyms: loadSynonyms().index,
		embedder,
		vectors: sharedFaqVectors(graph)
	};
	return searchFaqs(searcher, query, options);
}

export { getFaqDetail, getFaqNeighbourhood, mostAskedFaqs } from './detail.js';
export { handlingTimeComparison, markFaqUsed } from './usage.js';
export { parseFaqSearchParams } from './searchRequest.js';
