import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearGraph, openTestGraph } from '../../test/graph.js';
import type { Graph } from './graph/graph.js';
import {
	currentLexiconData,
	lexiconProblems,
	loadLexiconData,
	loadLexiconFromGraph,
	saveLexiconVersion
} from './lexicon.js';

let graph: Graph;
const NOW = Date.UTC(2026, 11, 1, 8, 0);

beforeAll(async () => {
	graph = await openTestGraph();
	await clearGraph(graph);
	await graph.write(
		`CREATE (:Message {messageId: 'M1', text: '质量太差'}), (:Review {reviewId: 'R1', text: '好'})`
	);
});
afterAll(async () => {
	await graph?.close();
});

describe('lexicon versions in the graph', () => {
	it('falls back to the shipped file', async () => {
		const current = await currentLexiconData(graph);
		expect(current.source).toBe('file');
		expect(current.data.version).toBe(loadLexiconData().version);
	});

	it('saves the next version and queues the texts', async () => {
		const data = { version: 1, negators: ['不'], groups: { trade: ['起球', '薄透'] } };
		const saved = await saveLexiconVersion(graph, data, 'admin', NOW);
		expect(saved).toEqual({ version: loadLexiconData().version + 1, queued: 2 });
		const [{ pending }] = await graph.read<{ pending: number }>(
			`MATCH (n:PendingAnalysis) RETURN count(n) AS pending`
		);
		expect(pending).toBe(2);
	});

	it('makes the analysis use the newest version', async () => {
		const lexicon = await loadLexiconFromGraph(graph);
		expect(lexicon.version).toBe(loadLexiconData().version + 1);
		expect(lexicon.match('面料薄透').map((hit) => hit.word)).toEqual(['薄透']);
		expect(lexicon.match('质量太差')).toEqual([]);
	});

	it('records who saved it', async () => {
		const current = await currentLexiconData(graph);
		expect(current).toMatchObject({ source: 'graph', savedBy: 'admin', savedAt: NOW });
	});
});

describe('lexiconProblems', () => {
	it('reports every problem with its field', () => {
		const { data, problems } = lexiconProblems({
			version: 2,
			negators: [''],
			groups: { empty: [], trade: ['起球'] }
		});
		expect(data).toBeNull();
		expect(problems).toEqual([
			'negators.0: String must contain at least 1 character(s)',
			'groups.empty: needs at least one word'
		]);
	});
});
