import type { Team } from './agents';
import type { CaseKind } from './dialogueLines';

/** Service topics of the demo conversations, with the Chinese names the shop uses. */
export const TOPIC_LABELS = {
	size: '尺码',
	fabric: '面料',
	pilling: '起球',
	color: '色差',
	logistics: '物流',
	exchange: '退换',
	price: '价格',
	afterSales: '售后',
	membership: '会员积分'
} as const;

export type Topic = keyof typeof TOPIC_LABELS;

export function topicOf(kind: CaseKind): Topic {
	return kind === 'sizeAdvice' || kind === 'sizeComplaint' ? 'size' : kind;
}

/**
 * Share of conversations per case kind, with size questions the largest group. Complaint
 * kinds draw from order lines that went wrong, the rest from any customer.
 */
export const CASE_SHARES: Record<CaseKind, number> = {
	sizeAdvice: 0.11,
	sizeComplaint: 0.15,
	fabric: 0.07,
	pilling: 0.06,
	color: 0.05,
	logistics: 0.15,
	exchange: 0.13,
	price: 0.08,
	afterSales: 0.09,
	membership: 0.11
};

/** The team a case is routed to first. Cantonese conversations go to the Cantonese team. */
export const CASE_TEAMS: Record<CaseKind, Team> = {
	sizeAdvice: '售前咨询组',
	sizeComplaint: '售后服务组',
	fabric: '售前咨询组',
	pilling: '售后服务组',
	color: '售后服务组',
	logistics: '综合支持组',
	exchange: '售后服务组',
	price: '售前咨询组',
	afterSales: '售后服务组',
	membership: '会员服务组'
};

/** Splits `total` conversations by CASE_SHARES so the counts add up exactly (largest remainder). */
export function caseCounts(total: number): Record<CaseKind, number> {
	const kinds = Object.keys(CASE_SHARES) as CaseKind[];
	const exact = kinds.map((kind) => total * CASE_SHARES[kind]);
	const counts = exact.map(Math.floor);
	const byRemainder = kinds
		.map((_, i) => i)
		.sort((a, b) => exact[b] - counts[b] - (exact[a] - counts[a]) || a - b);
	const shortfall = total - counts.reduce((sum, count) => sum + count, 0);
	for (let i = 0; i < shortfall; i++) counts[byRemainder[i % kinds.length]]++;
	return Object.fromEntries(kinds.map((kind, i) => [kind, counts[i]])) as Record<CaseKind, number>;
}

export type Mood = 'calm' | 'annoyed' | 'angry';

/** Mood shares (calm, annoyed, angry) per case: complaints after a purchase run hotter. */
export const CASE_MOODS: Record<CaseKind, readonly [number, number, number]> = {
	sizeAdvice: [0.95, 0.04, 0.01],
	sizeComplaint: [0.3, 0.45, 0.25],
	fabric: [0.93, 0.06, 0.01],
	pilling: [0.2, 0.5, 0.3],
	color: [0.25, 0.45, 0.3],
	logistics: [0.45, 0.37, 0.18],
	exchange: [0.5, 0.35, 0.15],
	price: [0.65, 0.27, 0.08],
	afterSales: [0.5, 0.35, 0.15],
	membership: [0.85, 0.13, 0.02]
};
