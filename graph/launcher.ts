/**
 * Fetches Neo4j Community through Maven and runs it on 127.0.0.1 under a folder of its own.
 *
 * These machines reach package registries only, Neo4j has no Debian package, and Maven Central
 * has no server tarball. So graph/server/pom.xml copies the jars that the official distribution
 * is assembled from into <home>/lib, and this module runs the server's entry class itself.
 *
 * <home> layout: lib/ (jars), conf/neo4j.conf, data/, logs/ (Neo4j's, maven.log,
 * console.log), neo4j.pid, password (mode 0600), .lock.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Logger } from 'pino';

export interface LocalNeo4jOptions {
	/** Folder for this instance's jars, conf, data, logs, pid and password, e.g. <project>/.seam/neo4j. */
	home: string;
	/** Bolt port on 127.0.0.1; SEAM_BOLT_PORT, else 7687, when left out. */
	boltPort?: number;
	/** HTTP API port on 127.0.0.1; HTTP stays off when left out. */
	httpPort?: number;
	/** JVM heap; else SEAM_NEO4J_HEAP_MB, else 512. */
	heapMb?: number;
	/** Page cache; else SEAM_NEO4J_PAGECACHE_MB, else 256. */
	pageCacheMb?: number;
	/** Time to wait for Bolt to respond after a start; 180 s when left out. */
	startTimeoutMs?: number;
	/** Folder with pom.xml and neo4j.conf.template; graph/server beside this file when left out. */
	serverDir?: string;
	logger: Logger;
}

export interface LocalNeo4jConnection {
	uri: string;
	user: string;
	password: string;
}

export interface LocalNeo4jStatus {
	/** True when Bolt accepts the stored password. */
	running: boolean;
	/** Pid of the server process, when one of this home is alive (it may still be starting). */
	pid: number | null;
	uri: string;
	/** The running server's version, else the version fetched into lib/, else null. */
	version: string | null;
	home: string;
}

export const DEFAULT_BOLT_PORT = 7687;
export const DEFAULT_HEAP_MB = 512;
export const DEFAULT_PAGECACHE_MB = 256;
const DEFAULT_START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 60_000;
const MAVEN_TIMEOUT_MS = 20 * 60_000;
const LOCK_TIMEOUT_MS = MAVEN_TIMEOUT_MS + DEFAULT_START_TIMEOUT_MS;
const USER = 'neo4j';
const MARKER = '.seam-neo4j-version';
const NO_TOOLS_FIX = 'install Java 17 and Maven, or set NEO4J_URI to an existing server';

// ---------------------------------------------------------------------------------------------
// Pure helpers (unit-tested)

/** Fills the {{name}} fields of the conf template; a field without a value is a bug, so it throws. */
export function renderConf(
	template: string,
	values: Record<string, string | number | boolean>
): string {
	return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
		if (!(name in values))
			throw new Error(`neo4j.conf.template uses {{${name}}}, which the launcher does not fill`);
		return String(values[name]);
	});
}

/** The Neo4j version pinned in graph/server/pom.xml. */
export function pomNeo4jVersion(pom: string): string {
	const match = /<neo4j\.version>\s*([^<\s]+)\s*<\/neo4j\.version>/.exec(pom);
	if (!match) throw new Error('graph/server/pom.xml has no <neo4j.version> property; add it back');
	return match[1];
}

/** Major version from `java -version` output: 'version "17.0.15"' gives 17, '"1.8.0_402"' gives 8. */
export function parseJavaMajor(output: string): number | null {
	const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
	if (!match) return null;
	const first = Number(match[1]);
	return first === 1 && match[2] ? Number(match[2]) : first;
}

/** Value of the last uncommented `key=value` line, as Neo4j itself would read it. */
export function confValue(conf: string, key: string): string | null {
	let value: string | null = null;
	for (const line of conf.split('\n')) {
		const trimmed = line.trim();
		if (trimmed.startsWith('#')) continue;
		const eq = trimmed.indexOf('=');
		if (eq > 0 && trimmed.slice(0, eq).trim() === key) value = trimmed.slice(eq + 1).trim();
	}
	return value;
}

