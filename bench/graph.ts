import neo4j from 'neo4j-driver';
import { Graph } from '../src/lib/server/graph/graph.js';
import { migrate } from '../src/lib/server/graph/migrate.js';
import { createLogger } from '../src/lib/server/log.js';
import { testNeo4j } from '../src/test/testServer.js';

const logger = createLogger('bench');

/**
 * Opens the graph benchmarks write to: `NEO4J_URI` when set, else the local test server
 * (its own home and port), never the data `npm start` serves.
 */
export async function openBenchGraph(): Promise<Graph> {
	const connection = await testNeo4j(logger);
	const graph = new Graph(
		neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password))
	);
	await migrate(graph, logger);
	return graph;
}

export interface BenchResult {
	name: string;
	value: number;
	unit: string;
	baseline: number;
	ratio: number;
	target: number;
}

/** Prints the closing JSON line every benchmark ends with. */
export function report(result: BenchResult): void {
	console.log(JSON.stringify(result));
}
