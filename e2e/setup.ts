import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { TestProject } from 'vitest/node';
import { ensureLocalNeo4j } from '../graph/launcher.js';
import { runAnalysis } from '../src/lib/server/analysis/run.js';
import { loadDemo } from '../src/lib/server/demo/loadDemo.js';
import { Graph } from '../src/lib/server/graph/graph.js';
import { migrate } from '../src/lib/server/graph/migrate.js';
import { loadLexicon } from '../src/lib/server/lexicon.js';
import { createLogger } from '../src/lib/server/log.js';
import { projectRoot, seamHome } from '../src/lib/server/paths.js';
import { createSentimentModel } from '../src/lib/server/sentiment/index.js';
import { loadSettings } from '../src/lib/server/settings.js';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

const logger = createLogger('e2e');
const PORT = Number(process.env.SEAM_E2E_PORT ?? 3100);
let server: ChildProcess | undefined;

async function prepareGraph() {
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
	try {
		await migrate(graph, logger);
		await graph.autoCommit(
			`MATCH (n) WHERE NOT n:Migration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`
		);
		await loadDemo(graph, { scale: 'small', logger });
		const model = await createSentimentModel({ logger });
		try {
			await runAnalysis({ graph, model, lexicon: loadLexicon(), settings: loadSettings(), logger });
		} finally {
			await model.close();
		}
	} finally {
		await graph.close();
	}
	return connection;
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		try {
			const response = await fetch(url);
			if (response.ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`The web app did not answer at ${url} within ${timeoutMs / 1000} s`);
}

/** Loads the small demo tenant into the test graph, builds the app and serves it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const connection = await prepareGraph();
	const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
		cwd: projectRoot,
		stdio: 'inherit'
	});
	if (build.status !== 0) throw new Error('vite build failed; see the output above');
	const baseUrl = `http://127.0.0.1:${PORT}`;
	server = spawn(process.execPath, [path.join(projectRoot, 'build')], {
		cwd: projectRoot,
		stdio: ['ignore', 'inherit', 'inherit'],
		env: {
			...process.env,
			PORT: String(PORT),
			HOST: '127.0.0.1',
			ORIGIN: baseUrl,
			NEO4J_URI: connection.uri,
			NEO4J_USER: connection.user,
			NEO4J_PASSWORD: connection.password
		}
	});
	await waitForHttp(baseUrl, 60_000);
	project.provide('baseUrl', baseUrl);
	return async () => {
		server?.kill('SIGTERM');
	};
}
