import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { generateDemo, type DemoScale } from '../../lib/domain/demo/index.js';
import { createSegmenter } from '../../lib/domain/topics/segment.js';
import { tagTopics, type TaggingInput } from '../../lib/domain/topics/tagger.js';
import { compileTaxonomy } from '../../lib/domain/topics/taxonomy.js';
import { evaluateTagging, type TaggingEvaluation } from '../../lib/domain/topics/evaluate.js';
import { usageError } from '../../lib/server/errors.js';
import { readTaxonomyFile, taxonomyFile } from '../../lib/server/topics/taxonomy.js';

interface LabelledText extends TaggingInput {
	topics: string[];
}

const lineSchema = z.object({
	texts: z.array(z.string()).min(1, 'needs at least one text'),
	topics: z.array(z.string().min(1)),
	productNames: z.array(z.string()).optional(),
	faqTopicPaths: z.array(z.string()).optional()
});

/** Reads labelled texts, one JSON object a line; all invalid lines are reported together. */
function readLabelled(file: string): LabelledText[] {
	const items: LabelledText[] = [];
	const problems: string[] = [];
	readFileSync(file, 'utf8')
		.split('\n')
		.forEach((line, index) => {
			if (!line.trim()) return;
			let json: unknown;
			try {
				json = JSON.parse(line);
			} catch {
				problems.push(`line ${index + 1}: invalid JSON`);
				return;
			}
			const parsed = lineSchema.safeParse(json);
			if (parsed.success) items.push(parsed.data);
			else
				problems.push(
					...parsed.error.issues.map((i) => `line ${index + 1}: ${i.path.join('.')} ${i.message}`)
				);
		});
	if (problems.length) {
		throw usageError(
			`${file} has invalid lines:\n  ${problems.slice(0, 20).join('\n  ')}\nEach line needs {"texts": [...], "topics": [...]}.`
		);
	}
	return items;
}

/** Customer texts of the demo conversations with their planted topic. */
function demoLabelled(scale: DemoScale): LabelledText[] {
	const { records, truth } = generateDemo({ scale });
	const topicOf = new Map(truth.conversations.map((c) => [c.conversationId, c.topic]));
	const nameOf = new Map(records.product.map((p) => [p.productId, p.name]));
	return records.conversation.map((conversation) => ({
		texts: conversation.messages.filter((m) => m.sender === 'customer').map((m) => m.text),
		productNames: [nameOf.get(conversation.productId ?? '') ?? ''].filter(Boolean),
		topics: [topicOf.get(conversation.conversationId)!]
	}));
}

function printEvaluation(evaluation: TaggingEvaluation, seconds: number, source: string) {
	const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);
	console.log(`Topic tagging on ${source}: ${evaluation.texts} texts in ${seconds.toFixed(2)} s`);
	console.log('topic        support  precision  recall');
	for (const row of evaluation.perTopic) {
		console.log(
			`${row.topicId.padEnd(12)} ${String(row.support).padStart(7)}  ${percent(row.precision).padStart(9)}  ${percent(row.recall).padStart(6)}`
		);
	}
	console.log(
		`${'all (micro)'.padEnd(12)} ${''.padStart(7)}  ${percent(evaluation.microPrecision).padStart(9)}  ${percent(evaluation.microRecall).padStart(6)}`
	);
	console.log(
		JSON.stringify({
			name: 'topic-tagging',
			source,
			texts: evaluation.texts,
			microPrecision: evaluation.microPrecision,
			microRecall: evaluation.microRecall,
			perTopic: Object.fromEntries(
				evaluation.perTopic.map((r) => [
					r.topicId,
					{ precision: r.precision, recall: r.recall, support: r.support }
				])
			),
			seconds
		})
	);
}

export function registerTopicsCommands(program: Command): void {
	const topics = program.command('topics').description('Service-topic tagging');
	topics
		.command('evaluate')
		.description(
			'Tag labelled texts with the topic taxonomy and print precision and recall per topic. ' +
				'Without --file, uses the demo conversations and their planted topics.'
		)
		.option(
			'--file <path>',
			'JSON lines: {"texts": [...], "topics": [...], "productNames"?: [...]}'
		)
		.option('--scale <scale>', 'demo scale when no file is given: small or full', 'small')
		.option('--taxonomy <path>', 'taxonomy file', taxonomyFile)
		.action((options: { file?: string; scale: string; taxonomy: string }) => {
			if (!options.file && !['small', 'full'].includes(options.scale)) {
				throw usageError(`Invalid --scale '${options.scale}': use small or full.`);
			}
			const taxonomy = compileTaxonomy(readTaxonomyFile(options.taxonomy));
			const segment = createSegmenter(taxonomy.tokenTopics.keys());
			const items = options.file
				? readLabelled(options.file)
				: demoLabelled(options.scale as DemoScale);
			const started = performance.now();
			const predicted = items.map((item) =>
				tagTopics(item, taxonomy, segment).topics.map((t) => t.topicId)
			);
			const seconds = (performance.now() - started) / 1000;
			const evaluation = evaluateTagging(
				items.map((item, i) => ({ truth: item.topics, predicted: predicted[i] })),
				taxonomy.topics.map((t) => t.topicId)
			);
			printEvaluation(evaluation, seconds, options.file ?? `demo-${options.scale}`);
		});
}