/** Returns a size in MB from the option, else the environment variable, else the default. */
export function megabytes(
	option: number | undefined,
	envName: string,
	env: NodeJS.ProcessEnv,
	fallback: number
): number {
	const raw = option ?? env[envName] ?? fallback;
	const value = Number(raw);
	if (!Number.isInteger(value) || value < 16) {
		const source = option === undefined ? envName : `the option that overrides ${envName}`;
		throw new Error(
			`Neo4j memory size '${raw}' from ${source} is invalid; give a whole number of megabytes, 16 or more`
		);
	}
	return value;
}

/**
 * Returns the JVM flags of the default neo4j.conf minus -XX:+AlwaysPreTouch, which commits the
 * whole heap at start and so raises idle RSS, and minus the profiling flags.
 */
export function jvmArgs(home: string, heapMb: number): string[] {
	return [
		`-Xms${heapMb}m`,
		`-Xmx${heapMb}m`,
		'-XX:+UseG1GC',
		'-XX:-OmitStackTraceInFastThrow',
		'-XX:+UnlockExperimentalVMOptions',
		'-XX:+TrustFinalNonStaticFields',
		'-XX:+DisableExplicitGC',
		// After an OutOfMemoryError the server can stay up but broken, so exit and let a restart fix it.
		'-XX:+ExitOnOutOfMemoryError',
		'-Djdk.nio.maxCachedBufferSize=1024',
		'-Dio.netty.tryReflectionSetAccessible=true',
		'-Djdk.tls.ephemeralDHKeySize=2048',
		'-Djdk.tls.rejectClientInitiatedRenegotiation=true',
		'-Dlog4j2.disable.jmx=true',
		'-Dlog4j.layout.jsonTemplate.maxStringLength=32768',
		// Java 17 takes its default charset from the locale (UTF-8 by default only from Java 18).
		'-Dfile.encoding=UTF-8',
		'--add-opens=java.base/java.nio=ALL-UNNAMED',
		'--add-opens=java.base/java.io=ALL-UNNAMED',
		'--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
		'--enable-native-access=ALL-UNNAMED',
		'-cp',
		path.join(home, 'lib', '*'),
		'org.neo4j.server.CommunityEntryPoint',
		`--home-dir=${home}`,
		`--config-dir=${path.join(home, 'conf')}`
	];
}

/** Returns the last `count` lines of a log, skipping blank lines and Java stack frames. */
export function tailLines(text: string, count: number): string {
	const meaningful = (line: string) =>
		line.trim() !== '' && !/^\s+(at |\.\.\. \d+ more)/.test(line);
	return text.split('\n').filter(meaningful).slice(-count).join('\n');
}

// ---------------------------------------------------------------------------------------------
// Files of one home

interface Paths {
	home: string;
	lib: string;
	partial: string;
	conf: string;
	confFile: string;
	systemDb: string;
	logs: string;
	mavenLog: string;
	adminLog: string;
	consoleLog: string;
	neo4jLog: string;
	pidFile: string;
	passwordFile: string;
	lockFile: string;
}

function pathsOf(home: string): Paths {
	const abs = path.resolve(home);
	const logs = path.join(abs, 'logs');
	return {
		home: abs,
		lib: path.join(abs, 'lib'),
		partial: path.join(abs, 'lib.partial'),
		conf: path.join(abs, 'conf'),
		confFile: path.join(abs, 'conf', 'neo4j.conf'),
		systemDb: path.join(abs, 'data', 'databases', 'system'),
		logs,
		mavenLog: path.join(logs, 'maven.log'),
		adminLog: path.join(logs, 'admin.log'),
		consoleLog: path.join(logs, 'console.log'),
		neo4jLog: path.join(logs, 'neo4j.log'),
		pidFile: path.join(abs, 'neo4j.pid'),
		passwordFile: path.join(abs, 'password'),
		lockFile: path.join(abs, '.lock')
	};
}

