import { sampleRankCorrelation } from 'simple-statistics';
import { meanReplyQuality, scoreReply, type ReplyQualityRules } from './replyQuality';

export interface ScoredTurn {
	sender: 'customer' | 'agent';
	text: string;
	/** Model probability that the turn is negative. */
	negative: number;
	/** Lexicon negative words in the turn, negated ones excluded. */
	negativeWordCount: number;
}

export interface DialogueScores {
	/** Mean reply quality of the helpdesk turns, or null without any. */
	replyQuality: number | null;
	/** 1 − the model's negativity of the customer's last turn. */
	predictedSatisfaction: number | null;
	/** Negative words in all customer turns: the risk-level signal. */
	negativeWordCount: number;
}

/**
 * Scores one dialogue with Seam's rules. Predicted satisfaction reads the customer's last
 * turn, because how the customer leaves is what the annotators' S score rates.
 */
export function scoreDialogue(turns: ScoredTurn[], rules: ReplyQualityRules): DialogueScores {
	const replies = turns.filter((turn) => turn.sender === 'agent');
	const customer = turns.filter((turn) => turn.sender === 'customer');
	const lastCustomer = customer.at(-1);
	return {
		replyQuality: meanReplyQuality(
			replies.map((turn) => scoreReply(turn.text, turn.negative, rules).score)
		),
		predictedSatisfaction: lastCustomer ? 1 - lastCustomer.negative : null,
		negativeWordCount: customer.reduce((sum, turn) => sum + turn.negativeWordCount, 0)
	};
}

/**
 * Computes Spearman's rank correlation over the pairs where both values are known, with the
 * number of pairs. It is null with fewer than three pairs or when either side is constant.
 */
export function spearman(
	xs: Array<number | null>,
	ys: Array<number | null>
): { rho: number | null; n: number } {
	const pairs = xs
		.map((x, i) => [x, ys[i]] as const)
		.filter((pair): pair is readonly [number, number] => pair[0] !== null && pair[1] !== null);
	if (pairs.length < 3) return { rho: null, n: pairs.length };
	const rho = sampleRankCorrelation(
		pairs.map(([x]) => x),
		pairs.map(([, y]) => y)
	);
	return { rho: Number.isFinite(rho) ? rho : null, n: pairs.length };
}
