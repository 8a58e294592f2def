import { randomUUID } from 'node:crypto';
import { escalationSteps } from '../escalation/steps.js';
import { faqAnalysisStep } from '../faq/analysisStep.js';
import { analyseConversations } from './conversations.js';
import { updateProductSignals } from './products.js';
import { analyseTexts } from './textSignals.js';
import { analyseSize } from '../size/analysisStep.js';
import { analyseTopics } from '../topics/analysisStep.js';
import type { AnalysisContext } from './types.js';

/**
 * Steps that run after messages, reviews and conversations are scored and before product
 * signals are rolled up, in this order. Each works incrementally and returns how many items
 * it handled.
 */
export const followUpSteps: Array<{
	name: string;
	run: (context: AnalysisContext) => Promise<number>;
}> = [
	...escalationSteps,
	faqAnalysisStep,
	{ name: 'size', run: analyseSize },
	{ name: 'topics', run: analyseTopics }
];

export interface AnalysisRunSummary {
	runId: string;
	messages: number;
	reviews: number;
	conversations: number;
	products: number;
	seconds: number;
	modelVersion: string;
}

/**
 * Runs the analysis over what changed since the last run (nodes with the `PendingAnalysis`
 * label), records the run in the graph, and returns its counts. With `full`, every message
 * and review is queued again first, for a new model or lexicon version.
 */
export async function runAnalysis(
	context: AnalysisContext,
	options: { full?: boolean; now?: () => number } = {}
): Promise<AnalysisRunSummary> {
	const now = options.now ?? Date.now;
	const runId = randomUUID();
	const started = now();
	const { graph, logger } = context;
	await graph.write(
		`CREATE (:AnalysisRun {runId: $runId, startedAt: datetime({epochMillis: toInteger($started)}),
		  status: 'running', modelVersion: $modelVersion})`,
		{ runId, started, modelVersion: context.model.version }
	);
	try {
		if (options.full) await queueEverything(context);
		logger.info({ runId, full: !!options.full }, 'analysis started');
		const messages = await analyseTexts(context, 'messages');
		const reviews = await analyseTexts(context, 'reviews');
		const conversations = await analyseConversations(context);
		for (const step of followUpSteps) {
			const count = await step.run(context);
			logger.info({ runId, step: step.name, count }, 'analysis step finished');
		}
		const products = await updateProductSignals(context);
		const summary = {
			runId,
			messages,
			reviews,
			conversations,
			products,
			seconds: Math.round((now() - started) / 100) / 10,
			modelVersion: context.model.version
		};
		await graph.write(
			`MATCH (r:AnalysisRun {runId: $runId})
			 SET r += $counts, r.status = 'finished', r.finishedAt = datetime({epochMillis: toInteger($finished)})`,
			{ runId, counts: { messages, reviews, conversations, products }, finished: now() }
		);
		logger.info(summary, 'analysis finished');
		return summary;
	} catch (error) {
		await graph
			.write(`MATCH (r:AnalysisRun {runId: $runId}) SET r.status = 'failed', r.error = $message`, {
				runId,
				message: (error as Error).message
			})
			.catch((recordError) =>
				logger.error({ runId, err: recordError }, 'could not record failed run')
			);
		logger.error({ runId, err: error }, 'analysis failed');
		throw error;
	}
}

async function queueEverything(context: AnalysisContext): Promise<void> {
	for (const label of ['Message', 'Review']) {
		await context.graph.autoCommit(
			`MATCH (n:${label}) CALL (n) { SET n:PendingAnalysis } IN TRANSACTIONS OF 10000 ROWS`
		);
	}
}
