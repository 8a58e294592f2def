import { transferReport, type TransferCount } from '../../domain/coverage/autoTransfer.js';
import { complianceReport, type ComplianceReport } from '../../domain/coverage/compliance.js';
import { humanOnlyBlocks, humanOnlyClockHours } from '../../domain/coverage/humanOnlyHours.js';
import {
	monthKeyOf,
	periodChoices,
	periodRows,
	reportPeriod,
	type ReportPeriod
} from '../../domain/coverage/period.js';
import { weekKey } from '../../domain/coverage/zonedClock.js';
import type { Settings } from '../../domain/settings.js';
import type { Graph } from '../graph/graph.js';
import { conversationSpan } from '../radar/load.js';
import { loadCoverageConversations } from './load.js';

export interface CoverageReport {
	period: ReportPeriod;
	periodChoices: string[];
	timeZone: string;
	/** Configured blocks as HH:MM–HH:MM labels. */
	blocks: string[];
	/** Hours of the day the blocks touch: the heatmap columns. */
	clockHours: number[];
	/** Days of a month or months of a year: the heatmap rows. */
	rows: string[];
	compliance: ComplianceReport;
	capShare: number;
	transfer: TransferCount;
	/** Auto-transfer rate per shop-time week (keyed by its Monday) inside the period. */
	transferWeeks: Array<TransferCount & { bucket: string }>;
	/** Auto-transfer rate of every month with data, so months above the cap can be opened. */
	transferMonths: Array<TransferCount & { bucket: string }>;
}

/**
 * Builds the coverage page of a period: compliance with the human-only hours and the
 * auto-transfer rate of complex issues against its cap. The default period is the month of
 * the latest conversation.
 */
export async function coverageReport(
	graph: Graph,
	settings: Pick<Settings, 'timeZone' | 'humanOnlyHours' | 'autoTransferCapShare'>,
	periodKey?: string
): Promise<CoverageReport> {
	const { timeZone, autoTransferCapShare: capShare } = settings;
	const blocks = humanOnlyBlocks(settings.humanOnlyHours);
	const span = await conversationSpan(graph);
	const period = reportPeriod(
		periodKey ?? monthKeyOf(span?.lastMs ?? Date.now(), timeZone),
		timeZone
	);
	// NOTE: the month list reads every conversation's message senders; with millions of
	// conversations this wants a stored handling property instead.
	const everything = span
		? await loadCoverageConversations(graph, { startMs: span.firstMs, endMs: span.lastMs + 1 })
		: [];
	const inPeriod = everything.filter(
		(conversation) =>
			conversation.startedAtMs >= period.startMs && conversation.startedAtMs < period.endMs
	);
	const compliance = complianceReport(
		inPeriod,
		blocks,
		timeZone,
		period.kind === 'month' ? 'day' : 'month'
	);
	const weekly = transferReport(inPeriod, capShare, (ms) => weekKey(ms, timeZone));
	const monthly = transferReport(everything, capShare, (ms) => monthKeyOf(ms, timeZone));
	return {
		period,
		periodChoices: span ? periodChoices(span.firstMs, span.lastMs, timeZone) : [period.key],
		timeZone,
		blocks: blocks.map((block) => block.label),
		clockHours: humanOnlyClockHours(blocks),
		rows: periodRows(period),
		compliance,
		capShare,
		transfer: weekly.total,
		transferWeeks: weekly.buckets,
		transferMonths: monthly.buckets
	};
}
