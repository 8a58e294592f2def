import path from 'node:path';
import type { Command } from 'commander';
import {
	ensureLocalNeo4j,
	localNeo4jStatus,
	stopLocalNeo4j,
	type LocalNeo4jOptions
} from '../../../graph/launcher.js';
import { createLogger } from '../../lib/server/log.js';
import { projectRoot, seamHome } from '../../lib/server/paths.js';
import { usageError } from '../../lib/server/errors.js';

const logger = createLogger('neo4j');

/** Returns the launcher options of the app's server or the test server, which has its own home and port. */
function instanceOptions(test: boolean): LocalNeo4jOptions {
	return {
		home: path.join(seamHome, test ? 'neo4j-test' : 'neo4j'),
		boltPort: test ? Number(process.env.SEAM_TEST_BOLT_PORT ?? 7688) : undefined,
		serverDir: path.join(projectRoot, 'graph', 'server'),
		logger
	};
}

function rejectWhenExternal(): void {
	if (process.env.NEO4J_URI) {
		throw usageError(
			`NEO4J_URI is set (${process.env.NEO4J_URI}), so Seam uses that server and runs none of its own. Unset it to manage the local Neo4j.`
		);
	}
}

export function registerGraphCommands(program: Command): void {
	const graph = program
		.command('graph')
		.description('Manage the local Neo4j server (not used when NEO4J_URI is set)');

	graph
		.command('start')
		.description('Fetch Neo4j through Maven on first use, start it on 127.0.0.1 and wait for Bolt')
		.option('--test', 'the test server (.seam/neo4j-test, port 7688)')
		.action(async (options) => {
			rejectWhenExternal();
			const connection = await ensureLocalNeo4j(instanceOptions(!!options.test));
			console.log(`Neo4j is running at ${connection.uri} (user ${connection.user})`);
		});

	graph
		.command('stop')
		.description('Stop the local Neo4j server')
		.option('--test', 'the test server')
		.action(async (options) => {
			rejectWhenExternal();
			const result = await stopLocalNeo4j(instanceOptions(!!options.test));
			console.log(result.stopped ? `Neo4j stopped (pid ${result.pid})` : 'Neo4j was not running');
		});

	graph
		.command('status')
		.description('Show whether the local Neo4j server runs, its version and address')
		.option('--test', 'the test server')
		.action(async (options) => {
			rejectWhenExternal();
			const status = await localNeo4jStatus(instanceOptions(!!options.test));
			console.log(
				[
					`running: ${status.running ? 'yes' : 'no'}${status.pid ? ` (pid ${status.pid})` : ''}`,
					`address: ${status.uri}`,
					`version: ${status.version ?? 'not fetched yet'}`,
					`home:    ${status.home}`
				].join('\n')
			);
			if (!status.running) process.exitCode = 3;
		});
}
