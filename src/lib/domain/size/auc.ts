import { FITS, type Fit } from './feedback';

/**
 * Area under the ROC curve of `scores` for the positive labels, by the Mann–Whitney rank sum:
 * the chance that a random positive scores above a random negative, ties counting half.
 * Returns `undefined` when either class is empty.
 */
export function binaryAuc(
	scores: readonly number[],
	positive: readonly boolean[]
): number | undefined {
	const order = scores.map((score, index) => ({ score, index })).sort((a, b) => a.score - b.score);
	const ranks = new Array<number>(scores.length);
	for (let i = 0; i < order.length;) {
		let j = i;
		while (j + 1 < order.length && order[j + 1].score === order[i].score) j += 1;
		const averageRank = (i + j) / 2 + 1;
		for (let k = i; k <= j; k += 1) ranks[order[k].index] = averageRank;
		i = j + 1;
	}
	let positives = 0;
	let rankSum = 0;
	positive.forEach((isPositive, index) => {
		if (isPositive) {
			positives += 1;
			rankSum += ranks[index];
		}
	});
	const negatives = scores.length - positives;
	if (positives === 0 || negatives === 0) return undefined;
	return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export type FitScores = Record<Fit, number>;

export interface AucReport {
	perClass: Record<Fit, number | undefined>;
	/** Mean of the per-class AUCs that are defined (one-vs-rest), as Misra et al. (RecSys 2018) report. */
	average: number | undefined;
	count: number;
}

/** One-vs-rest AUC of each fit class and their mean. */
export function averageAuc(labels: readonly Fit[], scores: readonly FitScores[]): AucReport {
	const perClass = {} as Record<Fit, number | undefined>;
	for (const fit of FITS) {
		perClass[fit] = binaryAuc(
			scores.map((score) => score[fit]),
			labels.map((label) => label === fit)
		);
	}
	const defined = FITS.map((fit) => perClass[fit]).filter((v): v is number => v !== undefined);
	const average = defined.length ? defined.reduce((a, b) => a + b, 0) / defined.length : undefined;
	return { perClass, average, count: labels.length };
}
