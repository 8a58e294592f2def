import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearGraph, openTestGraph } from '../../../test/graph.js';
import { isComplexIssue } from '../../domain/coverage/autoTransfer.js';
import { complianceReport } from '../../domain/coverage/compliance.js';
import { handlingOf } from '../../domain/coverage/conversation.js';
import { humanOnlyBlocks } from '../../domain/coverage/humanOnlyHours.js';
import { monthKeyOf } from '../../domain/coverage/period.js';
import { generateDemo } from '../../domain/demo/index.js';
import { defaultSettings } from '../../domain/settings.js';
import { runAnalysis } from '../analysis/run.js';
import { loadDemo } from '../demo/loadDemo.js';
import type { Graph } from '../graph/graph.js';
import { loadLexicon } from '../lexicon.js';
import { createLogger } from '../log.js';
import { loadCoverageConversations } from './load.js';
import { coverageReport } from './report.js';

const logger = createLogger('test');
const ZONE = defaultSettings.timeZone;
const demo = generateDemo({ scale: 'small' });
const startOf = new Map(
	demo.records.conversation.map((record) => [record.conversationId, record.messages[0].sentAt])
);
let graph: Graph;

// Coverage reads message senders, times and lexicon risk levels. None depends on the model,
// so a constant one keeps the analysis fast.
const constantModel = {
	version: 'constant-0.2',
	classify: async (texts: string[]) => texts.map(() => ({ negative: 0.2 }))
};

beforeAll(async () => {
	graph = await openTestGraph();
	await clearGraph(graph);
	await loadDemo(graph, { scale: 'small', logger });
	await runAnalysis({
		graph,
		model: constantModel,
		lexicon: loadLexicon(),
		settings: defaultSettings,
		logger
	});
}, 180_000);

afterAll(async () => {
	await clearGraph(graph);
	await graph?.close();
});

describe('coverage on the demo tenant', () => {
	it('finds exactly the planted human-only violations', async () => {
		const conversations = await loadCoverageConversations(graph, { startMs: 0, endMs: 4e12 });
		const report = complianceReport(
			conversations,
			humanOnlyBlocks(defaultSettings.humanOnlyHours),
			ZONE
		);
		const planted = demo.truth.conversations
			.filter((truth) => truth.humanOnlyViolation)
			.map((truth) => truth.conversationId)
			.sort();
		expect(planted.length).toBeGreaterThan(0);
		expect(report.violations.map((v) => v.conversationId).sort()).toEqual(planted);
		expect(report.total.compliance).toBeLessThan(1);
	});

	it('derives the planted handling of every conversation', async () => {
		const conversations = await loadCoverageConversations(graph, { startMs: 0, endMs: 4e12 });
		const planted = new Map(demo.truth.conversations.map((t) => [t.conversationId, t.handling]));
		expect(conversations).toHaveLength(planted.size);
		const mismatches = conversations.filter(
			(conversation) => handlingOf(conversation) !== planted.get(conversation.conversationId)
		);
		expect(mismatches.map((c) => c.conversationId)).toEqual([]);
	});

	it('reports the latest month with the planted transfer rate', async () => {
		const report = await coverageReport(graph, defaultSettings);
		const latest = monthKeyOf(Math.max(...startOf.values()), ZONE);
		const inMonth = demo.truth.conversations.filter(
			(truth) => monthKeyOf(startOf.get(truth.conversationId)!, ZONE) === latest
		);
		const complex = inMonth.filter(isComplexIssue);
		const transferred = complex.filter((truth) => truth.handling === 'transfer');
		expect(report.period.key).toBe(latest);
		expect(report.transfer.complex).toBe(complex.length);
		expect(report.transfer.transferred).toBe(transferred.length);
		expect(report.transfer.aboveCap).toBe(transferred.length / complex.length > 0.15);
		expect(report.rows).toHaveLength(30);
		expect(report.clockHours).toEqual([10, 11, 20, 21]);
	});

	it('counts violations of a period against those planted in it', async () => {
		const report = await coverageReport(graph, defaultSettings, '2025');
		const planted = demo.truth.conversations.filter(
			(truth) =>
				truth.humanOnlyViolation &&
				monthKeyOf(startOf.get(truth.conversationId)!, ZONE).startsWith('2025')
		);
		expect(report.compliance.violations).toHaveLength(planted.length);
		expect(report.compliance.byRow.map((row) => row.row)).toEqual(
			expect.arrayContaining(['2025-06'])
		);
	});

	it('sums weekly buckets to the period total', async () => {
		const report = await coverageReport(graph, defaultSettings, '2026');
		const weeks = report.transferWeeks;
		expect(weeks.reduce((sum, week) => sum + week.complex, 0)).toBe(report.transfer.complex);
		expect(weeks.reduce((sum, week) => sum + week.transferred, 0)).toBe(
			report.transfer.transferred
		);
	});

	it('follows configured blocks instead of the demo hours', async () => {
		const settings = { ...defaultSettings, humanOnlyHours: [{ from: '23:00', to: '09:00' }] };
		const report = await coverageReport(graph, settings, '2026');
		const defaults = (await coverageReport(graph, defaultSettings, '2026')).compliance.total;
		expect(report.clockHours).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 23]);
		// The demo's bots reply to most night conversations, so night compliance is far lower.
		expect(report.compliance.total.compliance).toBeLessThan(defaults.compliance! - 0.2);
	});
});
