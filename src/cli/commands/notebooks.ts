/**
 * `seam notebooks`: runs the TypeScript notebooks in notebooks/ headless and keeps their committed
 * copies free of outputs.
 *
 * A run executes each notebook with `jupyter nbconvert --execute` and the Deno kernel spec kept in
 * notebooks/kernels, one notebook at a time because nbconvert stops at the first failing one. The
 * executed copies go to <SEAM_HOME>/notebooks-out, never back into notebooks/. Without NEO4J_URI
 * the notebooks get a Neo4j of their own under <SEAM_HOME>/neo4j-notebooks holding the small demo
 * tenant, so a run never changes the data `npm start` serves or the test server's.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { stopLocalNeo4j } from '../../../graph/launcher.js';
import { usageError } from '../../lib/server/errors.js';
import { Graph } from '../../lib/server/graph/graph.js';
import {
	openDriver,
	resolveNeo4j,
	type Neo4jConnection
} from '../../lib/server/graph/connection.js';
import { migrate } from '../../lib/server/graph/migrate.js';
import { createLogger } from '../../lib/server/log.js';
import { projectRoot, seamHome } from '../../lib/server/paths.js';
import { analyseWithProgress } from './analyse.js';
import { loadDemoWithProgress } from './demo.js';

const logger = createLogger('notebooks');

export const notebooksDir = path.join(projectRoot, 'notebooks');
export const notebooksOutDir = path.join(seamHome, 'notebooks-out');
const notebooksNeo4jHome = path.join(seamHome, 'neo4j-notebooks');
const DEFAULT_BOLT_PORT = 7689;
const DEFAULT_CELL_TIMEOUT_SECONDS = 300;

/** The parts of the .ipynb format (nbformat 4) that the runner reads and clears. */
export interface Notebook {
	cells: Array<{ cell_type: string; outputs?: unknown[]; execution_count?: number | null }>;
	[key: string]: unknown;
}

export interface NotebookResult {
	name: string;
	ok: boolean;
	seconds: number;
	/** Executed copy with outputs, under notebooksOutDir. */
	output: string;
	/** The failing cell and its error, when the notebook failed. */
	error?: string;
}

/**
 * Lists the notebooks in `dir` in name order, or the ones `names` selects. A name may leave out
 * the .ipynb extension. An unknown name is an error that lists the known ones.
 */
export async function selectNotebooks(dir: string, names: string[] = []): Promise<string[]> {
	const available = (await fs.readdir(dir)).filter((file) => file.endsWith('.ipynb')).sort();
	if (names.length === 0) return available.map((file) => path.join(dir, file));
	const unknown = names.filter((name) => !available.includes(withExtension(name)));
	if (unknown.length > 0) {
		throw usageError(
			`No notebook named ${unknown.join(', ')} in ${dir}. The notebooks are ${available.join(', ') || 'none'}.`
		);
	}
	return names.map((name) => path.join(dir, withExtension(name)));
}

function withExtension(name: string): string {
	return name.endsWith('.ipynb') ? name : `${name}.ipynb`;
}

/** Describes each code cell that carries outputs or an execution count, as `cell 3: 2 outputs`. */
export function executedCells(notebook: Notebook): string[] {
	return notebook.cells.flatMap((cell, index) => {
		if (cell.cell_type !== 'code') return [];
		const outputs = cell.outputs?.length ?? 0;
		const count = cell.execution_count ?? null;
		if (outputs === 0 && count === null) return [];
		return [`cell ${index}: ${outputs} outputs, execution count ${count}`];
	});
}

/** Returns a copy of the notebook whose code cells have no outputs and no execution counts. */
export function clearNotebook(notebook: Notebook): Notebook {
	return {
		...notebook,
		cells: notebook.cells.map((cell) =>
			cell.cell_type === 'code' ? { ...cell, outputs: [], execution_count: null } : cell
		)
	};
}

/** Serialises a notebook the way Jupyter writes it: one-space indent and a final newline. */
export function formatNotebook(notebook: Notebook): string {
	return `${JSON.stringify(notebook, null, 1)}\n`;
}

async function readNotebook(file: string): Promise<Notebook> {
	const text = await fs.readFile(file, 'utf8');
	try {
		return JSON.parse(text) as Notebook;
	} catch (error) {
		throw usageError(`${file} is not valid notebook JSON: ${(error as Error).message}`);
	}
}

/**
 * Returns the connection the notebooks use. With NEO4J_URI set that server is used as it is, and
 * the demo is loaded into it only on request. Otherwise the notebooks' own server is started and
 * the small demo tenant loaded and analysed. Loading merges on natural keys and the analysis
 * scores only new texts, so a repeated run skips the model scoring that makes the first slow.
 */