function defaultServerDir(): string {
	return fileURLToPath(new URL('./server/', import.meta.url));
}

async function readText(file: string): Promise<string | null> {
	try {
		return await fsp.readFile(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
		throw error;
	}
}

async function installedVersion(paths: Paths): Promise<string | null> {
	return (await readText(path.join(paths.lib, MARKER)))?.trim() || null;
}

type LogMarks = Map<string, number>;

/** Records the sizes of the server's logs so that an error can quote only what one start wrote. */
function markLogs(paths: Paths): LogMarks {
	const sizes = [paths.neo4jLog, paths.consoleLog].map((file) => {
		const size = fs.existsSync(file) ? fs.statSync(file).size : 0;
		return [file, size] as const;
	});
	return new Map(sizes);
}

async function logTail(paths: Paths, marks: LogMarks = new Map()): Promise<string> {
	const parts: string[] = [];
	for (const file of [paths.consoleLog, paths.neo4jLog]) {
		const text = ((await readText(file)) ?? '').slice(marks.get(file) ?? 0);
		const tail = tailLines(text, 15);
		if (tail) parts.push(`--- ${file} (last lines)\n${tail}`);
	}
	return parts.length ? parts.join('\n') : `(nothing new in ${paths.logs})`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// Processes

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** Guards against a recycled pid: the process must be a server of this very home. */
function isServerOf(pid: number, paths: Paths): boolean {
	if (!isAlive(pid)) return false;
	try {
		const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
		return cmdline.includes(`--home-dir=${paths.home}`);
	} catch {
		// Without /proc (macOS) a live pid from our own pid file is the best evidence there is.
		return !fs.existsSync('/proc/self');
	}
}

/** Pid of this home's live server; a stale pid file is removed. */
async function serverPid(paths: Paths): Promise<number | null> {
	const pid = Number.parseInt((await readText(paths.pidFile)) ?? '', 10);
	if (!Number.isInteger(pid) || pid <= 0) return null;
	if (isServerOf(pid, paths)) return pid;
	await fsp.rm(paths.pidFile, { force: true });
	return null;
}

function javaBin(): string {
	return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

function requireJava(): string {
	const java = javaBin();
	const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
	if (probe.error)
		throw new Error(`Cannot run '${java}' (${probe.error.message}); ${NO_TOOLS_FIX}`);
	const major = parseJavaMajor(`${probe.stderr}${probe.stdout}`);
	if (major !== null && major < 17) {
		throw new Error(
			`Neo4j 5.26 needs Java 17 or 21, but '${java}' is Java ${major}; ${NO_TOOLS_FIX}`
		);
	}
	return java;
}

function requireMaven(): void {
	const probe = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
	if (probe.error) throw new Error(`Cannot run 'mvn' (${probe.error.message}); ${NO_TOOLS_FIX}`);
}

/** Runs a command to completion with its output appended to a log file. */
async function runLogged(
	command: string,
	args: string[],
	log: string,
	timeoutMs: number,
	env: NodeJS.ProcessEnv = process.env
): Promise<number> {
	await fsp.mkdir(path.dirname(log), { recursive: true });
	await fsp.appendFile(log, `\n=== ${new Date().toISOString()} ${command} ${args[0] ?? ''} ...\n`);
	const out = fs.openSync(log, 'a');
	try {
		const child = spawn(command, args, { stdio: ['ignore', out, out], env });
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		return await new Promise<number>((resolve, reject) => {
			child.once('error', reject);
			child.once('close', (code) => {
				clearTimeout(timer);
				resolve(code ?? -1);
			});
		});
	} finally {
		fs.closeSync(out);
	}
}

function portFree(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const server = net.createServer();
		server.once('error', () => resolve(false));
		server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
	});
}

// ---------------------------------------------------------------------------------------------
// Steps of a start

/**
 * Copies the jars into lib.partial and renames it to lib only when Maven succeeded, so an
 * interrupted fetch leaves no half-filled lib behind. `-U` makes Maven retry artifacts whose
 * earlier download failed instead of trusting its cached failure.
 */
async function obtain(
	paths: Paths,
	serverDir: string,
	version: string,
	logger: Logger
): Promise<void> {
	if ((await installedVersion(paths)) === version) return;
	requireMaven();
	logger.info(
		{ lib: paths.lib, log: paths.mavenLog },
		`Fetching Neo4j Community ${version} through Maven (first run only, about 125 MB)`
	);
	const started = Date.now();
	await fsp.rm(paths.partial, { recursive: true, force: true });
	const pom = path.join(serverDir, 'pom.xml');
	const args = [
		'-B',
		'-U',
		'-ntp',
		'-f',
		pom,
		'dependency:copy-dependencies',
		`-Dseam.lib=${paths.partial}`
	];
	const code = await runLogged('mvn', args, paths.mavenLog, MAVEN_TIMEOUT_MS);
	if (code !== 0) {
		const tail = tailLines((await readText(paths.mavenLog)) ?? '', 15);
		throw new Error(
			`Maven failed to fetch Neo4j ${version} (exit ${code}). Check that Maven Central is reachable and run again, which resumes the download. Full log: ${paths.mavenLog}\n${tail}`
		);
	}
	await fsp.writeFile(path.join(paths.partial, MARKER), `${version}\n`);
	await fsp.rm(paths.lib, { recursive: true, force: true });
	await fsp.rename(paths.partial, paths.lib);
	logger.info({ ms: Date.now() - started }, `Fetched Neo4j ${version} into ${paths.lib}`);
}

interface Settings {
	boltPort: number;
	httpPort: number | undefined;
	heapMb: number;
	pageCacheMb: number;
}

/** Returns the Bolt port: the option, else SEAM_BOLT_PORT, else 7687. */
export function boltPortOf(opts: LocalNeo4jOptions, env: NodeJS.ProcessEnv = process.env): number {
	const raw = opts.boltPort ?? env.SEAM_BOLT_PORT ?? DEFAULT_BOLT_PORT;
	const port = Number(raw);
	if (!Number.isInteger(port) || port < 1 || port > 65535) {
		throw new Error(`Bolt port '${raw}' (SEAM_BOLT_PORT) is invalid; give a port from 1 to 65535`);
	}
	return port;
}

function settingsOf(opts: LocalNeo4jOptions, env: NodeJS.ProcessEnv = process.env): Settings {
	return {
		boltPort: boltPortOf(opts, env),
		httpPort: opts.httpPort,
		heapMb: megabytes(opts.heapMb, 'SEAM_NEO4J_HEAP_MB', env, DEFAULT_HEAP_MB),
		pageCacheMb: megabytes(opts.pageCacheMb, 'SEAM_NEO4J_PAGECACHE_MB', env, DEFAULT_PAGECACHE_MB)
	};
}

async function writeConf(paths: Paths, serverDir: string, settings: Settings): Promise<void> {
	const template = await fsp.readFile(path.join(serverDir, 'neo4j.conf.template'), 'utf8');
	const conf = renderConf(template, {
		boltPort: settings.boltPort,
		httpEnabled: settings.httpPort !== undefined,
		// Any valid port will do while HTTP is off: nothing binds it.
		httpPort: settings.httpPort ?? 7474,
		heapMb: settings.heapMb,
		pageCacheMb: settings.pageCacheMb
	});
	await fsp.mkdir(paths.conf, { recursive: true });
	await fsp.writeFile(paths.confFile, conf);
}

/**
 * Returns the password of the neo4j user. Before the first start it generates one and passes it
 * to neo4j-admin's set-initial-password. That command only takes effect while the system
 * database does not exist yet, so afterwards the password file is the only copy.
 */
async function ensurePassword(paths: Paths, java: string): Promise<string> {
	const stored = (await readText(paths.passwordFile))?.trim() || null;
	if (fs.existsSync(paths.systemDb)) {
		if (stored) return stored;
		throw new Error(
			`Neo4j in ${paths.home} was set up with a password that is no longer in ${paths.passwordFile}; put it back in that file, or delete ${path.join(paths.home, 'data')} to start over with an empty graph`
		);
	}
	const password = stored ?? randomBytes(24).toString('base64url');
	await fsp.writeFile(paths.passwordFile, `${password}\n`, { mode: 0o600 });
	await fsp.chmod(paths.passwordFile, 0o600);
	const args = ['-Xmx128m', '-cp', path.join(paths.lib, '*'), 'org.neo4j.cli.AdminTool'];
	const env = { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf };
	// The command takes the password only as an argument, so it is visible in `ps` while it runs
	// (a second or two). It runs once per home, before the server exists.
	const setArgs = [...args, 'dbms', 'set-initial-password', password];
	const code = await runLogged(java, setArgs, paths.adminLog, 120_000, env);
	if (code !== 0) {
		const tail = tailLines((await readText(paths.adminLog)) ?? '', 10);
		throw new Error(
			`neo4j-admin set-initial-password failed (exit ${code}); see ${paths.adminLog}\n${tail}`
		);
	}
	return password;
}

async function assertPortsFree(paths: Paths, settings: Settings): Promise<void> {
	for (const port of [settings.boltPort, settings.httpPort]) {
		if (port === undefined || (await portFree(port))) continue;
		throw new Error(
			`Port ${port} on 127.0.0.1 is already in use, so Neo4j of ${paths.home} cannot listen on it. Stop the program using it, choose another port, or set NEO4J_URI to the server on that port`
		);
	}
}

function spawnServer(paths: Paths, java: string, heapMb: number) {
	fs.mkdirSync(paths.logs, { recursive: true });
	const out = fs.openSync(paths.consoleLog, 'a');
	try {
		// Detached in its own process group: the server outlives the command that started it,
		// and a Ctrl-C in that command's terminal does not reach it.
		const child = spawn(java, jvmArgs(paths.home, heapMb), {
			cwd: paths.home,
			detached: true,
			stdio: ['ignore', out, out],
			env: { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf }
		});
		// A failed spawn leaves child.pid unset, which the caller reports; without a listener
		// the 'error' event would crash the process instead.
		child.once('error', () => undefined);
		child.unref();
		return child;
	} finally {
		fs.closeSync(out);
	}
}

function authError(error: unknown): boolean {
	const code = (error as { code?: string }).code ?? '';
	return code.startsWith('Neo.ClientError.Security.');
}

function connectionDriver(conn: LocalNeo4jConnection): Driver {
	return neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), {
		connectionTimeout: 3_000,
		maxConnectionPoolSize: 1,
		userAgent: 'seam-launcher'
	});
}

