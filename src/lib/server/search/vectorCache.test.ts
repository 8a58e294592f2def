import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFaqEvaluationSet } from '../../domain/faq/demoFaq.js';
import { clearGraph, openTestGraph } from '../../../test/graph.js';
import { loadDemoFaq } from '../faq/demo.js';
import { embedPendingFaqs } from '../faq/embeddings.js';
import type { Graph } from '../graph/graph.js';
import { createLogger } from '../log.js';
import { createSentimentModel, type SentimentModel } from '../sentiment/index.js';
import { FaqVectorCache, readFaqVectorStamp } from './vectorCache.js';

const logger = createLogger('test');
let graph: Graph;
let model: SentimentModel;
let folder: string;

beforeAll(async () => {
	graph = await openTestGraph();
	await clearGraph(graph);
	model = await createSentimentModel({ logger, workers: 0 });
	folder = await mkdtemp(path.join(tmpdir(), 'seam-vectors-'));
	await loadDemoFaq(graph);
	await embedPendingFaqs(graph, model, logger);
}, 300_000);

afterAll(async () => {
	await model?.close();
	await clearGraph(graph);
	await graph.close();
});

async function neo4jNearest(vector: Float32Array, k: number): Promise<string[]> {
	const rows = await graph.read<{ faqId: string }>(
		`CALL db.index.vector.queryNodes('faq_embedding', toInteger($k), $vector)
		 YIELD node RETURN node.faqId AS faqId`,
		{ k, vector: Array.from(vector) }
	);
	return rows.map((row) => row.faqId);
}

describe('the in-process FAQ vector copy', () => {
	it('answers nothing until it is built, then holds every embedded FAQ', async () => {
		const cache = new FaqVectorCache(graph, { logger });
		const [vector] = await model.embed(['衬衫尺码怎么选']);
		expect(cache.search(vector, 5)).toBeNull();
		await cache.ready();
		const [{ embedded }] = await graph.read<{ embedded: number }>(
			'MATCH (f:FaqQuestion) WHERE f.embedding IS NOT NULL RETURN count(f) AS embedded'
		);
		expect(cache.size).toBe(embedded);
		expect(cache.source).toBe('graph');
	});

	it("agrees with Neo4j's vector index on the nearest FAQ of held-out phrasings", async () => {
		const cache = new FaqVectorCache(graph, { logger });
		await cache.ready();
		const queries = demoFaqEvaluationSet().map((item) => item.query);
		const vectors = await model.embed(queries);
		let same = 0;
		for (const vector of vectors) {
			const [ours] = cache.search(vector, 10) ?? [];
			const [theirs] = await neo4jNearest(vector, 10);
			if (ours === theirs) same += 1;
		}
		expect(same / queries.length).toBeGreaterThanOrEqual(0.95);
	});

	it('loads a saved copy for the same graph instead of rebuilding it', async () => {
		const first = new FaqVectorCache(graph, { logger, dir: folder });
		await first.ready();
		expect(first.source).toBe('graph');
		const second = new FaqVectorCache(graph, { logger, dir: folder });
		await second.ready();
		expect(second.source).toBe('disk');
		expect(second.size).toBe(first.size);
	});

	it('rebuilds after an embedding change', async () => {
		const cache = new FaqVectorCache(graph, { logger, dir: folder });
		await cache.ready();
		expect(await cache.isCurrent()).toBe(true);
		const before = await readFaqVectorStamp(graph);
		await graph.write(
			`CREATE (:FaqQuestion:PendingEmbedding {faqId: 'zz-new', question: '羽绒服可以机洗吗',
			   answer: '建议干洗。', paraphrases: ['羽绒服能不能放洗衣机'], topicPath: '面料/洗护'})`
		);
		await embedPendingFaqs(graph, model, logger);
		const after = await readFaqVectorStamp(graph);
		expect(after.revision).toBe(before.revision + 1);
		expect(after.count).toBe(before.count + 1);

		// While the copy is stale, search queries Neo4j. The freshness check starts the rebuild.
		expect(await cache.isCurrent()).toBe(false);
		await cache.ready();
		expect(await cache.isCurrent()).toBe(true);
		expect(cache.source).toBe('graph');
		const [vector] = await model.embed(['羽绒服可以机洗吗']);
		expect(cache.search(vector, 1)).toEqual(['zz-new']);
	});
});