async function prepareGraph(options: {
	loadDemo: boolean;
	fresh: boolean;
}): Promise<Neo4jConnection> {
	const external = Boolean(process.env.NEO4J_URI);
	if (external && options.fresh) {
		throw usageError(
			"--fresh deletes all data, so it only works on the notebooks' own Neo4j. Unset NEO4J_URI to use it."
		);
	}
	const connection = await resolveNeo4j({
		home: notebooksNeo4jHome,
		boltPort: notebooksBoltPort()
	});
	if (external && !options.loadDemo) return connection;
	const graph = new Graph(openDriver(connection));
	try {
		await migrate(graph, logger);
		if (options.fresh) {
			await graph.autoCommit(
				// The audit log stays append-only even in the notebooks' own database.
				`MATCH (n) WHERE NOT n:Migration AND NOT 'AuditEntry' IN labels(n)
				 CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`
			);
		}
		await loadDemoWithProgress(graph, 'small');
		await analyseWithProgress(graph, { full: false });
	} finally {
		await graph.close();
	}
	return connection;
}

function notebooksBoltPort(): number {
	const setting = process.env.SEAM_NOTEBOOKS_BOLT_PORT ?? String(DEFAULT_BOLT_PORT);
	const port = Number(setting);
	if (!Number.isInteger(port) || port < 1 || port > 65_535) {
		throw usageError(`SEAM_NOTEBOOKS_BOLT_PORT=${setting} is not a port number. Use 1 to 65535.`);
	}
	return port;
}

/** Finds Debian's jupyter first: a pyenv or virtualenv one on PATH may lack nbconvert. */
function jupyterCommand(): string {
	if (process.env.SEAM_JUPYTER) return process.env.SEAM_JUPYTER;
	return existsSync('/usr/bin/jupyter') ? '/usr/bin/jupyter' : 'jupyter';
}

/**
 * Environment of the kernel. The kernel spec runs `deno` from PATH, so node_modules/.bin goes
 * first. Deno resolves npm packages from node_modules (notebooks/deno.json sets nodeModulesDir
 * to manual), so with no remote imports in the notebooks it downloads nothing.
 */
function kernelEnv(connection: Neo4jConnection): NodeJS.ProcessEnv {
	const bin = path.join(projectRoot, 'node_modules', '.bin');
	const jupyterPath = [notebooksDir, process.env.JUPYTER_PATH].filter(Boolean).join(path.delimiter);
	return {
		...process.env,
		PATH: [bin, process.env.PATH].filter(Boolean).join(path.delimiter),
		JUPYTER_PATH: jupyterPath,
		NO_COLOR: '1',
		DENO_NO_UPDATE_CHECK: '1',
		DENO_DIR: process.env.DENO_DIR ?? path.join(seamHome, 'deno'),
		SEAM_ROOT: projectRoot,
		SEAM_HOME: seamHome,
		SEAM_LOG_LEVEL: process.env.SEAM_LOG_LEVEL ?? 'warn',
		NEO4J_URI: connection.uri,
		NEO4J_USER: connection.user,
		NEO4J_PASSWORD: connection.password
	};
}

/**
 * Returns nbconvert's report of the failing cell: its source and the error, without the Python
 * traceback above them. Falls back to the last lines of stderr.
 */
export function failureReport(stderr: string): string {
	const marker = stderr.indexOf('An error occurred while executing the following cell');
	if (marker !== -1) return stderr.slice(marker).trim();
	return stderr.trim().split('\n').slice(-20).join('\n');
}

async function executeNotebook(
	file: string,
	env: NodeJS.ProcessEnv,
	cellTimeoutSeconds: number
): Promise<NotebookResult> {
	const name = path.basename(file, '.ipynb');
	const output = path.join(notebooksOutDir, path.basename(file));
	await fs.rm(output, { force: true });
	const args = [
		'nbconvert',
		'--to',
		'notebook',
		'--execute',
		`--ExecutePreprocessor.timeout=${cellTimeoutSeconds}`,
		'--output-dir',
		notebooksOutDir,
		file
	];
	const started = performance.now();
	const { code, stderr } = await runProcess(jupyterCommand(), args, env);
	const seconds = Math.round((performance.now() - started) / 100) / 10;
	if (code === 0) return { name, ok: true, seconds, output };
	return { name, ok: false, seconds, output, error: failureReport(stderr) };
}

function runProcess(
	command: string,
	args: string[],
	env: NodeJS.ProcessEnv
): Promise<{ code: number | null; stderr: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, {
			cwd: projectRoot,
			env,
			stdio: ['ignore', 'ignore', 'pipe']
		});
		let stderr = '';
		child.stderr.setEncoding('utf8');
		child.stderr.on('data', (chunk: string) => (stderr += chunk));
		child.on('error', (error: NodeJS.ErrnoException) => {
			const fix =
				error.code === 'ENOENT'
					? '; install jupyter-nbconvert, python3-jupyter-client and python3-ipykernel, or set SEAM_JUPYTER'
					: '';
			reject(usageError(`Could not run ${command}: ${error.message}${fix}`));
		});
		child.on('close', (code) => resolve({ code, stderr }));
	});
}

