import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureLocalNeo4j } from '../../graph/launcher.js';
import { createLogger } from '../lib/server/log.js';
import { seamHome } from '../lib/server/paths.js';

export interface TestNeo4j {
	uri: string;
	user: string;
	password: string;
}

declare module 'vitest' {
	export interface ProvidedContext {
		neo4j: TestNeo4j;
	}
}

/**
 * Starts the test Neo4j, a second local server with its own home and port so tests never
 * touch the data `npm start` serves. With `NEO4J_URI` set, tests use that server instead,
 * and they delete everything in it.
 */
export default async function setup(project: TestProject): Promise<void> {
	if (process.env.NEO4J_URI) {
		project.provide('neo4j', {
			uri: process.env.NEO4J_URI,
			user: process.env.NEO4J_USER ?? 'neo4j',
			password: process.env.NEO4J_PASSWORD ?? ''
		});
		return;
	}
	const connection = await ensureLocalNeo4j({
		home: path.join(seamHome, 'neo4j-test'),
		boltPort: Number(process.env.SEAM_TEST_BOLT_PORT ?? 7688),
		logger: createLogger('test-neo4j')
	});
	project.provide('neo4j', connection);
}
