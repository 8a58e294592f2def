import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFaq, demoFaqEvaluationSet } from '../../domain/faq/demoFaq.js';
import { clearGraph, graphCounts, openTestGraph } from '../../../test/graph.js';
import type { Graph } from '../graph/graph.js';
import { findAdapter, importFile } from '../import/index.js';
import { createLogger } from '../log.js';
import { searchFaqs, type FaqSearcher } from '../search/faqSearch.js';
import { createSentimentModel, type SentimentModel } from '../sentiment/index.js';
import { loadDemoFaq } from './demo.js';
import { embedPendingFaqs } from './embeddings.js';
import { evaluateSearch } from './evaluate.js';
import { matchMessagesToFaqs } from './matchMessages.js';
import { loadSynonyms } from './synonyms.js';
import { handlingTimeComparison, markFaqUsed } from './usage.js';

const logger = createLogger('test');
let graph: Graph;
let model: SentimentModel;
let folder: string;

beforeAll(async () => {
	graph = await openTestGraph();
	await clearGraph(graph);
	model = await createSentimentModel({ logger, workers: 0 });
	folder = await mkdtemp(path.join(tmpdir(), 'seam-faq-'));
}, 120_000);

afterAll(async () => {
	await model?.close();
	await clearGraph(graph);
	await graph.close();
});

const csv = `faqId,question,answer,paraphrases,topicPath,productIds,categories,tags
f-return,怎么申请退货？,在订单里点申请售后。,我想退货|点样退货,售后/退换/退货流程,P001,trousers,退货
f-size,衬衫尺码怎么选？,按胸围对照尺码表。,衬衫码数|恤衫咩码,尺码/尺码表,,shirt,尺码|尺码表
f-bad,,没有问题的答案,,售后,,,
`;

async function importCsv(name: string, text: string) {
	const filePath = path.join(folder, name);
	await writeFile(filePath, text);
	return importFile({
		graph,
		adapter: findAdapter('faqs')!,
		filePath,
		timeZone: 'Asia/Shanghai',
		rejectsDir: folder,
		logger
	});
}

describe('faqs import', () => {
	it('writes entries, topics and links and rejects bad rows', async () => {
		const summary = await importCsv('faqs.csv', csv);
		expect(summary.imported).toBe(2);
		expect(summary.rejected).toBe(1);
		const [row] = await graph.read<{ topics: string[]; about: string[]; pending: boolean }>(
			`MATCH (f:FaqQuestion {faqId: 'f-return'})-[:IN_TOPIC]->(t:Topic)
			 MATCH path = (t)-[:CHILD_OF*]->(:Topic {path: '售后'})
			 RETURN [n IN nodes(path) | n.name] AS topics,
			        [(f)-[:ABOUT]->(n) | coalesce(n.productId, n.name)] AS about,
			        f:PendingEmbedding AS pending`
		);
		expect(row.topics).toEqual(['退货流程', '退换', '售后']);
		expect(row.about.sort()).toEqual(['P001', 'trousers']);
		expect(row.pending).toBe(true);
	});

	it('changes nothing when the same file is imported again', async () => {
		const before = await graphCounts(graph);
		await importCsv('faqs-again.csv', csv);
		expect(await graphCounts(graph)).toEqual(before);
	});

	it('moves an entry to its new topic and drops old links', async () => {
		await importCsv(
			'faqs-moved.csv',
			'faqId,question,answer,topicPath\nf-return,怎么申请退货？,在订单里点申请售后。,售后/退货\n'
		);
		const rows = await graph.read<{ path: string; about: number }>(
			`MATCH (f:FaqQuestion {faqId: 'f-return'})-[:IN_TOPIC]->(t)
			 RETURN t.path AS path, COUNT { (f)-[:ABOUT]->() } AS about`
		);
		expect(rows).toEqual([{ path: '售后/退货', about: 0 }]);
	});
});

describe('abcd-kb import', () => {
	const datasets = process.env.SEAM_DATASETS;
	it.skipIf(!datasets)('turns each ABCD subflow into an FAQ entry', async () => {
		const summary = await importFile({
			graph,
			adapter: findAdapter('abcd-kb')!,
			filePath: path.join(datasets!, 'abcd-action-based-conversations', 'guidelines.json'),
			timeZone: 'Asia/Shanghai',
			rejectsDir: folder,
			logger
		});
		expect(summary.rejected).toBe(0);
		expect(summary.imported).toBeGreaterThanOrEqual(50);
		const [row] = await graph.read<{ question: string; tags: string[]; topic: string }>(
			`MATCH (f:FaqQuestion {faqId: 'abcd:product_defect/return_size'})-[:IN_TOPIC]->(t)
			 RETURN f.question AS question, f.tags AS tags, t.path AS topic`
		);
		expect(row.topic).toBe('ABCD/Product Defect/Return Due to Size');
		expect(row.tags).toContain('return_size');
	});
});

