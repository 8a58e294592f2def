import { formatShopDate } from '../demo/clock';
import { generateDemo, TOPIC_LABELS, type DemoScale, type Topic } from '../demo/index';
import type { WeeklySeries } from './forecastSeries';
import { buildSeries, type SeriesLabel, type WeeklyCount } from './series';
import { mondayOf, wholeWeeks } from './weeks';

/** English names of the demo topics, matching the topic tagger's taxonomy. */
const TOPIC_NAMES_EN: Record<Topic, string> = {
	size: 'Size',
	fabric: 'Fabric',
	pilling: 'Pilling',
	color: 'Colour difference',
	logistics: 'Logistics',
	exchange: 'Returns and exchanges',
	price: 'Price',
	afterSales: 'After-sales',
	membership: 'Membership points'
};

/**
 * Builds the weekly series of the demo tenant in memory (per planted topic and per product
 * category), the same series the graph yields after import and topic tagging, for benches
 * and notebooks that run without Neo4j.
 */
export function demoWeeklySeries(scale: DemoScale): WeeklySeries[] {
	const { records, truth } = generateDemo({ scale });
	const topicOf = new Map(truth.conversations.map((c) => [c.conversationId, c.topic]));
	const categoryOf = new Map(records.product.map((p) => [p.productId, p.category]));
	const counts: WeeklyCount[] = [];
	const days: string[] = [];
	for (const conversation of records.conversation) {
		const day = formatShopDate(conversation.messages[0].sentAt);
		days.push(day);
		const week = mondayOf(day);
		const topic = topicOf.get(conversation.conversationId);
		if (topic) counts.push({ seriesId: `topic:${topic}`, week, count: 1 });
		const category = conversation.productId ? categoryOf.get(conversation.productId) : undefined;
		if (category) counts.push({ seriesId: `category:${category}`, week, count: 1 });
	}
	days.sort();
	const { first, last } = wholeWeeks(days[0], days.at(-1)!);
	const labels: SeriesLabel[] = [
		...(Object.keys(TOPIC_LABELS) as Topic[]).map((topic) => ({
			seriesId: `topic:${topic}`,
			kind: 'topic' as const,
			key: topic,
			nameZh: TOPIC_LABELS[topic],
			nameEn: TOPIC_NAMES_EN[topic]
		})),
		...[...new Set(categoryOf.values())].sort().map((category) => ({
			seriesId: `category:${category}`,
			kind: 'category' as const,
			key: category,
			nameZh: category,
			nameEn: category
		}))
	];
	return buildSeries(labels, counts, first, last);
}
