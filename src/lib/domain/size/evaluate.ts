import { averageAuc, type AucReport, type FitScores } from './auc';
import { FITS, type Fit } from './feedback';
import {
	predictFit,
	trainLatentSize,
	type FitObservation,
	type LatentSizeOptions
} from './latentSize';

export interface FitEvaluation {
	folds: number;
	model: AucReport;
	/** Each SKU's class shares in the training folds (Laplace-smoothed), the same split. */
	baseline: AucReport;
	labels: Record<Fit, number>;
}

function skuRates(train: readonly FitObservation[]) {
	const counts = new Map<string, Record<Fit, number>>();
	const overall: Record<Fit, number> = { small: 1, fit: 1, large: 1 };
	for (const o of train) {
		const count = counts.get(o.skuId) ?? { small: 1, fit: 1, large: 1 };
		count[o.fit] += 1;
		overall[o.fit] += 1;
		counts.set(o.skuId, count);
	}
	return (skuId: string): FitScores => {
		const count = counts.get(skuId) ?? overall;
		const total = count.small + count.fit + count.large;
		return { small: count.small / total, fit: count.fit / total, large: count.large / total };
	};
}

/**
 * K-fold cross-validation of the latent size model: every observation is predicted once by a
 * model trained without its fold, and the predictions are scored by average AUC. Folds are
 * assigned by a seeded shuffle, so a run is repeatable.
 */
export function crossValidateFit(
	observations: readonly FitObservation[],
	options: LatentSizeOptions & { folds?: number } = {}
): FitEvaluation {
	const folds = Math.max(2, Math.min(options.folds ?? 5, observations.length));
	const seed = options.seed ?? 1;
	const foldOf = observations.map((_, index) => {
		const x = Math.sin((index + 1) * 12.9898 + seed * 78.233) * 43758.5453;
		return { index, key: x - Math.floor(x) };
	});
	foldOf.sort((a, b) => a.key - b.key);
	const assigned = new Array<number>(observations.length);
	foldOf.forEach(({ index }, rank) => (assigned[index] = rank % folds));

	const modelScores = new Array<FitScores>(observations.length);
	const baselineScores = new Array<FitScores>(observations.length);
	for (let fold = 0; fold < folds; fold += 1) {
		const train = observations.filter((_, index) => assigned[index] !== fold);
		const model = trainLatentSize(train, options);
		const rates = skuRates(train);
		observations.forEach((o, index) => {
			if (assigned[index] !== fold) return;
			modelScores[index] = predictFit(model, o);
			baselineScores[index] = rates(o.skuId);
		});
	}
	const labels = observations.map((o) => o.fit);
	const counts = Object.fromEntries(
		FITS.map((fit) => [fit, labels.filter((label) => label === fit).length])
	) as Record<Fit, number>;
	return {
		folds,
		model: averageAuc(labels, modelScores),
		baseline: averageAuc(labels, baselineScores),
		labels: counts
	};
}
