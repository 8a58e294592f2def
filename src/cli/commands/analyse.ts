import type { Command } from 'commander';
import type { Graph } from '../../lib/server/graph/graph.js';
import { runAnalysis, type AnalysisRunSummary } from '../../lib/server/analysis/run.js';
import { createLogger } from '../../lib/server/log.js';
import { loadLexiconFromGraph } from '../../lib/server/lexicon.js';
import { loadSettings, openGraph } from '../../lib/server/runtime.js';
import { createSentimentModel } from '../../lib/server/sentiment/index.js';
import { progress, type ProgressReporter } from '../progress.js';

const logger = createLogger('analysis');

/** Runs the analysis with a progress bar per step and prints its counts. */
export async function analyseWithProgress(
	graph: Graph,
	options: { full: boolean }
): Promise<AnalysisRunSummary> {
	const model = await createSentimentModel({ logger });
	const bars = new Map<string, ProgressReporter>();
	try {
		const summary = await runAnalysis(
			{
				graph,
				model,
				lexicon: await loadLexiconFromGraph(graph),
				settings: loadSettings(),
				logger,
				onProgress: ({ step, done, total }) => {
					let bar = bars.get(step);
					if (!bar) bars.set(step, (bar = progress(step)));
					bar.update(done, total);
				}
			},
			options
		);
		for (const bar of bars.values()) bar.stop();
		console.log(
			`Analysed ${summary.messages} messages, ${summary.reviews} reviews, ` +
				`${summary.conversations} conversations and ${summary.products} products ` +
				`in ${summary.seconds} s (model ${summary.modelVersion})`
		);
		return summary;
	} finally {
		for (const bar of bars.values()) bar.stop();
		await model.close();
	}
}

export function registerAnalyseCommand(program: Command): void {
	program
		.command('analyse')
		.description(
			'Score new or changed messages and reviews, then roll up conversations and products'
		)
		.option('--full', 'analyse everything again, for a new model or lexicon')
		.action(async (options) => {
			const graph = await openGraph();
			try {
				await analyseWithProgress(graph, { full: !!options.full });
			} finally {
				await graph.close();
			}
		});
}
