/**
 * Connection to the app's graph: the server named by NEO4J_URI, or else a local Neo4j that
 * graph/launcher.ts fetches and starts under .seam/neo4j.
 *
 * Imports are relative because the CLI runs this file under tsx, which does not know `$lib`.
 */
import path from 'node:path';
import neo4j, { type Config, type Driver } from 'neo4j-driver';
import { ensureLocalNeo4j, type LocalNeo4jOptions } from '../../../../graph/launcher.js';
import { createLogger } from '../log.js';
import { projectRoot, seamHome } from '../paths.js';

const log = createLogger('neo4j');

export interface Neo4jConnection {
	uri: string;
	user: string;
	password: string;
	/** True when the server is the one this project runs itself. */
	local: boolean;
}

export type ResolveNeo4jOptions = Partial<Omit<LocalNeo4jOptions, 'logger'>> & {
	/** Environment to read NEO4J_URI and friends from; process.env when left out. */
	env?: NodeJS.ProcessEnv;
};

/**
 * Returns the connection to the app's graph. With NEO4J_URI set it uses that server as it is,
 * with NEO4J_USER defaulting to neo4j. Otherwise it starts the local server when needed, which
 * fetches Neo4j through Maven the first time.
 */
export async function resolveNeo4j(options: ResolveNeo4jOptions = {}): Promise<Neo4jConnection> {
	const env = options.env ?? process.env;
	if (env.NEO4J_URI) return externalConnection(env);
	const { env: _env, ...local } = options;
	const conn = await ensureLocalNeo4j({
		home: path.join(seamHome, 'neo4j'),
		serverDir: path.join(projectRoot, 'graph', 'server'),
		...local,
		logger: log
	});
	return { ...conn, local: true };
}

function externalConnection(env: NodeJS.ProcessEnv): Neo4jConnection {
	const uri = env.NEO4J_URI as string;
	const user = env.NEO4J_USER || 'neo4j';
	const password = env.NEO4J_PASSWORD ?? '';
	// Only a server with auth off accepts an empty password, so warn before the login fails.
	if (!password) log.warn({ uri }, 'NEO4J_URI is set but NEO4J_PASSWORD is empty');
	log.debug({ uri, user }, 'Using the Neo4j server named by NEO4J_URI');
	return { uri, user, password, local: false };
}

/**
 * Opens a driver for the app. A pool of 50 serves a busy dev server and a CLI import at once and
 * stays well under the server's Bolt thread pool (400 by default). `config` overrides any setting.
 */
export function openDriver(conn: Neo4jConnection, config: Config = {}): Driver {
	return neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), {
		maxConnectionPoolSize: 50,
		connectionAcquisitionTimeout: 30_000,
		connectionTimeout: 10_000,
		maxConnectionLifetime: 60 * 60_000,
		maxTransactionRetryTime: 15_000,
		userAgent: 'seam',
		logging: {
			level: 'warn',
			logger: (level, message) => (level === 'error' ? log.error(message) : log.warn(message))
		},
		...config
	});
}

/** Closes a driver opened by openDriver; safe to call with none. */
export async function closeDriver(driver: Driver | null | undefined): Promise<void> {
	await driver?.close();
}
