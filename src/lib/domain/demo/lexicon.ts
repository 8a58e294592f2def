/**
 * The negative-word lexicon the demo text is written against, and the risk rule: more than
 * 3 negative words in a conversation's customer messages is high risk, 1 to 3 medium, 0 low.
 * Every word is also in Seam's default lexicon (models/lexicon/negative-words.json), and the
 * demo text avoids the other words of that lexicon, so both give the same counts.
 */
export const NEGATIVE_WORDS = {
	mandarin: ['质量太差', '不满意', '投诉', '退款', '退货', '失望', '差评', '太慢', '骗人', '垃圾'],
	trade: ['起球', '色差', '偏码', '掉色', '开线', '偏小', '偏大', '缩水'],
	/** Cantonese in Traditional characters, as Hong Kong customers write it. */
	cantonese: ['唔滿意', '投訴', '退貨', '縮水', '搞錯', '離譜'],
	/** Hong Kong trade slang: pilling, fading, split seams, poor quality. */
	cantoneseSlang: ['起毛粒', '甩色', '爆線', '質素好差'],
	english: ['refund', 'complaint', 'terrible', 'disappointed', 'poor quality', 'pilling']
} as const;

export const DEMO_NEGATIVE_WORDS: readonly string[] = Object.values(NEGATIVE_WORDS).flat();

/**
 * Words that cancel a negative word written right after them: 没有不满意 (not dissatisfied),
 * 冇起毛粒 (no pilling), not disappointed. A question such as 会不会起球 is not negated, as
 * in Seam's default lexicon.
 */
export const NEGATIONS = ['没有', '没', '不是', '不', '无', '冇', '唔', 'not ', 'no ', 'never '];

/** Phrases a complaint reply should contain (the reply-quality rule). */
export const REQUIRED_PHRASES = ['抱歉', '立即处理', '补偿方案'] as const;

export type RiskLevel = 'low' | 'medium' | 'high';

function isNegated(text: string, index: number): boolean {
	const before = text.slice(Math.max(0, index - 6), index);
	return NEGATIONS.some((negation) => before.endsWith(negation));
}

export interface NegativeWordCount {
	/** Occurrences that count towards risk. */
	negative: number;
	/** Occurrences cancelled by a negation, which a naive counter would still count. */
	negated: number;
}

/**
 * Counts occurrences of negative words (the demo lexicon unless `words` is given) in a text.
 * Matching ignores case; an occurrence preceded directly by a negation counts as negated.
 * No lexicon word contains another, so no occurrence is counted twice.
 */
export function scanNegativeWords(
	text: string,
	words: readonly string[] = DEMO_NEGATIVE_WORDS
): NegativeWordCount {
	const lowered = text.toLowerCase();
	const count: NegativeWordCount = { negative: 0, negated: 0 };
	for (const word of words) {
		let index = lowered.indexOf(word);
		while (index !== -1) {
			if (isNegated(lowered, index)) count.negated++;
			else count.negative++;
			index = lowered.indexOf(word, index + word.length);
		}
	}
	return count;
}

export function countNegativeWords(text: string): number {
	return scanNegativeWords(text).negative;
}

export function riskLevelOf(negativeWords: number): RiskLevel {
	if (negativeWords > 3) return 'high';
	return negativeWords >= 1 ? 'medium' : 'low';
}
