import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo, TOPIC_LABELS } from '../../domain/demo/index.js';
import { addWeeks, weekRange } from '../../domain/forecast/weeks.js';
import { clearGraph, graphCounts, openTestGraph } from '../../../test/graph.js';
import { loadDemo } from '../demo/loadDemo.js';
import type { Graph } from '../graph/graph.js';
import { createLogger } from '../log.js';
import { runForecasts } from './run.js';
import { readWeeklySeries } from './seriesQuery.js';
import { readForecasts } from './store.js';
import { loadTopForecasts } from './topForecasts.js';

const logger = createLogger('test');
const timeZone = 'Asia/Shanghai';
let graph: Graph;

/**
 * Writes the demo's planted topics as the topic tagger would, and sets each conversation's
 * start from its first message as the analysis would, so the test needs neither.
 */
async function tagDemoTopics(): Promise<void> {
	const { truth } = generateDemo({ scale: 'small' });
	await graph.write(
		`UNWIND $topics AS topic
		 MERGE (t:ServiceTopic {topicId: topic.topicId})
		 SET t.nameZh = topic.nameZh, t.nameEn = topic.topicId`,
		{ topics: Object.entries(TOPIC_LABELS).map(([topicId, nameZh]) => ({ topicId, nameZh })) }
	);
	await graph.write(
		`UNWIND $rows AS row
		 MATCH (c:Conversation {conversationId: row.conversationId})
		 MATCH (t:ServiceTopic {topicId: row.topic})
		 MERGE (c)-[:HAS_TOPIC]->(t)`,
		{ rows: truth.conversations.map((c) => ({ conversationId: c.conversationId, topic: c.topic })) }
	);
	await graph.write(
		`MATCH (m:Message)-[:IN]->(c:Conversation)
		 WITH c, min(m.sentAt) AS startedAt
		 SET c.startedAt = startedAt`
	);
}

beforeAll(async () => {
	graph = await openTestGraph();
	await clearGraph(graph);
	await loadDemo(graph, { scale: 'small', logger });
	await tagDemoTopics();
}, 180_000);
afterAll(async () => {
	await graph?.close();
});

describe('forecast series from the graph', () => {
	it('reads one series per topic and category', async () => {
		const series = await readWeeklySeries(graph, timeZone);
		const ids = series.map((s) => s.seriesId);
		expect(ids.filter((id) => id.startsWith('topic:'))).toHaveLength(9);
		expect(ids).toContain('category:shirt');
	});

	it('spans the whole weeks of the demo period', async () => {
		const [size] = (await readWeeklySeries(graph, timeZone)).filter((s) => s.key === 'size');
		const [span] = await graph.read<{ first: string }>(
			`MATCH (c:Conversation)
			 RETURN toString(date(min(datetime({datetime: c.startedAt, timezone: $timeZone})))) AS first`,
			{ timeZone }
		);
		// The first week is the first one that starts on or after the first conversation's day.
		expect(size.weeks[0] >= span.first).toBe(true);
		expect(addWeeks(size.weeks[0], -1) < span.first).toBe(true);
		// The demo ends on 30 Nov 2026, a Monday, so the week of 23 Nov is the last whole one.
		expect(size.weeks.at(-1)).toBe('2026-11-23');
		expect(size.weeks).toEqual(weekRange(size.weeks[0], '2026-11-23'));
	});

	it('counts topic conversations per shop-time week', async () => {
		const [expected] = await graph.read<{ n: number }>(
			`MATCH (c:Conversation)-[:HAS_TOPIC]->(:ServiceTopic {topicId: 'logistics'})
			 WITH datetime({datetime: c.startedAt, timezone: $timeZone}) AS t
			 WHERE date(t) >= date('2024-12-02') AND date(t) < date('2026-11-30')
			 RETURN count(*) AS n`,
			{ timeZone }
		);
		const [logistics] = (await readWeeklySeries(graph, timeZone)).filter(
			(s) => s.key === 'logistics'
		);
		expect(logistics.values.reduce((sum, v) => sum + v, 0)).toBe(expected.n);
		expect(expected.n).toBeGreaterThan(20);
	});

	it('places a late Sunday conversation in its shop-time week', async () => {
		// 2025-03-09 23:30 in Shanghai is a Sunday there and 15:30 UTC the same day.
		await graph.write(
			`MERGE (c:Conversation {conversationId: 'FORECAST-TZ'})
			 SET c.startedAt = datetime('2025-03-09T15:30:00Z')
			 MERGE (t:ServiceTopic {topicId: 'forecastTz'}) SET t.nameZh = '时区', t.nameEn = 'tz'
			 MERGE (c)-[:HAS_TOPIC]->(t)`
		);
		const [tz] = (await readWeeklySeries(graph, timeZone)).filter((s) => s.key === 'forecastTz');
		const week = tz.weeks[tz.values.indexOf(1)];
		await graph.write(
			`MATCH (n) WHERE n.conversationId = 'FORECAST-TZ' OR n.topicId = 'forecastTz' DETACH DELETE n`
		);
		expect(week).toBe('2025-03-03');
	});
});

describe('forecast run', () => {
	let first: Awaited<ReturnType<typeof runForecasts>>;

	beforeAll(async () => {
		first = await runForecasts(graph, { timeZone, logger, now: () => Date.UTC(2026, 11, 1) });
	}, 180_000);

	it('stores one forecast per series', async () => {
		const stored = await readForecasts(graph);
		expect(stored).toHaveLength(first.series);
		expect(stored[0].forecastWeeks[0]).toBe('2026-11-30');
		expect(stored[0].point).toHaveLength(13);
	});

	it('stores the backtest with seasonal naive beside the chosen model', async () => {
		const [size] = await readForecasts(graph, 'topic:size');
		expect(size.backtest[0].model).toBe(size.model);
		expect(size.backtest.some((row) => row.model === 'seasonalNaive')).toBe(true);
	});

	it('adds nothing when run again', async () => {
		const before = await graphCounts(graph);
		await runForecasts(graph, { timeZone, logger });
		expect(await graphCounts(graph)).toEqual(before);
	}, 180_000);

	it('lists the largest topic forecasts first', async () => {
		const top = await loadTopForecasts(graph, { limit: 3 });
		expect(top).toHaveLength(3);
		expect(top.every((forecast) => forecast.kind === 'topic')).toBe(true);
		expect(top[0].forecastTotal).toBeGreaterThanOrEqual(top[1].forecastTotal);
		expect(top[1].forecastTotal).toBeGreaterThanOrEqual(top[2].forecastTotal);
	});
});
