import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { resolveNeo4j } from '../../lib/server/graph/connection.js';
import { isGraphEmpty } from '../../lib/server/demo/loadDemo.js';
import { loadDemoFaq } from '../../lib/server/faq/demo.js';
import type { Graph } from '../../lib/server/graph/graph.js';
import { createLogger } from '../../lib/server/log.js';
import { projectRoot } from '../../lib/server/paths.js';
import { openGraph } from '../../lib/server/runtime.js';
import { SeamError } from '../../lib/server/errors.js';
import { ensureFirstAdmin, firstAdminMessage } from '../../lib/server/auth/firstAdmin.js';
import { analyseWithProgress } from './analyse.js';
import { loadDemoWithProgress } from './demo.js';
import { forecastWithProgress } from './forecast.js';

const logger = createLogger('start');
const buildDir = path.join(projectRoot, 'build');
const sourceDirs = ['src', 'static'].map((dir) => path.join(projectRoot, dir));

function newestMtime(dir: string): number {
	let newest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
	}
	return newest;
}

/** Tells whether the web app needs a build: there is none, or a source file is newer. */
function needsBuild(): boolean {
	const entry = path.join(buildDir, 'index.js');
	if (!existsSync(entry)) return true;
	const built = statSync(entry).mtimeMs;
	return sourceDirs.some((dir) => existsSync(dir) && newestMtime(dir) > built);
}

async function hasNoFaq(graph: Graph): Promise<boolean> {
	const [row] = await graph.read<{ n: number }>('MATCH (f:FaqQuestion) RETURN count(f) AS n');
	return row.n === 0;
}

function buildWebApp(): void {
	console.log('Building the web app (first start or changed sources)…');
	const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
		cwd: projectRoot,
		stdio: 'inherit'
	});
	if (result.status !== 0)
		throw new SeamError('Building the web app failed; see the output above.', 'build_failed');
}

export function registerStartCommand(program: Command): void {
	program
		.command('start')
		.description(
			'Start Neo4j, load the demo data into an empty graph, analyse, and serve the workbench'
		)
		.option('--port <port>', 'HTTP port of the workbench', process.env.PORT ?? '3000')
		.option('--host <host>', 'address to listen on', process.env.HOST ?? '127.0.0.1')
		.option('--no-demo', 'do not load the demo data into an empty graph')
		.action(async (options) => {
			const connection = await resolveNeo4j();
			const graph = await openGraph();
			try {
				if (options.demo && (await isGraphEmpty(graph))) {
					await loadDemoWithProgress(graph, 'full');
				} else if (options.demo && (await hasNoFaq(graph))) {
					// A graph loaded before the FAQ existed still gets the demo FAQ to search.
					console.log(`Loaded the demo FAQ: ${await loadDemoFaq(graph)} questions`);
				}
				await analyseWithProgress(graph, { full: false });
				await forecastWithProgress(graph);
				const firstAdmin = await ensureFirstAdmin(graph);
				if (firstAdmin) console.log(firstAdminMessage(firstAdmin));
			} finally {
				await graph.close();
			}
			if (needsBuild()) buildWebApp();
			const origin = `http://${options.host}:${options.port}`;
			const server = spawn(process.execPath, [buildDir], {
				cwd: projectRoot,
				stdio: 'inherit',
				env: {
					...process.env,
					PORT: String(options.port),
					HOST: options.host,
					ORIGIN: process.env.ORIGIN ?? origin,
					NEO4J_URI: connection.uri,
					NEO4J_USER: connection.user,
					NEO4J_PASSWORD: connection.password
				}
			});
			console.log(
				`Seam is running at ${origin}  (Ctrl+C stops the web app; \`npm run graph stop\` stops Neo4j)`
			);
			logger.info({ origin, neo4j: connection.uri }, 'web app started');
			for (const signal of ['SIGINT', 'SIGTERM'] as const) {
				process.on(signal, () => server.kill(signal));
			}
			await new Promise<void>((resolve) => server.on('exit', () => resolve()));
		});
}
