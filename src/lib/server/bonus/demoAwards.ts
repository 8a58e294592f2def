import { demoInnovationAwards } from '../../domain/demo/innovationAwards.js';
import type { Graph } from '../graph/graph.js';
import { writeAwards } from './awards.js';

/** Writes the demo tenant's innovation awards; their fixed ids make a reload change nothing. */
export async function loadDemoAwards(graph: Graph, endMs?: number): Promise<number> {
	const awards = demoInnovationAwards(endMs).map((award) => ({ ...award, registeredBy: 'demo' }));
	await writeAwards(graph, awards);
	return awards.length;
}
