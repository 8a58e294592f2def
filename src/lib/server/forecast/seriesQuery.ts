import type { WeeklySeries } from '../../domain/forecast/forecastSeries.js';
import { buildSeries, type SeriesLabel, type WeeklyCount } from '../../domain/forecast/series.js';
import { wholeWeeks } from '../../domain/forecast/weeks.js';
import type { Graph } from '../graph/graph.js';

// Weeks are truncated in the shop's time zone, so a conversation at 23:30 Sunday shop time
// counts in that week even though it is Sunday afternoon in UTC.
const SHOP_WEEK = `date.truncate('week', datetime({datetime: c.startedAt, timezone: $timeZone}))`;

const SPAN = `
MATCH (c:Conversation) WHERE c.startedAt IS NOT NULL
WITH datetime({datetime: c.startedAt, timezone: $timeZone}) AS shopTime
RETURN toString(date(min(shopTime))) AS first, toString(date(max(shopTime))) AS last`;

const TOPIC_LABELS = `
MATCH (t:ServiceTopic)
RETURN 'topic:' + t.topicId AS seriesId, 'topic' AS kind, t.topicId AS key,
  coalesce(t.nameZh, t.topicId) AS nameZh, coalesce(t.nameEn, t.topicId) AS nameEn
ORDER BY key`;

const TOPIC_COUNTS = `
MATCH (c:Conversation)-[:HAS_TOPIC]->(t:ServiceTopic) WHERE c.startedAt IS NOT NULL
WITH t.topicId AS key, ${SHOP_WEEK} AS week, count(DISTINCT c) AS count
RETURN 'topic:' + key AS seriesId, toString(week) AS week, count`;

const CATEGORY_COUNTS = `
MATCH (c:Conversation)-[:ABOUT]->(p:Product)
WHERE c.startedAt IS NOT NULL AND p.category IS NOT NULL
WITH p.category AS key, ${SHOP_WEEK} AS week, count(DISTINCT c) AS count
RETURN 'category:' + key AS seriesId, toString(week) AS week, count`;

/**
 * Reads the weekly conversation counts per service topic and per product category. All
 * series share one span, the whole shop-time weeks between the first and last conversation,
 * so weeks without conversations are zeros. A conversation with two topics counts in both.
 */
export async function readWeeklySeries(graph: Graph, timeZone: string): Promise<WeeklySeries[]> {
	const params = { timeZone };
	const [span] = await graph.read<{ first: string | null; last: string | null }>(SPAN, params);
	if (!span?.first || !span.last) return [];
	const { first, last } = wholeWeeks(span.first, span.last);
	if (first > last) return [];

	const topicLabels = await graph.read<SeriesLabel>(TOPIC_LABELS);
	const topicCounts = await graph.read<WeeklyCount>(TOPIC_COUNTS, params);
	const categoryCounts = await graph.read<WeeklyCount>(CATEGORY_COUNTS, params);
	const categories = [...new Set(categoryCounts.map((row) => row.seriesId))].sort();
	const categoryLabels: SeriesLabel[] = categories.map((seriesId) => {
		const key = seriesId.slice('category:'.length);
		return { seriesId, kind: 'category', key, nameZh: key, nameEn: key };
	});
	return buildSeries(
		[...topicLabels, ...categoryLabels],
		[...topicCounts, ...categoryCounts],
		first,
		last
	);
}
