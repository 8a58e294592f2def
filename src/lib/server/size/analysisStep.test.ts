import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../domain/demo/index.js';
import { clearGraph, graphCounts, openTestGraph } from '../../../test/graph.js';
import type { AnalysisContext } from '../analysis/types.js';
import { loadDemo } from '../demo/loadDemo.js';
import type { Graph } from '../graph/graph.js';
import { createLogger } from '../log.js';
import { analyseSize } from './analysisStep.js';

const logger = createLogger('test');
let graph: Graph;
let context: AnalysisContext;

beforeAll(async () => {
	graph = await openTestGraph();
	await clearGraph(graph);
	await loadDemo(graph, { scale: 'small', logger });
	// The size step reads only the graph; the sentiment parts of the context stay unused.
	context = { graph, logger } as unknown as AnalysisContext;
	await analyseSize(context);
});
afterAll(async () => {
	await graph?.close();
});

interface ClusterRow {
	productId: string;
	size: string;
	fit: string;
	bodyPart: string | null;
	count: number;
	trusted: boolean;
	signal: string;
}

describe('size analysis on the demo tenant', () => {
	it('turns every size return into feedback', async () => {
		const [row] = await graph.read<{ returns: number; feedback: number }>(
			`CALL () { MATCH (r:Return) WHERE r.reason IN ['size_small', 'size_large'] RETURN count(r) AS returns }
			 CALL () { MATCH (f:SizeFeedback {source: 'return'})-[:FROM]->(:Return) RETURN count(f) AS feedback }
			 RETURN returns, feedback`
		);
		expect(row.feedback).toBe(row.returns);
	});

	it('derives feedback from reviews and conversations', async () => {
		const rows = await graph.read<{ source: string; n: number }>(
			`MATCH (f:SizeFeedback)-[:ABOUT]->(:Sku) MATCH (f)-[:GIVEN_BY]->(:Customer)
			 RETURN f.source AS source, count(*) AS n ORDER BY source`
		);
		const bySource = Object.fromEntries(rows.map((r) => [r.source, r.n]));
		expect(bySource.review).toBeGreaterThan(10);
		expect(bySource.conversation).toBeGreaterThan(5);
	});

	it('finds each planted fit fault as the top cluster', async () => {
		const { truth } = generateDemo({ scale: 'small' });
		const planted = new Map(truth.skuFit.map((f) => [`${f.productId}|${f.size}`, f]));
		const clusters = await graph.read<ClusterRow>(
			`MATCH (k:ComplaintCluster)-[:OF]->(p:Product)
			 RETURN k.productId AS productId, k.size AS size, k.fit AS fit, k.bodyPart AS bodyPart,
			        k.count AS count, k.trusted AS trusted, k.signal AS signal
			 ORDER BY k.trusted DESC, k.count DESC`
		);
		for (const fault of planted.values()) {
			const top = clusters.find((c) => c.productId === fault.productId);
			expect(top, fault.productId).toMatchObject({
				size: fault.size,
				fit: fault.bias,
				bodyPart: fault.bodyPart
			});
		}
	});

	it('trusts the strongest planted fault and states its fix', async () => {
		const [cluster] = await graph.read<ClusterRow>(
			`MATCH (k:ComplaintCluster {productId: 'P001', size: 'L', fit: 'small', bodyPart: 'shoulder'})
			 RETURN k.trusted AS trusted, k.signal AS signal`
		);
		expect(cluster.trusted).toBe(true);
		expect(cluster.signal).toMatch(/^L: shoulder runs small for \d+ customers .* let out shoulder/);
	});

	it('changes nothing on a second run', async () => {
		const before = await graphCounts(graph);
		expect(await analyseSize(context)).toBe(0);
		expect(await graphCounts(graph)).toEqual(before);
	});
});
