import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
	buildSynonymIndex,
	synonymGroupsSchema,
	type SynonymGroups,
	type SynonymIndex
} from '../../domain/faq/synonyms.js';
import type { Graph } from '../graph/graph.js';
import { modelsDir } from '../paths.js';

export const synonymsFile = path.join(modelsDir, 'faq', 'synonyms.json');

let cached: { groups: SynonymGroups; index: SynonymIndex } | undefined;

/** Reads the shop-term synonym groups once per process. */
export function loadSynonyms(file = synonymsFile): { groups: SynonymGroups; index: SynonymIndex } {
	if (cached && file === synonymsFile) return cached;
	const raw = JSON.parse(readFileSync(file, 'utf8')) as { groups?: unknown };
	const parsed = synonymGroupsSchema.safeParse(raw.groups);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new Error(
			`${file}: groups.${issue.path.join('.')} is invalid (${issue.message}); ` +
				'give "groups" as a list of lists of at least two terms'
		);
	}
	const loaded = { groups: parsed.data, index: buildSynonymIndex(parsed.data) };
	if (file === synonymsFile) cached = loaded;
	return loaded;
}

/** Mirrors the groups into the graph as `(:Term)-[:SYNONYM_OF]->(:Term {preferred: true})`. */
export async function writeSynonymTerms(graph: Graph, groups: SynonymGroups): Promise<number> {
	const rows = groups.flatMap(([preferred, ...others]) =>
		others.map((text) => ({ preferred, text }))
	);
	await graph.write(
		`UNWIND $rows AS row
		 MERGE (p:Term {text: row.preferred}) SET p.preferred = true
		 MERGE (t:Term {text: row.text})
		 MERGE (t)-[:SYNONYM_OF]->(p)`,
		{ rows }
	);
	return rows.length;
}