interface RunOptions {
	loadDemo: boolean;
	fresh: boolean;
	stop: boolean;
	cellTimeout: string;
}

async function runAction(names: string[], options: RunOptions): Promise<void> {
	const cellTimeoutSeconds = Number(options.cellTimeout);
	if (!(cellTimeoutSeconds > 0)) {
		throw usageError(
			`--cell-timeout must be a positive number of seconds, not "${options.cellTimeout}"`
		);
	}
	const files = await selectNotebooks(notebooksDir, names);
	if (!existsSync(path.join(projectRoot, 'node_modules', '.bin', 'deno'))) {
		throw usageError(
			'node_modules/.bin/deno is missing; run npm install to get the deno dev dependency.'
		);
	}

	const connection = await prepareGraph(options);
	await fs.mkdir(notebooksOutDir, { recursive: true });
	const env = kernelEnv(connection);
	console.log(
		`Running ${files.length} notebooks against ${connection.uri}; outputs in ${notebooksOutDir}`
	);
	const results: NotebookResult[] = [];
	try {
		for (const file of files) {
			const result = await executeNotebook(file, env, cellTimeoutSeconds);
			results.push(result);
			const time = `${result.seconds.toFixed(1).padStart(6)} s`;
			console.log(`${result.ok ? 'pass' : 'FAIL'}  ${result.name.padEnd(28)} ${time}`);
			if (result.error) console.log(indent(result.error));
		}
	} finally {
		if (options.stop && !process.env.NEO4J_URI) await stopNotebooksNeo4j();
	}

	printSummary(results);
	if (results.some((result) => !result.ok)) process.exitCode = 1;
}

/** Prints the count of passed notebooks and one JSON line for scripts. */
function printSummary(results: NotebookResult[]): void {
	const failed = results.filter((result) => !result.ok).length;
	const total = results.reduce((sum, result) => sum + result.seconds, 0);
	console.log(
		`${results.length - failed} of ${results.length} notebooks passed in ${total.toFixed(1)} s`
	);
	const notebooks = results.map(({ name, ok, seconds }) => ({ name, ok, seconds }));
	console.log(JSON.stringify({ notebooks, failed }));
}

function indent(text: string): string {
	return text
		.split('\n')
		.map((line) => `      ${line}`)
		.join('\n');
}

async function stopNotebooksNeo4j(): Promise<void> {
	const result = await stopLocalNeo4j({ home: notebooksNeo4jHome, logger });
	console.log(
		result.stopped ? `Notebook Neo4j stopped (pid ${result.pid})` : 'Notebook Neo4j was not running'
	);
}

async function clearAction(names: string[], options: { check?: boolean }): Promise<void> {
	const dirty: string[] = [];
	for (const file of await selectNotebooks(notebooksDir, names)) {
		const notebook = await readNotebook(file);
		const cells = executedCells(notebook);
		if (cells.length === 0) continue;
		dirty.push(`${path.relative(projectRoot, file)}: ${cells.join('; ')}`);
		if (!options.check) await fs.writeFile(file, formatNotebook(clearNotebook(notebook)));
	}
	if (dirty.length === 0) {
		console.log('No notebook has outputs.');
	} else if (options.check) {
		console.log(`Notebooks with outputs (run 'seam notebooks clear'):\n${dirty.join('\n')}`);
		process.exitCode = 1;
	} else {
		console.log(`Cleared outputs of:\n${dirty.join('\n')}`);
	}
}

/** Adds `notebooks run`, `notebooks clear` and `notebooks stop` to the Seam CLI. */
export function registerNotebooksCommands(program: Command): void {
	const notebooks = program
		.command('notebooks')
		.description('TypeScript notebooks in notebooks/: run them headless, clear their outputs');
	notebooks
		.command('run')
		.argument('[names...]', 'notebooks to run, with or without .ipynb (default: all)')
		.description(
			'execute notebooks one at a time with jupyter nbconvert into <SEAM_HOME>/notebooks-out; ' +
				'without NEO4J_URI against their own Neo4j with the small demo tenant'
		)
		.option('--load-demo', 'also load and analyse the small demo tenant when NEO4J_URI is set')
		.option('--fresh', "delete the notebooks' own Neo4j data before loading the demo")
		.option('--stop', "stop the notebooks' own Neo4j after the run")
		.option(
			'--cell-timeout <seconds>',
			'time limit of one cell',
			String(DEFAULT_CELL_TIMEOUT_SECONDS)
		)
		.action(runAction);
	notebooks
		.command('clear')
		.argument('[names...]', 'notebooks to clear (default: all)')
		.description('remove outputs and execution counts from the notebooks in notebooks/')
		.option('--check', 'change nothing; exit 1 when a notebook has outputs')
		.action(clearAction);
	notebooks.command('stop').description("stop the notebooks' own Neo4j").action(stopNotebooksNeo4j);
}
