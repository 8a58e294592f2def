import type { AnalysisContext } from '../analysis/types.js';
import { embedPendingFaqs, isTextEmbedder } from './embeddings.js';
import { matchMessagesToFaqs } from './matchMessages.js';
import { loadSynonyms, writeSynonymTerms } from './synonyms.js';

/**
 * The FAQ step of the analysis run: embeds new or changed FAQs, refreshes their related
 * questions, mirrors the synonym file into the graph and links customer messages to the FAQ
 * they ask about. Returns the number of new MATCHED links.
 */
export async function runFaqAnalysis(context: AnalysisContext): Promise<number> {
	const { graph, logger, model } = context;
	if (!isTextEmbedder(model)) {
		logger.warn('the analysis model has no embed(); FAQ embeddings and matches were skipped');
		return 0;
	}
	const changed = await embedPendingFaqs(graph, model, logger);
	if (changed.length) await writeSynonymTerms(graph, loadSynonyms().groups);
	return matchMessagesToFaqs(graph, model, logger, { recheckAll: changed.length > 0 });
}

export const faqAnalysisStep = { name: 'faq', run: runFaqAnalysis };
