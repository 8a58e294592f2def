export interface TopicScore {
	topicId: string;
	/** Texts whose true topics include this one. */
	support: number;
	truePositives: number;
	falsePositives: number;
	falseNegatives: number;
	precision: number | null;
	recall: number | null;
}

export interface TaggingEvaluation {
	texts: number;
	perTopic: TopicScore[];
	/** Precision and recall over all (text, topic) pairs. */
	microPrecision: number | null;
	microRecall: number | null;
}

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/**
 * Scores predicted topic sets against true ones, per topic and pooled (micro average). A text
 * may carry several topics on either side.
 */
export function evaluateTagging(
	items: Array<{ truth: string[]; predicted: string[] }>,
	topicIds: string[]
): TaggingEvaluation {
	const perTopic = topicIds.map((topicId) => {
		let tp = 0;
		let fp = 0;
		let fn = 0;
		let support = 0;
		for (const { truth, predicted } of items) {
			const isTrue = truth.includes(topicId);
			const isPredicted = predicted.includes(topicId);
			if (isTrue) support++;
			if (isTrue && isPredicted) tp++;
			else if (isPredicted) fp++;
			else if (isTrue) fn++;
		}
		return {
			topicId,
			support,
			truePositives: tp,
			falsePositives: fp,
			falseNegatives: fn,
			precision: ratio(tp, tp + fp),
			recall: ratio(tp, tp + fn)
		};
	});
	const sum = (key: 'truePositives' | 'falsePositives' | 'falseNegatives') =>
		perTopic.reduce((total, row) => total + row[key], 0);
	const tp = sum('truePositives');
	return {
		texts: items.length,
		perTopic,
		microPrecision: ratio(tp, tp + sum('falsePositives')),
		microRecall: ratio(tp, tp + sum('falseNegatives'))
	};
}
