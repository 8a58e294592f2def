import { loadSettings } from './settings.js';
import { loadLexicon } from './lexicon.js';
import { Graph } from './graph/graph.js';
import { migrate } from './graph/migrate.js';
import { openDriver, resolveNeo4j } from './graph/connection.js';
import { createLogger } from './log.js';

const logger = createLogger('runtime');

/**
 * Connects to Neo4j (the server in `NEO4J_URI`, or the local one, started if needed) and
 * applies the schema migrations.
 */
export async function openGraph(): Promise<Graph> {
	const connection = await resolveNeo4j();
	const driver = openDriver(connection);
	await driver.verifyConnectivity();
	const graph = new Graph(driver);
	await migrate(graph, logger);
	return graph;
}

let shared: Promise<Graph> | undefined;

/** The web server's one graph connection, opened on first use. */
export function sharedGraph(): Promise<Graph> {
	shared ??= openGraph().catch((error) => {
		shared = undefined;
		throw error;
	});
	return shared;
}

export { loadSettings, loadLexicon };
