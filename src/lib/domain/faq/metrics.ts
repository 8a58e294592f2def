/** Retrieval figures over a set of queries, each with one correct FAQ. */
export interface RetrievalFigures {
	queries: number;
	/** Mean reciprocal rank of the correct FAQ within the first 10 results (0 when absent). */
	mrrAt10: number;
	/** Share of queries whose correct FAQ is among the first 5 results. */
	recallAt5: number;
}

/** Computes MRR@10 and recall@5 from the 1-based rank of the correct answer (null = not found). */
export function retrievalFigures(ranks: Array<number | null>): RetrievalFigures {
	if (ranks.length === 0) return { queries: 0, mrrAt10: 0, recallAt5: 0 };
	let reciprocal = 0;
	let hits = 0;
	for (const rank of ranks) {
		if (rank !== null && rank <= 10) reciprocal += 1 / rank;
		if (rank !== null && rank <= 5) hits += 1;
	}
	return {
		queries: ranks.length,
		mrrAt10: reciprocal / ranks.length,
		recallAt5: hits / ranks.length
	};
}

/** 1-based position of `expected` in `ids`, or null. */
export function rankOf(ids: string[], expected: string): number | null {
	const index = ids.indexOf(expected);
	return index === -1 ? null : index + 1;
}
