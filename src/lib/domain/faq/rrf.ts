/**
 * Reciprocal rank fusion (Cormack, Clarke and Büttcher, SIGIR 2009): each list adds
 * `weight / (k + rank)` for every id it ranks, rank counted from 1. Scores of different
 * retrievers (BM25, cosine) are not comparable, ranks are, so only ranks are used.
 */
export interface RankedList {
	ids: string[];
	weight?: number;
}

export interface FusedResult {
	id: string;
	score: number;
	/** 1-based rank of the id in each input list, or null where that list missed it. */
	ranks: Array<number | null>;
}

/** The constant from the paper; larger values flatten the difference between top ranks. */
export const RRF_K = 60;

export function reciprocalRankFusion(lists: RankedList[], k = RRF_K): FusedResult[] {
	const fused = new Map<string, FusedResult>();
	lists.forEach((list, listIndex) => {
		const seen = new Set<string>();
		list.ids.forEach((id, index) => {
			if (seen.has(id)) return;
			seen.add(id);
			let entry = fused.get(id);
			if (!entry) {
				entry = { id, score: 0, ranks: lists.map(() => null) };
				fused.set(id, entry);
			}
			entry.score += (list.weight ?? 1) / (k + index + 1);
			entry.ranks[listIndex] = index + 1;
		});
	});
	return [...fused.values()].sort((a, b) => b.score - a.score || bestRank(a) - bestRank(b));
}

function bestRank(result: FusedResult): number {
	return Math.min(...result.ranks.map((rank) => rank ?? Infinity));
}
