import path from 'node:path';
import type { Logger } from 'pino';
import { ensureLocalNeo4j } from '../../graph/launcher.js';
import { seamHome } from '../lib/server/paths.js';

export interface Neo4jLogin {
	uri: string;
	user: string;
	password: string;
}

/**
 * Returns the server tests and benchmarks write to: `NEO4J_URI` when set (its data gets
 * deleted), else the local test server with its own home and port, started if needed, so
 * they never touch the data `npm start` serves.
 */
export async function testNeo4j(logger: Logger): Promise<Neo4jLogin> {
	if (process.env.NEO4J_URI) {
		return {
			uri: process.env.NEO4J_URI,
			user: process.env.NEO4J_USER ?? 'neo4j',
			password: process.env.NEO4J_PASSWORD ?? ''
		};
	}
	return ensureLocalNeo4j({
		home: path.join(seamHome, 'neo4j-test'),
		boltPort: Number(process.env.SEAM_TEST_BOLT_PORT ?? 7688),
		logger
	});
}
