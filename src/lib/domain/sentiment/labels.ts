export type SentimentLabel = 'negative' | 'positive';

/** Classifier class index: the head predicts P(class 1) = P(negative). */
export const NEGATIVE_CLASS = 1;

// Spellings found in public sentiment CSVs: 0/1 (ChnSentiCorp, waimai), -1/1, words in en and zh.
const NEGATIVE = new Set(['0', '-1', 'neg', 'negative', '负面', '负', '差评', '消极']);
const POSITIVE = new Set(['1', 'pos', 'positive', '正面', '正', '好评', '积极']);

/** Parses a label cell into a sentiment, or returns null when the cell is not a known spelling. */
export function parseSentimentLabel(value: string): SentimentLabel | null {
	const key = value.trim().toLowerCase();
	if (NEGATIVE.has(key)) return 'negative';
	if (POSITIVE.has(key)) return 'positive';
	return null;
}

export function labelToClass(label: SentimentLabel): number {
	return label === 'negative' ? NEGATIVE_CLASS : 1 - NEGATIVE_CLASS;
}

/** Decides the label from P(negative); ties go to positive. */
export function labelFromNegative(negative: number, threshold = 0.5): SentimentLabel {
	return negative > threshold ? 'negative' : 'positive';
}
