import { handlingOf, type CoverageConversation } from './conversation';

/**
 * Tells whether a conversation is a complex issue: its risk level is medium or high, so the
 * customer's messages contain at least one negative word of the lexicon (settings.risk sets
 * the thresholds). Low-risk questions are what the bot is for, so they are not counted.
 */
export function isComplexIssue(conversation: Pick<CoverageConversation, 'riskLevel'>): boolean {
	return conversation.riskLevel === 'medium' || conversation.riskLevel === 'high';
}

export interface TransferCount {
	/** Complex issues in the bucket. */
	complex: number;
	/** Complex issues the bot answered first and then handed to a person. */
	transferred: number;
	/** transferred / complex, or null without complex issues. */
	share: number | null;
	aboveCap: boolean;
}

function countOf(conversations: readonly CoverageConversation[], capShare: number): TransferCount {
	const complex = conversations.filter(isComplexIssue);
	const transferred = complex.filter((conversation) => handlingOf(conversation) === 'transfer');
	const share = complex.length === 0 ? null : transferred.length / complex.length;
	return {
		complex: complex.length,
		transferred: transferred.length,
		share,
		aboveCap: share !== null && share > capShare
	};
}

/**
 * Measures the auto-transfer rate of complex issues against its cap: in total and per bucket
 * that `bucketOf` assigns from the conversation start (a week or a month), oldest first.
 */
export function transferReport(
	conversations: readonly CoverageConversation[],
	capShare: number,
	bucketOf: (startedAtMs: number) => string
): { total: TransferCount; buckets: Array<TransferCount & { bucket: string }> } {
	const groups = new Map<string, CoverageConversation[]>();
	for (const conversation of conversations) {
		const bucket = bucketOf(conversation.startedAtMs);
		groups.set(bucket, [...(groups.get(bucket) ?? []), conversation]);
	}
	return {
		total: countOf(conversations, capShare),
		buckets: [...groups]
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([bucket, group]) => ({ bucket, ...countOf(group, capShare) }))
	};
}