/** Polls Bolt until it responds; stops early when the server exits or rejects the password. */
async function waitForBolt(
	conn: LocalNeo4jConnection,
	paths: Paths,
	timeoutMs: number,
	alive: () => boolean,
	marks?: LogMarks
): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	const driver = connectionDriver(conn);
	try {
		for (;;) {
			try {
				await driver.verifyConnectivity();
				return;
			} catch (error) {
				if (authError(error)) {
					throw new Error(
						`Neo4j on ${conn.uri} rejected the password in ${paths.passwordFile} (${(error as Error).message}). Put the correct one there, or delete ${path.join(paths.home, 'data')} to start over`
					);
				}
				if (!alive())
					throw new Error(
						`Neo4j of ${paths.home} exited while starting.\n${await logTail(paths, marks)}`
					);
				if (Date.now() > deadline) {
					throw new Error(
						`Timed out after ${Math.round(timeoutMs / 1000)} s waiting for Neo4j on ${conn.uri} (last error: ${(error as Error).message}).\n${await logTail(paths, marks)}`
					);
				}
			}
			await sleep(500);
		}
	} finally {
		await driver.close();
	}
}

async function killServer(pid: number, timeoutMs: number): Promise<boolean> {
	const deadline = Date.now() + timeoutMs;
	try {
		process.kill(pid, 'SIGTERM');
	} catch {
		return true;
	}
	while (Date.now() < deadline) {
		if (!isAlive(pid)) return true;
		await sleep(250);
	}
	try {
		process.kill(pid, 'SIGKILL');
	} catch {
		// Exited between the last check and the kill.
	}
	return false;
}

