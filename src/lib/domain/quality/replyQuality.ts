import { normalizeText } from '../text/normalize';

export interface ReplyQualityRules {
	polarityWeight: number;
	phraseWeight: number;
	requiredPhrases: string[];
	/** Other wordings that count as a required phrase, keyed by that phrase. */
	synonyms?: Record<string, string[]>;
}

export interface ReplyQuality {
	/** Weighted score 0..1, or null when the model has not scored the reply. */
	score: number | null;
	/** 1 − the model's probability that the reply is negative. */
	polarity: number | null;
	/** Share of the required phrases present, or null when none are configured. */
	phraseShare: number | null;
	/** The required phrases the reply counts for, each as configured (not the synonym found). */
	phrasesFound: string[];
}

/** Returns the required phrases present in a reply, directly or through a synonym. */
export function findRequiredPhrases(text: string, rules: ReplyQualityRules): string[] {
	const normalized = normalizeText(text);
	return rules.requiredPhrases.filter((phrase) =>
		[phrase, ...(rules.synonyms?.[phrase] ?? [])].some((wording) =>
			normalized.includes(normalizeText(wording))
		)
	);
}

/**
 * Scores one agent reply: polarityWeight × (1 − negative) + phraseWeight × the share of
 * required phrases present. Matching runs on normalized text, so Traditional spellings
 * (補償方案) count. With no required phrases configured, the score is the polarity alone,
 * because a share of nothing would reward or punish every reply equally.
 */
export function scoreReply(
	text: string,
	negative: number | null,
	rules: ReplyQualityRules
): ReplyQuality {
	const phrasesFound = findRequiredPhrases(text, rules);
	const phraseShare =
		rules.requiredPhrases.length > 0 ? phrasesFound.length / rules.requiredPhrases.length : null;
	const polarity = negative === null ? null : 1 - negative;
	let score: number | null = null;
	if (polarity !== null) {
		score =
			phraseShare === null
				? polarity
				: rules.polarityWeight * polarity + rules.phraseWeight * phraseShare;
	}
	return { score, polarity, phraseShare, phrasesFound };
}

/** Mean reply score of a conversation's agent replies, ignoring replies without a score. */
export function meanReplyQuality(scores: Array<number | null>): number | null {
	const known = scores.filter((score): score is number => score !== null);
	return known.length ? known.reduce((sum, score) => sum + score, 0) / known.length : null;
}
