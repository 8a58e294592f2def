import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Index, MetricKind, ScalarKind } from 'usearch';
import type { Graph } from '../graph/graph.js';
import type { Logger } from '../log.js';

/**
 * An in-process HNSW copy (usearch) of the FAQ embeddings stored in Neo4j. Neo4j 5.26 runs its
 * Lucene vector index on Java 17 without SIMD, so on 100,000 entries of 512 dimensions each
 * query took 60–100 ms on two cores. The same search in usearch took well under a millisecond. Neo4j stays the source of truth: each search checks the graph's FAQ revision
 * and count, the copy is rebuilt when they change and saved under SEAM_HOME so a restart
 * loads it, and until a matching copy is ready searches fall back to Neo4j's index.
 */

const DIMENSIONS = 512;
const PAGE = 5000;
/** HNSW settings: 16 links per node and a build beam of 64 keep a 100,000-entry build short. */
const CONNECTIVITY = 16;
const EXPANSION_ADD = 64;
const EXPANSION_SEARCH = 64;

export interface FaqVectorCacheOptions {
	/** Folder for the saved index; without it the copy lives in memory only. */
	dir?: string;
	logger: Logger;
}

interface Stamp {
	/** Neo4j's id of the database, so two servers never share a saved copy. */
	databaseId: string;
	revision: number;
	count: number;
}

interface Built {
	index: Index;
	ids: string[];
	stamp: Stamp;
	source: 'disk' | 'graph';
}

const sameStamp = (a: Stamp, b: Stamp) =>
	a.databaseId === b.databaseId && a.revision === b.revision && a.count === b.count;

function newIndex(): Index {
	return new Index({
		dimensions: DIMENSIONS,
		metric: MetricKind.Cos,
		quantization: ScalarKind.F16,
		connectivity: CONNECTIVITY,
		expansion_add: EXPANSION_ADD,
		expansion_search: EXPANSION_SEARCH,
		multi: false
	});
}

/** Reads the FAQ revision (bumped by every embedding write) and the FAQ count (a count-store read). */
export async function readFaqVectorStamp(graph: Graph): Promise<Stamp> {
	const [row] = await graph.read<Stamp>(
		`CALL db.info() YIELD id AS databaseId
		 CALL () { MATCH (f:FaqQuestion) RETURN count(f) AS count }
		 OPTIONAL MATCH (s:FaqVectorState {key: 'faq'})
		 RETURN databaseId, coalesce(s.revision, 0) AS revision, count`
	);
	return row;
}

/** Marks the FAQ embeddings as changed, inside the caller's write. */
export const BUMP_FAQ_VECTOR_REVISION = `MERGE (state:FaqVectorState {key: 'faq'})
	SET state.revision = coalesce(state.revision, 0) + 1`;

export class FaqVectorCache {
	private built: Built | null = null;
	private pending: Promise<void> | null = null;

	constructor(
		private readonly graph: Graph,
		private readonly options: FaqVectorCacheOptions
	) {}

	/**
	 * Tells whether the loaded copy matches the graph right now: one small read, which search
	 * runs while the query is being embedded. When it does not match, a rebuild starts in the
	 * background and the caller asks Neo4j meanwhile, so an import is searchable at once.
	 */
	async isCurrent(): Promise<boolean> {
		const built = this.built;
		const stamp = await readFaqVectorStamp(this.graph);
		if (built && sameStamp(built.stamp, stamp)) return true;
		void this.refresh();
		return false;
	}

	/** Returns the faqIds nearest to a unit vector, best first, or null before a copy is loaded. */
	search(vector: Float32Array, k: number): string[] | null {
		const built = this.built;
		if (!built || built.ids.length === 0) return null;
		const matches = built.index.search(vector, Math.min(k, built.ids.length), 1);
		return Array.from(matches.keys, (key) => built.ids[Number(key)]);
	}

	/** Checks the graph's stamp and rebuilds or reloads the copy when it changed. */
	refresh(): Promise<void> {
		this.pending ??= this.update().finally(() => {
			this.pending = null;
		});
		return this.pending;
	}

	/** Waits until the copy matches the graph, for start-up warm-up, benchmarks and tests. */
	async ready(): Promise<void> {
		await this.refresh();
	}

	get size(): number {
		return this.built?.ids.length ?? 0;
	}

	/** Origin of the loaded copy (saved file or graph); null before the first one is ready. */
	get source(): 'disk' | 'graph' | null {
		return this.built?.source ?? null;
	}

	private async update(): Promise<void> {
		const stamp = await readFaqVectorStamp(this.graph);
		if (this.built && sameStamp(this.built.stamp, stamp)) return;
		const started = performance.now();
		const loaded = await this.loadSaved(stamp);
		this.built = loaded ?? (await this.build(stamp));
		this.options.logger.info(
			{
				entries: this.built.ids.length,
				from: this.built.source,
				ms: Math.round(performance.now() - started)
			},
			'FAQ vector copy ready'
		);
		if (!loaded) await this.save(this.built);
	}

	private async build(stamp: Stamp): Promise<Built> {
		const index = newIndex();
		const ids: string[] = [];
		let after = '';
		for (;;) {
			const rows = await this.graph.read<{ faqId: string; embedding: number[] }>(
				`MATCH (f:FaqQuestion) WHERE f.faqId > $after AND f.embedding IS NOT NULL
				 RETURN f.faqId AS faqId, f.embedding AS embedding
				 ORDER BY f.faqId LIMIT toInteger($page)`,
				{ after, page: PAGE }
			);
			if (rows.length === 0) break;
			const keys = new BigUint64Array(rows.length);
			const matrix = new Float32Array(rows.length * DIMENSIONS);
			rows.forEach((row, i) => {
				keys[i] = BigInt(ids.length + i);
				matrix.set(row.embedding, i * DIMENSIONS);
			});
			index.add(keys, matrix, 0);
			ids.push(...rows.map((row) => row.faqId));
			after = rows[rows.length - 1].faqId;
		}
		return { index, ids, stamp, source: 'graph' };
	}

	private files(stamp: Stamp) {
		const dir = this.options.dir;
		if (!dir) return null;
		const base = path.join(dir, `faq-vectors-${stamp.databaseId}`);
		return { index: `${base}.usearch`, meta: `${base}.json` };
	}

	private async loadSaved(stamp: Stamp): Promise<Built | null> {
		const files = this.files(stamp);
		if (!files) return null;
		try {
			const meta = JSON.parse(await readFile(files.meta, 'utf8')) as {
				stamp: Stamp;
				ids: string[];
			};
			if (!sameStamp(meta.stamp, stamp)) return null;
			const index = newIndex();
			index.load(files.index);
			if (index.size() !== meta.ids.length) return null;
			return { index, ids: meta.ids, stamp, source: 'disk' };
		} catch {
			// A missing or unreadable file only means the copy is built from the graph.
			return null;
		}
	}

	private async save(built: Built): Promise<void> {
		const files = this.files(built.stamp);
		if (!files) return;
		try {
			await mkdir(path.dirname(files.index), { recursive: true });
			built.index.save(`${files.index}.tmp`);
			await rename(`${files.index}.tmp`, files.index);
			await writeFile(files.meta, JSON.stringify({ stamp: built.stamp, ids: built.ids }));
		} catch (error) {
			this.options.logger.warn({ err: error }, 'could not save the FAQ vector copy');
		}
	}
}
