import { z } from 'zod';
import { boardPeriods, type BoardPeriod } from './period';
import { cardStatuses, type CardStatus } from './workflow';

export const sortKeys = [
	'negativeShare',
	'conversations',
	'sizeComplaints',
	'returnRate',
	'faqHits',
	'status',
	'name'
] as const;

export type SortKey = (typeof sortKeys)[number];

/** The board's URL query; anything invalid falls back to the default rather than failing. */
export const boardQuerySchema = z.object({
	period: z
		.enum(Object.keys(boardPeriods) as [BoardPeriod, ...BoardPeriod[]])
		.catch('180d')
		.default('180d'),
	category: z.string().trim().max(100).catch('').default(''),
	topic: z.string().trim().max(50).catch('').default(''),
	sort: z.enum(sortKeys).catch('negativeShare').default('negativeShare'),
	group: z.enum(['category', '']).catch('').default('')
});

export type BoardQuery = z.infer<typeof boardQuerySchema>;

export function parseBoardQuery(params: URLSearchParams): BoardQuery {
	return boardQuerySchema.parse(Object.fromEntries(params));
}

/** A count or share per trend bucket; null where the denominator is zero. */
export type Series = Array<number | null>;

export interface BoardCardView {
	productId: string;
	name: string | null;
	category: string | null;
	status: CardStatus;
	owner: string | null;
	note: string | null;
	shippedAt: number | null;
	updatedAt: number | null;
	conversations: number;
	conversationSeries: Series;
	negativeShare: number | null;
	negativeSeries: Series;
	faqHits: number;
	faqSeries: Series;
	unitsSold: number;
	returns: number;
	returnRate: number | null;
	returnSeries: Series;
	returnReasons: Array<{ reason: string; count: number }>;
	sizeComplaints: number;
	sizeSeries: Series;
	clusters: number;
	trustedClusters: number;
	topSizeSignal: string | null;
	topTopics: Array<{ topicId: string; count: number }>;
}

/** Rows the board queries return, one per product and trend bucket (or per product). */
export interface BoardRows {
	products: Array<{ productId: string; name: string | null; category: string | null }>;
	cards: Array<{
		productId: string;
		status: CardStatus;
		owner: string | null;
		note: string | null;
		shippedAt: number | null;
		updatedAt: number | null;
	}>;
	conversations: Array<{
		productId: string;
		bucket: number;
		conversations: number;
		negative: number;
		faqHits: number;
	}>;
	topics: Array<{ productId: string; topicId: string; count: number }>;
	units: Array<{ productId: string; bucket: number; units: number }>;
	returns: Array<{ productId: string; bucket: number; returns: number }>;
	reasons: Array<{ productId: string; reason: string; count: number }>;
	sizeComplaints: Array<{ productId: string; bucket: number; complaints: number }>;
	clusters: Array<{
		productId: string;
		clusters: number;
		trusted: number;
		topSignal: string | null;
	}>;
}

const TOP_TOPICS = 3;
const TOP_REASONS = 3;

function groupBy<T extends { productId: string }>(rows: T[]): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const row of rows) groups.set(row.productId, [...(groups.get(row.productId) ?? []), row]);
	return groups;
}

function bucketSeries<T extends { bucket: number }>(
	rows: T[],
	buckets: number,
	value: (row: T) => number
) {
	const series = Array.from({ length: buckets }, () => 0);
	for (const row of rows)
		if (row.bucket >= 0 && row.bucket < buckets) series[row.bucket] += value(row);
	return series;
}

