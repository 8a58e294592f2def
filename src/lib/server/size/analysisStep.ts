import type { AnalysisContext } from '../analysis/types.js';
import { clusterAffectedProducts } from './clusterProducts.js';
import { deriveFeedback } from './derive.js';
import { loadFitRules } from './rules.js';
import { trainSizeModel } from './trainModel.js';

/**
 * Analysis step: derives size feedback from size returns and from fit remarks in reviews and
 * customer messages, re-clusters the products whose feedback changed, and retrains the size
 * model when anything changed. Returns how many sources were checked.
 */
export async function analyseSize(context: AnalysisContext): Promise<number> {
	const { graph, logger } = context;
	const rules = loadFitRules();
	let checked = 0;
	for (const source of ['return', 'review', 'conversation'] as const) {
		checked += await deriveFeedback(graph, source, rules);
	}
	const products = await clusterAffectedProducts(graph);
	const [{ model }] = await graph.read<{ model: number }>(
		'MATCH (m:SizeModel) RETURN count(m) AS model'
	);
	let observations = 0;
	if (products > 0 || model === 0) observations = await trainSizeModel(graph);
	logger.info({ checked, products, observations }, 'size feedback analysed');
	return checked;
}
