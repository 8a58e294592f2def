import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
	buildLexicon,
	lexiconSchema,
	type Lexicon,
	type LexiconData
} from '../domain/risk/lexicon.js';
import { SeamError } from './errors.js';
import type { Graph } from './graph/graph.js';
import { modelsDir } from './paths.js';

export const lexiconFile = path.join(modelsDir, 'lexicon', 'negative-words.json');

/** Loads and validates the negative-word lexicon shipped in `models/lexicon`. */
export function loadLexicon(file = lexiconFile): Lexicon {
	return buildLexicon(loadLexiconData(file));
}

/** Collects every problem of a lexicon into lines naming the field, for one error message. */
export function lexiconProblems(raw: unknown): { data: LexiconData | null; problems: string[] } {
	const result = lexiconSchema.safeParse(raw);
	if (result.success) return { data: result.data, problems: [] };
	return {
		data: null,
		problems: result.error.issues.map((i) => `${i.path.join('.') || '(lexicon)'}: ${i.message}`)
	};
}

/** Reads the lexicon file's data without building the matcher, for the editor. */
export function loadLexiconData(file = lexiconFile): LexiconData {
	let raw: unknown;
	try {
		raw = JSON.parse(readFileSync(file, 'utf8'));
	} catch (cause) {
		throw new SeamError(
			`Cannot read the lexicon ${file}: ${(cause as Error).message}`,
			'lexicon_invalid',
			{ cause }
		);
	}
	const { data, problems } = lexiconProblems(raw);
	if (!data) {
		throw new SeamError(
			`The lexicon ${file} is invalid:\n  ${problems.join('\n  ')}`,
			'lexicon_invalid'
		);
	}
	return data;
}

export interface StoredLexicon {
	data: LexiconData;
	source: 'graph' | 'file';
	savedAt: number | null;
	savedBy: string | null;
}

/** Returns the newest lexicon saved in the graph, or the shipped file when none was saved. */
export async function currentLexiconData(graph: Graph, file = lexiconFile): Promise<StoredLexicon> {
	const [row] = await graph.read<{
		version: number;
		data: string;
		savedAt: number;
		savedBy: string;
	}>(
		`MATCH (l:LexiconVersion) RETURN l.version AS version, l.data AS data, l.savedAt AS savedAt,
		   l.savedBy AS savedBy ORDER BY l.version DESC LIMIT 1`
	);
	if (!row) return { data: loadLexiconData(file), source: 'file', savedAt: null, savedBy: null };
	const { data, problems } = lexiconProblems(JSON.parse(row.data));
	if (!data) {
		throw new SeamError(
			`Lexicon version ${row.version} in the graph is invalid:\n  ${problems.join('\n  ')}\n` +
				'Save a corrected version from the lexicon page.',
			'lexicon_invalid'
		);
	}
	return { data, source: 'graph', savedAt: row.savedAt, savedBy: row.savedBy };
}

/**
 * Loads the lexicon the analysis should use: the newest version saved in the graph, else
 * the file in `models/lexicon`.
 */
export async function loadLexiconFromGraph(graph: Graph, file = lexiconFile): Promise<Lexicon> {
	return buildLexicon((await currentLexiconData(graph, file)).data);
}

/**
 * Saves a lexicon as the next version in the graph and queues every message and review for
 * analysis, because their negative-word counts depend on it. Returns the new version number
 * and how many texts were queued.
 */
export async function saveLexiconVersion(
	graph: Graph,
	data: LexiconData,
	savedBy: string,
	now: number,
	file = lexiconFile
): Promise<{ version: number; queued: number }> {
	const fileVersion = loadLexiconData(file).version;
	const [{ newest }] = await graph.read<{ newest: number | null }>(
		`MATCH (l:LexiconVersion) RETURN max(l.version) AS newest`
	);
	const version = Math.max(newest ?? 0, fileVersion) + 1;
	// The uniqueness constraint on the version rejects a concurrent save of the same number.
	await graph.write(
		`CREATE (:LexiconVersion {version: toInteger($version), savedBy: $savedBy, data: $json,
		   savedAt: datetime({epochMillis: toInteger($now)})})`,
		{ version, savedBy, now, json: JSON.stringify({ ...data, version }) }
	);
	let queued = 0;
	for (const label of ['Message', 'Review']) {
		const [count] = await graph.autoCommit<{ queued: number }>(
			`MATCH (n:${label}) WHERE n.text IS NOT NULL
			 CALL (n) { SET n:PendingAnalysis } IN TRANSACTIONS OF 10000 ROWS
			 RETURN count(n) AS queued`
		);
		queued += count.queued;
	}
	return { version, queued };
}

/** Saved lexicon versions, newest first, without their data. */
export async function listLexiconVersions(
	graph: Graph
): Promise<Array<{ version: number; savedAt: number; savedBy: string }>> {
	return graph.read(
		`MATCH (l:LexiconVersion) RETURN l.version AS version, l.savedAt AS savedAt,
		   l.savedBy AS savedBy ORDER BY l.version DESC LIMIT 20`
	);
}