const divide = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** Assembles one card per product from the query rows, with trend series of `buckets` points. */
export function assembleCards(rows: BoardRows, buckets: number): BoardCardView[] {
	const cards = new Map(rows.cards.map((card) => [card.productId, card]));
	const conversations = groupBy(rows.conversations);
	const topics = groupBy(rows.topics);
	const units = groupBy(rows.units);
	const returns = groupBy(rows.returns);
	const reasons = groupBy(rows.reasons);
	const size = groupBy(rows.sizeComplaints);
	const clusters = new Map(rows.clusters.map((row) => [row.productId, row]));

	return rows.products.map((product) => {
		const id = product.productId;
		const card = cards.get(id);
		const talk = conversations.get(id) ?? [];
		const volume = bucketSeries(talk, buckets, (r) => r.conversations);
		const negative = bucketSeries(talk, buckets, (r) => r.negative);
		const faq = bucketSeries(talk, buckets, (r) => r.faqHits);
		const sold = bucketSeries(units.get(id) ?? [], buckets, (r) => r.units);
		const returned = bucketSeries(returns.get(id) ?? [], buckets, (r) => r.returns);
		const sizeSeries = bucketSeries(size.get(id) ?? [], buckets, (r) => r.complaints);
		const sum = (series: number[]) => series.reduce((total, value) => total + value, 0);
		const cluster = clusters.get(id);
		return {
			...product,
			status: card?.status ?? 'new',
			owner: card?.owner ?? null,
			note: card?.note ?? null,
			shippedAt: card?.shippedAt ?? null,
			updatedAt: card?.updatedAt ?? null,
			conversations: sum(volume),
			conversationSeries: volume,
			negativeShare: divide(sum(negative), sum(volume)),
			negativeSeries: negative.map((n, i) => divide(n, volume[i])),
			faqHits: sum(faq),
			faqSeries: faq,
			unitsSold: sum(sold),
			returns: sum(returned),
			returnRate: divide(sum(returned), sum(sold)),
			returnSeries: returned.map((n, i) => divide(n, sold[i])),
			returnReasons: (reasons.get(id) ?? [])
				.map(({ reason, count }) => ({ reason, count }))
				.sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason))
				.slice(0, TOP_REASONS),
			sizeComplaints: sum(sizeSeries),
			sizeSeries,
			clusters: cluster?.clusters ?? 0,
			trustedClusters: cluster?.trusted ?? 0,
			topSizeSignal: cluster?.topSignal ?? null,
			topTopics: (topics.get(id) ?? [])
				.map(({ topicId, count }) => ({ topicId, count }))
				.sort((a, b) => b.count - a.count || a.topicId.localeCompare(b.topicId))
				.slice(0, TOP_TOPICS)
		};
	});
}

/** Sorts cards by a signal, largest first (status by workflow order, name alphabetically). */
export function sortCards(cards: BoardCardView[], key: SortKey): BoardCardView[] {
	const byId = (a: BoardCardView, b: BoardCardView) => a.productId.localeCompare(b.productId);
	const compare: Record<SortKey, (a: BoardCardView, b: BoardCardView) => number> = {
		negativeShare: (a, b) => (b.negativeShare ?? -1) - (a.negativeShare ?? -1),
		conversations: (a, b) => b.conversations - a.conversations,
		sizeComplaints: (a, b) => b.sizeComplaints - a.sizeComplaints,
		returnRate: (a, b) => (b.returnRate ?? -1) - (a.returnRate ?? -1),
		faqHits: (a, b) => b.faqHits - a.faqHits,
		status: (a, b) => cardStatuses.indexOf(b.status) - cardStatuses.indexOf(a.status),
		name: (a, b) => (a.name ?? a.productId).localeCompare(b.name ?? b.productId, 'zh-CN')
	};
	return [...cards].sort((a, b) => compare[key](a, b) || byId(a, b));
}

/** Cards grouped by product line (category), groups in name order. */
export function groupByCategory(
	cards: BoardCardView[]
): Array<{ category: string; cards: BoardCardView[] }> {
	const groups = new Map<string, BoardCardView[]>();
	for (const card of cards) {
		const category = card.category ?? '';
		groups.set(category, [...(groups.get(category) ?? []), card]);
	}
	return [...groups]
		.sort(([a], [b]) => a.localeCompare(b, 'zh-CN'))
		.map(([category, list]) => ({ category, cards: list }));
}
