import path from 'node:path';
import neo4j from 'neo4j-driver';
import { ensureLocalNeo4j } from '../graph/launcher.js';
import { Graph } from '../src/lib/server/graph/graph.js';
import { migrate } from '../src/lib/server/graph/migrate.js';
import { createLogger } from '../src/lib/server/log.js';
import { seamHome } from '../src/lib/server/paths.js';

const logger = createLogger('bench');

/**
 * Opens the graph benchmarks write to: `NEO4J_URI` when set, else the local test server
 * (its own home and port), never the data `npm start` serves.
 */
export async function openBenchGraph(): Promise<Graph> {
	const connection = process.env.NEO4J_URI
		? {
				uri: process.env.NEO4J_URI,
				user: process.env.NEO4J_USER ?? 'neo4j',
				password: process.env.NEO4J_PASSWORD ?? ''
			}
		: await ensureLocalNeo4j({
				home: path.join(seamHome, 'neo4j-test'),
				boltPort: Number(process.env.SEAM_TEST_BOLT_PORT ?? 7688),
				logger
			});
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
