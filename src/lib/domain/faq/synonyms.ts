import { z } from 'zod';

/** Groups of shop terms that mean the same to a customer; the first term is the preferred one. */
export const synonymGroupsSchema = z
	.array(z.array(z.string().trim().min(1)).min(2, 'a synonym group needs at least two terms'))
	.min(1);

export type SynonymGroups = z.output<typeof synonymGroupsSchema>;

/** Term → every term of the groups it belongs to (itself included). */
export type SynonymIndex = Map<string, string[]>;

export function buildSynonymIndex(groups: SynonymGroups): SynonymIndex {
	const index: SynonymIndex = new Map();
	for (const group of groups) {
		for (const term of group) {
			const known = index.get(term) ?? [term];
			for (const other of group) if (!known.includes(other)) known.push(other);
			index.set(term, known);
		}
	}
	return index;
}

/**
 * Expands each query token into itself and its synonyms, keeping the order and dropping
 * repeats. A token without synonyms stays as it is.
 */
export function expandSynonyms(tokens: string[], index: SynonymIndex): string[][] {
	const seen = new Set<string>();
	const expanded: string[][] = [];
	for (const token of tokens) {
		if (seen.has(token)) continue;
		seen.add(token);
		expanded.push(index.get(token) ?? [token]);
	}
	return expanded;
}
