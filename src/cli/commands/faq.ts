import type { Command } from 'commander';
import { demoFaqEvaluationSet } from '../../lib/domain/faq/demoFaq.js';
import { embedPendingFaqs } from '../../lib/server/faq/embeddings.js';
import { loadDemoFaq } from '../../lib/server/faq/demo.js';
import {
	evaluateSearch,
	evaluationModes,
	readEvaluationFile,
	type EvaluationCase
} from '../../lib/server/faq/evaluate.js';
import { loadSynonyms } from '../../lib/server/faq/synonyms.js';
import type { Graph } from '../../lib/server/graph/graph.js';
import { createLogger } from '../../lib/server/log.js';
import { openGraph } from '../../lib/server/runtime.js';
import { searchFaqs } from '../../lib/server/search/faqSearch.js';
import { createSentimentModel } from '../../lib/server/sentiment/index.js';
import { usageError } from '../../lib/server/errors.js';
import { progress } from '../progress.js';

const logger = createLogger('faq');

async function missingFaqIds(graph: Graph, cases: EvaluationCase[]): Promise<string[]> {
	const ids = [...new Set(cases.map((item) => item.faqId))];
	const rows = await graph.read<{ faqId: string }>(
		`UNWIND $ids AS id
		 OPTIONAL MATCH (f:FaqQuestion {faqId: id})
		 WITH id, f WHERE f IS NULL OR f.embedding IS NULL
		 RETURN id AS faqId`,
		{ ids }
	);
	return rows.map((row) => row.faqId);
}

function printReport(cases: number, report: Awaited<ReturnType<typeof evaluateSearch>>) {
	console.log(`FAQ retrieval over ${cases} queries`);
	console.log('mode       MRR@10  recall@5');
	for (const mode of evaluationModes) {
		const figures = report[mode];
		console.log(
			`${mode.padEnd(10)} ${figures.mrrAt10.toFixed(3).padStart(6)}  ${figures.recallAt5.toFixed(3).padStart(8)}`
		);
	}
	const round = (value: number) => Math.round(value * 1000) / 1000;
	console.log(
		JSON.stringify({
			name: 'faq-retrieval',
			queries: cases,
			...Object.fromEntries(
				evaluationModes.flatMap((mode) => [
					[`${mode}MrrAt10`, round(report[mode].mrrAt10)],
					[`${mode}RecallAt5`, round(report[mode].recallAt5)]
				])
			)
		})
	);
}

export function registerFaqCommands(program: Command): void {
	const faq = program.command('faq').description('FAQ knowledge graph: search and evaluation');

	faq
		.command('eval')
		.description('Measure FAQ retrieval (MRR@10, recall@5) of full-text, vector and hybrid search')
		.option(
			'--file <path>',
			'JSONL of {"query": "...", "faqId": "..."}; default: the held-out demo phrasings'
		)
		.action(async (options: { file?: string }) => {
			const cases = options.file ? await readEvaluationFile(options.file) : demoFaqEvaluationSet();
			const graph = await openGraph();
			const model = await createSentimentModel({ logger });
			try {
				if (!options.file) {
					// Idempotent: writes nothing new when the demo FAQ is already in the graph.
					await loadDemoFaq(graph);
					await embedPendingFaqs(graph, model, logger);
				}
				const missing = await missingFaqIds(graph, cases);
				if (missing.length) {
					throw usageError(
						`${missing.length} expected faqIds are not in the graph or not embedded yet ` +
							`(${missing.slice(0, 5).join(', ')}). Import the FAQ and run 'seam analyse'.`
					);
				}
				const bar = progress('faq eval');
				const report = await evaluateSearch(
					{ graph, synonyms: loadSynonyms().index, embedder: model },
					cases,
					(done, total) => bar.update(done, total)
				);
				bar.stop();
				printReport(cases.length, report);
			} finally {
				await model.close();
				await graph.close();
			}
		});

	faq
		.command('search')
		.description('Search the FAQ as an agent would and print the best answers')
		.argument('<query...>', 'what the customer asked')
		.option('--limit <n>', 'number of results', '5')
		.action(async (words: string[], options: { limit: string }) => {
			const limit = Number(options.limit);
			if (!Number.isInteger(limit) || limit < 1 || limit > 50) {
				throw usageError(`--limit must be a whole number from 1 to 50, not "${options.limit}"`);
			}
			const graph = await openGraph();
			const model = await createSentimentModel({ logger, workers: 0 });
			try {
				const searcher = { graph, synonyms: loadSynonyms().index, embedder: model };
				const result = await searchFaqs(searcher, words.join(' '), { limit });
				console.log(`words: ${result.words.join(' ')}  (${result.tookMs} ms)`);
				for (const [index, hit] of result.hits.entries()) {
					console.log(
						`${index + 1}. [${hit.faqId}] ${hit.topicPath}\n   Q: ${hit.question}\n   A: ${hit.answer}`
					);
				}
			} finally {
				await model.close();
				await graph.close();
			}
		});
}
