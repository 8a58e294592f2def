import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearGraph, openTestGraph } from '../../../test/graph.js';
import { defaultSettings } from '../../domain/settings.js';
import type { AnalysisContext } from '../analysis/types.js';
import type { Graph } from '../graph/graph.js';
import { loadLexicon } from '../lexicon.js';
import { createLogger } from '../log.js';
import { scoreReplies } from './step.js';

let graph: Graph;
let context: AnalysisContext;

const replies: Array<[string, string, number]> = [
	['R1', '抱歉，我立即处理，补偿方案稍后发您', 0],
	['R2', '我哋會送你優惠券作為補償方案', 0.5],
	['R3', '好的', 1]
];

beforeAll(async () => {
	graph = await openTestGraph();
	await clearGraph(graph);
	context = {
		graph,
		model: { version: 'm1', classify: async (texts) => texts.map(() => ({ negative: 0 })) },
		lexicon: loadLexicon(),
		settings: defaultSettings,
		logger: createLogger('test')
	};
	await graph.write(
		`UNWIND $replies AS r
		 CREATE (:Message {messageId: r[0], sender: 'agent', text: r[1], negative: r[2], modelVersion: 'm1'})
		 CREATE (:Message {messageId: r[0] + '-c', sender: 'customer', text: r[1], negative: r[2]})`,
		{ replies }
	);
});
afterAll(async () => {
	await graph?.close();
});

async function stored() {
	return graph.read<{ id: string; score: number | null; found: string[] | null }>(
		`MATCH (m:Message) RETURN m.messageId AS id, m.replyQuality AS score,
		   m.requiredPhrasesFound AS found ORDER BY id`
	);
}

describe('scoreReplies', () => {
	it('scores agent replies only', async () => {
		expect(await scoreReplies(context)).toBe(3);
		const rows = await stored();
		expect(rows.filter((row) => row.score !== null).map((row) => row.id)).toEqual([
			'R1',
			'R2',
			'R3'
		]);
	});

	it('stores the score and the phrases counted', async () => {
		const rows = new Map((await stored()).map((row) => [row.id, row]));
		expect(rows.get('R1')?.score).toBeCloseTo(1, 10);
		expect(rows.get('R2')?.score).toBeCloseTo(0.3 + 0.4 / 3, 10);
		expect(rows.get('R2')?.found).toEqual(['补偿方案']);
		expect(rows.get('R3')).toMatchObject({ score: 0, found: [] });
	});

	it('skips unchanged replies on a re-run', async () => {
		expect(await scoreReplies(context)).toBe(0);
	});

	it('rescores after the rules change', async () => {
		const settings = {
			...defaultSettings,
			replyQuality: { ...defaultSettings.replyQuality, requiredPhrases: ['抱歉'] }
		};
		expect(await scoreReplies({ ...context, settings })).toBe(3);
		const rows = new Map((await stored()).map((row) => [row.id, row]));
		expect(rows.get('R2')?.found).toEqual([]);
	});
});
