import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../domain/demo/index.js';
import { evaluateTagging } from '../../domain/topics/evaluate.js';
import { clearGraph, openTestGraph } from '../../../test/graph.js';
import type { AnalysisContext } from '../analysis/types.js';
import { loadDemo } from '../demo/loadDemo.js';
import type { Graph } from '../graph/graph.js';
import { createLogger } from '../log.js';
import { analyseTopics } from './analysisStep.js';
import { loadTopicTagger } from './taxonomy.js';
import { decideTopicTerm, listTopicTerms } from './terms.js';

const logger = createLogger('test');
let graph: Graph;
let context: AnalysisContext;
let firstRunTagged = 0;

beforeAll(async () => {
	graph = await openTestGraph();
	await clearGraph(graph);
	await loadDemo(graph, { scale: 'small', logger });
	// Tagging reads only the graph; the sentiment parts of the context stay unused.
	context = { graph, logger } as unknown as AnalysisContext;
	firstRunTagged = await analyseTopics(context);
}, 120_000);
afterAll(async () => {
	await graph?.close();
});

describe('topic tagging on the small demo tenant', () => {
	it('tags every conversation and review once', async () => {
		const [row] = await graph.read<{ conversations: number; reviews: number; untagged: number }>(
			`CALL () { MATCH (c:Conversation) RETURN count(c) AS conversations }
			 CALL () { MATCH (r:Review) RETURN count(r) AS reviews }
			 CALL () { MATCH (c:Conversation) WHERE c.topicKey IS NULL RETURN count(c) AS untagged }
			 RETURN conversations, reviews, untagged`
		);
		expect(firstRunTagged).toBe(row.conversations + row.reviews);
		expect(row.untagged).toBe(0);
	});

	it('writes the ServiceTopic contract', async () => {
		const topics = await graph.read<{ topicId: string; nameZh: string; nameEn: string }>(
			'MATCH (s:ServiceTopic) RETURN s.topicId AS topicId, s.nameZh AS nameZh, s.nameEn AS nameEn'
		);
		const ids = topics.map((t) => t.topicId).sort();
		expect(ids).toEqual(
			[
				'afterSales',
				'color',
				'exchange',
				'fabric',
				'logistics',
				'membership',
				'pilling',
				'price',
				'size'
			].sort()
		);
		expect(topics.find((t) => t.topicId === 'size')).toMatchObject({
			nameZh: '尺码',
			nameEn: 'Size'
		});
	});

	it('matches the planted topics per topic', async () => {
		const { truth } = generateDemo({ scale: 'small' });
		const rows = await graph.read<{ id: string; topics: string[] }>(
			`MATCH (c:Conversation)
			 RETURN c.conversationId AS id, [(c)-[:HAS_TOPIC]->(s:ServiceTopic) | s.topicId] AS topics`
		);
		const predicted = new Map(rows.map((r) => [r.id, r.topics]));
		const evaluation = evaluateTagging(
			truth.conversations.map((c) => ({
				truth: [c.topic],
				predicted: predicted.get(c.conversationId) ?? []
			})),
			Object.keys(truth.conversations.reduce((s, c) => ({ ...s, [c.topic]: 1 }), {}))
		);
		for (const topic of evaluation.perTopic) {
			// The demo asks "会不会起球" as a fabric question, which the tagger files under
			// pilling, so those two topics get lower floors.
			const floor = { fabric: 0.6, pilling: 0.6 }[topic.topicId] ?? 0.85;
			expect(topic.precision, `${topic.topicId} precision`).toBeGreaterThanOrEqual(floor);
			expect(topic.recall, `${topic.topicId} recall`).toBeGreaterThanOrEqual(floor);
		}
		expect(evaluation.microPrecision).toBeGreaterThan(0.9);
		expect(evaluation.microRecall).toBeGreaterThan(0.95);
	});

	it('tags size reviews', async () => {
		const [row] = await graph.read<{ tagged: number }>(
			`MATCH (r:Review)-[:HAS_TOPIC]->(:ServiceTopic {topicId: 'size'}) RETURN count(r) AS tagged`
		);
		expect(row.tagged).toBeGreaterThan(20);
	});

	it('second run tags nothing', async () => {
		expect(await analyseTopics(context)).toBe(0);
	});

	it('re-tags a conversation whose messages changed', async () => {
		await graph.write(
			`MATCH (c:Conversation) WITH c ORDER BY c.conversationId LIMIT 1
			 SET c.messageCount = coalesce(c.messageCount, 0) + 1`
		);
		expect(await analyseTopics(context)).toBe(1);
	});
});

describe('new topic terms', () => {
	it('lists frequent terms without keywords or stop words', async () => {
		const { taxonomy } = await loadTopicTagger(graph);
		const list = await listTopicTerms(graph, taxonomy);
		expect(list.candidates.length).toBeGreaterThan(0);
		for (const row of list.candidates) {
			expect(row.texts).toBeGreaterThanOrEqual(list.minTexts);
			expect(taxonomy.tokenTopics.has(row.term), row.term).toBe(false);
			expect(taxonomy.stopWords.has(row.term), row.term).toBe(false);
		}
	});

	it('term counts equal a recount from the texts', async () => {
		const rows = await graph.read<{ term: string; texts: number; recount: number }>(
			`MATCH (t:TopicTerm) WITH t ORDER BY t.texts DESC LIMIT 20
			 CALL (t) {
			   CALL (t) { MATCH (c:Conversation) WHERE t.term IN c.topicTerms RETURN count(c) AS c }
			   CALL (t) { MATCH (r:Review) WHERE t.term IN r.topicTerms RETURN count(r) AS r }
			   RETURN c + r AS recount
			 }
			 RETURN t.term AS term, t.texts AS texts, recount`
		);
		for (const row of rows) expect(row.texts, row.term).toBe(row.recount);
	});

	it('a mapped term tags texts at the next run and is audited', async () => {
		const tagger = await loadTopicTagger(graph);
		const [candidate] = (await listTopicTerms(graph, tagger.taxonomy)).candidates;
		await decideTopicTerm(
			graph,
			tagger.taxonomy,
			{ term: candidate.term, action: 'map', topicId: 'afterSales' },
			'admin-test'
		);
		const retagged = await analyseTopics(context);
		expect(retagged).toBeGreaterThan(candidate.texts);

		const [row] = await graph.read<{ tagged: number; audits: number }>(
			`CALL () {
			   MATCH (n)-[:HAS_TOPIC]->(:ServiceTopic {topicId: 'afterSales'})
			   WHERE $term IN coalesce(n.topicTerms, []) RETURN count(n) AS stale
			 }
			 CALL () {
			   MATCH (e:AuditEntry {action: 'topics.term.map', target: $term, actor: 'admin-test'})
			   RETURN count(e) AS audits
			 }
			 CALL () {
			   MATCH (t:TopicTerm {term: $term}) RETURN t.texts AS remaining
			 }
			 RETURN stale + remaining AS tagged, audits`,
			{ term: candidate.term }
		);
		// The term is now a keyword, so no text lists it as an unknown term any more.
		expect(row.tagged).toBe(0);
		expect(row.audits).toBe(1);
	});

	it('rejects a mapping to an unknown topic', async () => {
		const { taxonomy } = await loadTopicTagger(graph);
		await expect(
			decideTopicTerm(graph, taxonomy, { term: 'x', action: 'map', topicId: 'nope' }, 'a')
		).rejects.toThrow(/Unknown topic 'nope'/);
	});
});