describe('FAQ search on the demo FAQ', () => {
	let searcher: FaqSearcher;

	beforeAll(async () => {
		await loadDemoFaq(graph);
		await embedPendingFaqs(graph, model, logger);
		searcher = { graph, synonyms: loadSynonyms().index, embedder: model };
	}, 300_000);

	it('embeds every entry and links related questions', async () => {
		const [row] = await graph.read<{ missing: number; related: number }>(
			`MATCH (f:FaqQuestion) WHERE f.faqId STARTS WITH 'demo-'
			 RETURN count(CASE WHEN f.embedding IS NULL THEN 1 END) AS missing,
			        COUNT { (:FaqQuestion)-[:RELATED]->(:FaqQuestion) } AS related`
		);
		expect(row.missing).toBe(0);
		expect(row.related).toBeGreaterThan(demoFaq.length);
	});

	it.each([
		{ query: '衬衫L码胸围多大', faqId: 'demo-size-chart-shirt' },
		{ query: '件冷衫着咗两次就起波', faqId: 'demo-care-pilling' },
		{ query: '退了货一个星期钱还没到', faqId: 'demo-refund-time' },
		{ query: '收到貨十天了還能退嗎', faqId: 'demo-return-7days' },
		{ query: '寄香港要几多运费', faqId: 'demo-ship-fee' }
	])('finds $faqId for $query', async ({ query, faqId }) => {
		const result = await searchFaqs(searcher, query, { limit: 3 });
		expect(result.hits.map((hit) => hit.faqId)).toContain(faqId);
	});

	it('ranks the held-out phrasings well', async () => {
		const cases = demoFaqEvaluationSet().filter((_, index) => index % 4 === 0);
		const report = await evaluateSearch(searcher, cases);
		expect(report.hybrid.mrrAt10).toBeGreaterThanOrEqual(0.8);
		expect(report.hybrid.recallAt5).toBeGreaterThanOrEqual(0.9);
	}, 120_000);

	it.each(['尺码 OR *', '"', '\\', 'title:x', 'a AND b', '(', '~', '^2', '*:*', '*', ')))'])(
		'searches %s without error or matching everything',
		async (query) => {
			const result = await searchFaqs(searcher, query, { mode: 'fulltext', limit: 50 });
			expect(result.hits.length).toBeLessThan(demoFaq.length);
			const hybrid = await searchFaqs(searcher, query, { limit: 5 });
			expect(hybrid.hits.length).toBeLessThanOrEqual(5);
		}
	);

	it('finds the size chart for an injection around a real word', async () => {
		const result = await searchFaqs(searcher, '尺码 OR *', { mode: 'fulltext', limit: 5 });
		expect(result.hits[0]?.topicPath).toMatch(/^尺码/);
	});

	it('links customer messages to the FAQ they ask', async () => {
		await graph.write(
			`UNWIND $rows AS row
			 MERGE (m:Message {messageId: row.id})
			 SET m.sender = row.sender, m.text = row.text, m.textHash = row.id`,
			{
				rows: [
					{ id: 'm1', sender: 'customer', text: '我退货寄回去好几天了，什么时候退款？' },
					{ id: 'm2', sender: 'customer', text: '好的' },
					{ id: 'm3', sender: 'agent', text: '退款会在三个工作日内到账' }
				]
			}
		);
		await matchMessagesToFaqs(graph, model, logger);
		const rows = await graph.read<{ id: string; faqId: string | null; checked: boolean }>(
			`MATCH (m:Message) WHERE m.messageId IN ['m1', 'm2', 'm3']
			 OPTIONAL MATCH (m)-[:MATCHED]->(f:FaqQuestion)
			 RETURN m.messageId AS id, f.faqId AS faqId, m.faqCheckedHash IS NOT NULL AS checked
			 ORDER BY id`
		);
		expect(rows).toEqual([
			{ id: 'm1', faqId: 'demo-refund-time', checked: true },
			{ id: 'm2', faqId: null, checked: true },
			{ id: 'm3', faqId: null, checked: false }
		]);
	});

	it('attaches related questions and expanded words', async () => {
		const result = await searchFaqs(searcher, '码数', { limit: 1 });
		expect(result.words).toEqual(expect.arrayContaining(['码数', '尺码']));
		expect(result.hits[0].related.length).toBeGreaterThan(0);
	});
});

describe('FAQ use and handling time', () => {
	it('compares conversations with and without an FAQ used', async () => {
		const start = Date.UTC(2024, 0, 1);
		await graph.write(
			`UNWIND $rows AS row
			 CREATE (:Conversation {conversationId: row.id,
			   startedAt: datetime({epochMillis: toInteger(row.start)}),
			   endedAt: datetime({epochMillis: toInteger(row.start + row.minutes * 60000)})})`,
			{
				rows: [
					{ id: 'c1', start, minutes: 2 },
					{ id: 'c2', start, minutes: 4 },
					{ id: 'c3', start, minutes: 6 }
				]
			}
		);
		expect(
			await markFaqUsed(graph, {
				conversationId: 'c1',
				faqId: 'demo-refund-time',
				by: 'A1',
				atMs: start
			})
		).toBe(true);
		expect(
			await markFaqUsed(graph, {
				conversationId: 'missing',
				faqId: 'demo-refund-time',
				by: 'A1',
				atMs: start
			})
		).toBe(false);
		const comparison = await handlingTimeComparison(graph);
		expect(comparison.withFaq).toEqual({ conversations: 1, meanMinutes: 2, medianMinutes: 2 });
		expect(comparison.withoutFaq).toEqual({ conversations: 2, meanMinutes: 5, medianMinutes: 5 });
	});
});
