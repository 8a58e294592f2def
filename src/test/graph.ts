import neo4j from 'neo4j-driver';
import { inject } from 'vitest';
import { Graph } from '../lib/server/graph/graph.js';
import { migrate } from '../lib/server/graph/migrate.js';
import { createLogger } from '../lib/server/log.js';

/** Opens the test graph with the schema applied. */
export async function openTestGraph(): Promise<Graph> {
	const { uri, user, password } = inject('neo4j');
	const graph = new Graph(neo4j.driver(uri, neo4j.auth.basic(user, password)));
	await migrate(graph, createLogger('test'));
	return graph;
}

/** Deletes all data, keeping the schema and the record of applied migrations. */
export async function clearGraph(graph: Graph): Promise<void> {
	await graph.autoCommit(
		`MATCH (n) WHERE NOT n:Migration
		 CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`
	);
}

/** Node and relationship counts, for checking that a second import adds nothing. */
export async function graphCounts(graph: Graph): Promise<{ nodes: number; relationships: number }> {
	const [row] = await graph.read<{ nodes: number; relationships: number }>(
		`CALL () { MATCH (n) WHERE NOT n:Migration RETURN count(n) AS nodes }
		 CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
		 RETURN nodes, relationships`
	);
	return row;
}
