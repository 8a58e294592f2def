import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { TestProject } from 'vitest/node';
import { runAnalysis } from '../src/lib/server/analysis/run.js';
import { loadDemo } from '../src/lib/server/demo/loadDemo.js';
import { Graph } from '../src/lib/server/graph/graph.js';
import { migrate } from '../src/lib/server/graph/migrate.js';
import { loadLexiconFromGraph } from '../src/lib/server/lexicon.js';
import { createUser } from '../src/lib/server/auth/users.js';
import { findAdapter, importFile } from '../src/lib/server/import/index.js';
import { createLogger } from '../src/lib/server/log.js';
import { projectRoot, seamHome } from '../src/lib/server/paths.js';
import { createSentimentModel } from '../src/lib/server/sentiment/index.js';
import { loadSettings } from '../src/lib/server/settings.js';
import { testNeo4j } from '../src/test/testServer.js';
import { testUsers, throttledUser } from './session.js';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		accounts: AccountsFixture;
	}
}

/** Conversations the access tests need: one the test agent handled, one they did not. */
export interface AccountsFixture {
	agentId: string;
	ownConversationId: string;
	otherConversationId: string;
	xssConversationId: string;
}

/** Stored-XSS probe: customer text that would run script if a page rendered it as HTML. */
export const xssText = '<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">';

const logger = createLogger('e2e');
const PORT = Number(process.env.SEAM_E2E_PORT ?? 3100);
let server: ChildProcess | undefined;
let accounts: AccountsFixture;

/** Imports the XSS probe through the real importer, as a CRM export would bring it in. */
async function importXssConversation(graph: Graph, agentId: string): Promise<string> {
	const conversationId = 'E2E-XSS-1';
	const dir = path.join(seamHome, 'e2e');
	mkdirSync(dir, { recursive: true });
	const file = path.join(dir, 'xss-conversation.jsonl');
	const messages = [
		{ seq: 1, sender: 'customer', sentAt: '2024-05-01T10:00:00+08:00', text: xssText },
		{ seq: 2, sender: 'agent', agentId, sentAt: '2024-05-01T10:00:20+08:00', text: '您好' }
	];
	writeFileSync(file, `${JSON.stringify({ conversationId, messages })}\n`);
	const summary = await importFile({
		graph,
		adapter: findAdapter('conversations')!,
		filePath: file,
		timeZone: loadSettings().timeZone,
		rejectsDir: dir,
		logger
	});
	if (summary.imported !== 1)
		throw new Error(`the XSS probe was not imported: ${JSON.stringify(summary)}`);
	return conversationId;
}

/** Creates one account per role; the agent account belongs to the busiest demo agent. */
async function seedAccounts(graph: Graph): Promise<AccountsFixture> {
	const [busiest] = await graph.read<{ agentId: string; own: string }>(
		`MATCH (a:Agent)-[:HANDLED]->(c:Conversation)
		 WITH a, count(c) AS handled, min(c.conversationId) AS own
		 RETURN a.agentId AS agentId, own ORDER BY handled DESC, agentId LIMIT 1`
	);
	const [other] = await graph.read<{ conversationId: string }>(
		`MATCH (c:Conversation)<-[:HANDLED]-(:Agent)
		 WHERE NOT EXISTS { (:Agent {agentId: $agentId})-[:HANDLED]->(c) }
		 RETURN c.conversationId AS conversationId ORDER BY conversationId LIMIT 1`,
		{ agentId: busiest.agentId }
	);
	for (const [role, account] of Object.entries(testUsers)) {
		const agentId = role === 'agent' ? busiest.agentId : null;
		await createUser(graph, { ...account, role, agentId }, 'e2e-setup');
	}
	await createUser(graph, { ...throttledUser, role: 'senior' }, 'e2e-setup');
	return {
		agentId: busiest.agentId,
		ownConversationId: busiest.own,
		otherConversationId: other.conversationId,
		xssConversationId: await importXssConversation(graph, busiest.agentId)
	};
}

async function prepareGraph() {
	const connection = await testNeo4j(logger);
	const graph = new Graph(
		neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password))
	);
	try {
		await migrate(graph, logger);
		await graph.autoCommit(
			`MATCH (n) WHERE NOT n:Migration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`
		);
		await loadDemo(graph, { scale: 'small', logger });
		accounts = await seedAccounts(graph);
		const model = await createSentimentModel({ logger });
		try {
			await runAnalysis({
				graph,
				model,
				lexicon: await loadLexiconFromGraph(graph),
				settings: loadSettings(),
				logger
			});
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

/** Stops the app server, forcing it when open connections keep it alive after a few seconds. */
async function stopServer(child: ChildProcess | undefined): Promise<void> {
	if (!child || child.exitCode !== null) return;
	const exited = new Promise((resolve) => child.once('exit', resolve));
	child.kill('SIGTERM');
	const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
	await exited;
	clearTimeout(timer);
}

/** Loads the small demo tenant into the test graph, builds the app and serves it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const connection = await prepareGraph();
	// The tests build into their own folder, so a running `npm start` keeps its build. It sits in
	// the project, not under SEAM_HOME, so the server's imports find the project's node_modules.
	const buildDir = path.join(projectRoot, `build-e2e-${PORT}`);
	const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
		cwd: projectRoot,
		stdio: 'inherit',
		env: { ...process.env, SEAM_BUILD_DIR: buildDir }
	});
	if (build.status !== 0) throw new Error('vite build failed; see the output above');
	const baseUrl = `http://127.0.0.1:${PORT}`;
	server = spawn(process.execPath, [buildDir], {
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
	project.provide('accounts', accounts);
	return async () => {
		await stopServer(server);
	};
}
