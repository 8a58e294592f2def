/**
 * Metrics of a binary classifier whose classes are 0 and 1. In Seam's sentiment model class 1 is
 * 'negative', but these functions do not depend on that.
 */

export interface ConfusionMatrix {
	/** counts[actual][predicted] */
	counts: [[number, number], [number, number]];
}

export interface BinaryMetrics {
	count: number;
	accuracy: number;
	macroF1: number;
	confusion: ConfusionMatrix;
}

export function confusionMatrix(actual: number[], predicted: number[]): ConfusionMatrix {
	if (actual.length !== predicted.length) {
		throw new Error(`Got ${actual.length} labels but ${predicted.length} predictions.`);
	}
	const counts: ConfusionMatrix['counts'] = [
		[0, 0],
		[0, 0]
	];
	actual.forEach((a, i) => {
		const p = predicted[i];
		if ((a !== 0 && a !== 1) || (p !== 0 && p !== 1)) {
			throw new Error(`Row ${i} has label ${a} and prediction ${p}; both must be 0 or 1.`);
		}
		counts[a][p]++;
	});
	return { counts };
}

export function accuracy({ counts }: ConfusionMatrix): number {
	const total = counts[0][0] + counts[0][1] + counts[1][0] + counts[1][1];
	return total === 0 ? 0 : (counts[0][0] + counts[1][1]) / total;
}

/** F1 of one class; 0 when the class never occurs and is never predicted. */
export function f1(counts: ConfusionMatrix['counts'], positive: 0 | 1): number {
	const other = positive === 0 ? 1 : 0;
	const truePositive = counts[positive][positive];
	const denominator = 2 * truePositive + counts[other][positive] + counts[positive][other];
	return denominator === 0 ? 0 : (2 * truePositive) / denominator;
}

/** Unweighted mean of the F1 of both classes. */
export function macroF1({ counts }: ConfusionMatrix): number {
	return (f1(counts, 0) + f1(counts, 1)) / 2;
}

export function binaryMetrics(actual: number[], predicted: number[]): BinaryMetrics {
	const confusion = confusionMatrix(actual, predicted);
	return {
		count: actual.length,
		accuracy: accuracy(confusion),
		macroF1: macroF1(confusion),
		confusion
	};
}
