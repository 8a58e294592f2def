import type { TestProject } from 'vitest/node';
import { createLogger } from '../lib/server/log.js';
import { testNeo4j, type Neo4jLogin } from './testServer.js';

declare module 'vitest' {
	export interface ProvidedContext {
		neo4j: Neo4jLogin;
	}
}

/** Starts the test Neo4j (see `testNeo4j`) and hands its login to the test files. */
export default async function setup(project: TestProject): Promise<void> {
	project.provide('neo4j', await testNeo4j(createLogger('test-neo4j')));
}
