import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearGraph, graphCounts, openTestGraph } from '../../../test/graph.js';
import type { RiskLevel } from '../../domain/risk/riskLevel.js';
import type { Graph } from '../graph/graph.js';
import { getConversation, listConversations } from '../queries/conversations.js';
import { listProductSignals, type ProductSortKey } from '../queries/products.js';

// Attack strings that would change a query if they were spliced into its text.
const payloads = [
	"' OR 1=1 //",
	"x'}) MATCH (n) DETACH DELETE n //",
	'A01"}) RETURN 1 UNION MATCH (c:Conversation) RETURN c //',
	'$agentId',
	'high\u0000'
];

let graph: Graph;
let before: { nodes: number; relationships: number };

beforeAll(async () => {
	graph = await openTestGraph();
	await clearGraph(graph);
	await graph.write(
		`CREATE (a1:Agent {agentId: 'A01'}), (a2:Agent {agentId: 'A02'}),
		   (a1)-[:HANDLED]->(:Conversation {conversationId: 'C1', riskLevel: 'high'}),
		   (a2)-[:HANDLED]->(:Conversation {conversationId: 'C2', riskLevel: 'high'}),
		   (:Product {productId: 'P1', name: 'Shirt', conversationCount: 1})`
	);
	before = await graphCounts(graph);
});
afterAll(async () => {
	expect(await graphCounts(graph)).toEqual(before);
	await graph?.close();
});

describe('conversation queries take input only as parameters', () => {
	it.each(payloads)('agent scope %j matches nothing', async (agentId) => {
		const page = await listConversations(graph, { risk: null, offset: 0, limit: 10, agentId });
		expect(page.rows).toEqual([]);
		expect(page.total).toBe(0);
	});

	it.each(payloads)('risk %j matches nothing', async (risk) => {
		const page = await listConversations(graph, {
			risk: risk as RiskLevel,
			offset: 0,
			limit: 10,
			agentId: null
		});
		expect(page.total).toBe(0);
	});

	it.each(payloads)('conversation id %j is not found', async (id) => {
		expect(await getConversation(graph, id)).toBeNull();
	});

	it('an agent sees only conversations they handled', async () => {
		const page = await listConversations(graph, {
			risk: null,
			offset: 0,
			limit: 10,
			agentId: 'A01'
		});
		expect(page.rows.map((row) => row.conversationId)).toEqual(['C1']);
		expect(await getConversation(graph, 'C2', 'A01')).toBeNull();
		expect((await getConversation(graph, 'C1', 'A01'))?.conversationId).toBe('C1');
		expect((await getConversation(graph, 'C2', null))?.conversationId).toBe('C2');
	});
});

describe('product sort keys are whitelisted', () => {
	it.each(['name DESC, p.productId', 'x} DETACH DELETE p //'])('rejects sort %j', async (sort) => {
		await expect(
			listProductSignals(graph, {
				sort: sort as ProductSortKey,
				descending: true,
				limit: 10,
				endMs: Date.now()
			})
		).rejects.toThrow(/invalid sort key/);
	});
});