// ---------------------------------------------------------------------------------------------
// Locking: one start or stop per home at a time, within this process and across processes
// (vitest workers, the dev server and a CLI command may all ask at once).

const homeQueues = new Map<string, Promise<unknown>>();

async function withHomeLock<T>(paths: Paths, task: () => Promise<T>): Promise<T> {
	const previous = homeQueues.get(paths.home) ?? Promise.resolve();
	const run = previous.catch(() => undefined).then(() => withFileLock(paths, task));
	homeQueues.set(paths.home, run);
	try {
		return await run;
	} finally {
		if (homeQueues.get(paths.home) === run) homeQueues.delete(paths.home);
	}
}

async function withFileLock<T>(paths: Paths, task: () => Promise<T>): Promise<T> {
	await fsp.mkdir(paths.home, { recursive: true });
	await acquireFileLock(paths.lockFile);
	try {
		return await task();
	} finally {
		await fsp.rm(paths.lockFile, { force: true });
	}
}

async function acquireFileLock(file: string): Promise<void> {
	const deadline = Date.now() + LOCK_TIMEOUT_MS;
	for (;;) {
		try {
			await fsp.writeFile(file, `${process.pid}\n`, { flag: 'wx' });
			return;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		if (await lockIsStale(file)) {
			await fsp.rm(file, { force: true });
			continue;
		}
		if (Date.now() > deadline) {
			throw new Error(
				`Timed out after ${LOCK_TIMEOUT_MS / 60_000} min waiting for another process to release ${file}. Wait for it, or delete the file if no Seam command is running`
			);
		}
		await sleep(250);
	}
}

/** Tells whether a lock is stale: its holder is gone, or the file is still empty after 5 s (a new one is empty for a moment). */
async function lockIsStale(file: string): Promise<boolean> {
	const holder = Number.parseInt((await readText(file)) ?? '', 10);
	if (Number.isInteger(holder) && holder > 0) return holder === process.pid || !isAlive(holder);
	const stat = await fsp.stat(file).catch(() => null);
	return stat !== null && Date.now() - stat.mtimeMs > 5_000;
}

// ---------------------------------------------------------------------------------------------
// Public API

/**
 * Returns the Bolt address and credentials of the Neo4j server of `opts.home`, fetching Neo4j
 * through Maven on the first call and starting the server when it is not running.
 */
export function ensureLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4jConnection> {
	const paths = pathsOf(opts.home);
	return withHomeLock(paths, () => ensureLocked(opts, paths));
}

async function ensureLocked(opts: LocalNeo4jOptions, paths: Paths): Promise<LocalNeo4jConnection> {
	const settings = settingsOf(opts);
	const uri = `bolt://127.0.0.1:${settings.boltPort}`;
	const timeoutMs = opts.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
	const running = await serverPid(paths);
	if (running !== null) return reuse(opts, paths, running, uri, timeoutMs);

	const java = requireJava();
	// Checked before the fetch, which is long and pointless when the port is someone else's.
	await assertPortsFree(paths, settings);
	const serverDir = opts.serverDir ?? defaultServerDir();
	const version = pomNeo4jVersion(await fsp.readFile(path.join(serverDir, 'pom.xml'), 'utf8'));
	await obtain(paths, serverDir, version, opts.logger);
	await writeConf(paths, serverDir, settings);
	const password = await ensurePassword(paths, java);

	opts.logger.info(
		{ home: paths.home, heapMb: settings.heapMb, pageCacheMb: settings.pageCacheMb },
		`Starting Neo4j ${version} on ${uri}`
	);
	const started = Date.now();
	const marks = markLogs(paths);
	const child = spawnServer(paths, java, settings.heapMb);
	if (child.pid === undefined)
		throw new Error(`Could not start '${java}' for Neo4j; ${NO_TOOLS_FIX}`);
	await fsp.writeFile(paths.pidFile, `${child.pid}\n`);
	const conn = { uri, user: USER, password };
	try {
		await waitForBolt(
			conn,
			paths,
			timeoutMs,
			() => child.exitCode === null && isAlive(child.pid!),
			marks
		);
	} catch (error) {
		// A server that never responded is killed so that the next attempt starts from scratch.
		await killServer(child.pid, 10_000);
		await fsp.rm(paths.pidFile, { force: true });
		throw error;
	}
	opts.logger.info({ pid: child.pid, ms: Date.now() - started }, `Neo4j is up on ${uri}`);
	return conn;
}

async function reuse(
	opts: LocalNeo4jOptions,
	paths: Paths,
	pid: number,
	uri: string,
	timeoutMs: number
): Promise<LocalNeo4jConnection> {
	const listen = confValue((await readText(paths.confFile)) ?? '', 'server.bolt.listen_address');
	if (listen && `bolt://${listen}` !== uri) {
		throw new Error(
			`Neo4j of ${paths.home} is already running (pid ${pid}) on bolt://${listen}, not ${uri}; stop it first, or ask for that port`
		);
	}
	const password = (await readText(paths.passwordFile))?.trim();
	if (!password) {
		throw new Error(
			`Neo4j of ${paths.home} is running (pid ${pid}) but ${paths.passwordFile} is missing; stop it and put the password back`
		);
	}
	const conn = { uri, user: USER, password };
	await waitForBolt(conn, paths, timeoutMs, () => isAlive(pid));
	opts.logger.debug({ pid, uri }, 'Reusing the running Neo4j');
	return conn;
}

/** Stops the server of `opts.home` if it is running; `stopped` is false when none was. */
export function stopLocalNeo4j(
	opts: LocalNeo4jOptions
): Promise<{ stopped: boolean; pid: number | null }> {
	const paths = pathsOf(opts.home);
	return withHomeLock(paths, async () => {
		const pid = await serverPid(paths);
		if (pid === null) return { stopped: false, pid: null };
		const started = Date.now();
		opts.logger.info({ pid, home: paths.home }, 'Stopping Neo4j');
		const clean = await killServer(pid, STOP_TIMEOUT_MS);
		if (!clean)
			opts.logger.warn(
				{ pid },
				`Neo4j did not stop within ${STOP_TIMEOUT_MS / 1000} s and was killed`
			);
		await fsp.rm(paths.pidFile, { force: true });
		opts.logger.info({ pid, ms: Date.now() - started }, 'Neo4j stopped');
		return { stopped: true, pid };
	});
}

/** Reports on the server of `opts.home` without starting or fetching anything. */
export async function localNeo4jStatus(opts: LocalNeo4jOptions): Promise<LocalNeo4jStatus> {
	const paths = pathsOf(opts.home);
	const pid = await serverPid(paths);
	// A live server listens on the address in its conf, whatever port this caller expects.
	const listen =
		pid === null
			? null
			: confValue((await readText(paths.confFile)) ?? '', 'server.bolt.listen_address');
	const uri = listen ? `bolt://${listen}` : `bolt://127.0.0.1:${boltPortOf(opts)}`;
	const password = (await readText(paths.passwordFile))?.trim();
	const liveVersion =
		pid !== null && password ? await serverVersion({ uri, user: USER, password }) : null;
	return {
		running: liveVersion !== null,
		pid,
		uri,
		version: liveVersion ?? (await installedVersion(paths)),
		home: paths.home
	};
}

/** Returns the server's version, or null when it does not respond. */
async function serverVersion(conn: LocalNeo4jConnection): Promise<string | null> {
	const driver = connectionDriver(conn);
	try {
		// The system database takes no WHERE after YIELD, so the kernel row is picked here.
		const result = await driver.executeQuery(
			'CALL dbms.components() YIELD name, versions',
			{},
			{ database: 'system' }
		);
		const kernel = result.records.find((record) => record.get('name') === 'Neo4j Kernel');
		return (kernel?.get('versions') as string[] | undefined)?.[0] ?? null;
	} catch {
		return null;
	} finally {
		await driver.close();
	}
}
