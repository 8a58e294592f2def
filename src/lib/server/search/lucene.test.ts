import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearGraph, openTestGraph } from '../../../test/graph.js';
import type { Graph } from '../graph/graph.js';
import { anyOfPhrases, escapeLucene, lucenePhrase } from './lucene.js';

describe('escapeLucene', () => {
	it.each([
		{ input: '尺码 OR *', expected: '尺码 or \\*' },
		{ input: '"', expected: '\\"' },
		{ input: '\\', expected: '\\\\' },
		{ input: 'title:x', expected: 'title\\:x' },
		{ input: 'a AND b', expected: 'a and b' },
		{ input: '(', expected: '\\(' },
		{ input: '~', expected: '\\~' },
		{ input: '^2', expected: '\\^2' },
		{ input: 'NOT 退货', expected: 'not 退货' },
		{ input: '[1 TO 5]', expected: '\\[1 to 5\\]' },
		{ input: 'a && b || !c', expected: 'a \\&\\& b \\|\\| \\!c' },
		{ input: '/regex/', expected: '\\/regex\\/' },
		{ input: '退货?', expected: '退货\\?' },
		{ input: '{a}', expected: '\\{a\\}' },
		{ input: '+必须 -排除', expected: '\\+必须 \\-排除' }
	])('escapes $input', ({ input, expected }) => {
		expect(escapeLucene(input)).toBe(expected);
	});
});

describe('lucenePhrase', () => {
	it.each([
		{ input: '尺码', expected: '"尺码"' },
		{ input: 'a"b', expected: '"a\\"b"' },
		{ input: 'a\\', expected: '"a\\\\"' }
	])('quotes $input', ({ input, expected }) => {
		expect(lucenePhrase(input)).toBe(expected);
	});
});

describe('anyOfPhrases', () => {
	it('joins groups with OR', () => {
		expect(anyOfPhrases([['尺码', '码数'], ['退货']])).toBe('("尺码" OR "码数") OR "退货"');
	});

	it('returns null when nothing is searchable', () => {
		expect(anyOfPhrases([['*', '"'], []])).toBeNull();
	});
});

describe('escaped queries on Neo4j', () => {
	let graph: Graph;

	beforeAll(async () => {
		graph = await openTestGraph();
		await clearGraph(graph);
		await graph.write(
			`UNWIND $rows AS row CREATE (:FaqQuestion {faqId: row.id, question: row.question})`,
			{
				rows: [
					{ id: 'a', question: '衬衫尺码表' },
					{ id: 'b', question: '退货流程' },
					{ id: 'c', question: 'title:x a AND b' }
				]
			}
		);
	});
	afterAll(async () => {
		await clearGraph(graph);
		await graph.close();
	});

	const search = (text: string) =>
		graph.read<{ faqId: string }>(
			`CALL db.index.fulltext.queryNodes('faq_text', $query) YIELD node RETURN node.faqId AS faqId`,
			{ query: escapeLucene(text) }
		);

	it.each([
		{ query: '尺码 OR *', expected: ['a'] },
		{ query: 'title:x', expected: ['c'] },
		{ query: 'a AND b', expected: ['c'] },
		{ query: '^2', expected: [] },
		{ query: '~', expected: [] },
		{ query: '退货~', expected: ['b'] },
		{ query: '尺码^10', expected: ['a'] }
	])('searches $query as plain text', async ({ query, expected }) => {
		const rows = await search(query);
		expect(rows.map((row) => row.faqId).sort()).toEqual(expected);
	});

	it.each(['"', '\\', '(', '*', ')', '[', '{', '/', '&&'])(
		'parses %s without error and matches nothing',
		async (query) => {
			await expect(search(query)).resolves.toEqual([]);
		}
	);
});
