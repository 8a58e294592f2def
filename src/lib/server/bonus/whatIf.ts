import { computeBonusRun } from '../../domain/bonus/compute.js';
import { diffRuns, summarizeStatement, type AgentDiff } from '../../domain/bonus/diff.js';
import type { BonusPlan } from '../../domain/bonus/plan.js';
import type { Graph } from '../graph/graph.js';
import { loadRun, loadRunSummaries, previewRun, type RunInfo } from './runs.js';

export interface WhatIf {
	period: string;
	/** The stored run compared against, or null when the period has none (then the active plan's preview). */
	baseline: RunInfo | null;
	poolFen: number;
	totalFen: number;
	diffs: AgentDiff[];
}

/**
 * Recomputes a period with a changed plan and compares every agent with the newest stored run
 * (or, without one, with the active plan). Nothing is written.
 */
export async function whatIf(
	graph: Graph,
	periodKey: string,
	plan: BonusPlan,
	timeZone: string
): Promise<WhatIf> {
	const preview = await previewRun(graph, periodKey, timeZone);
	const changed = computeBonusRun(preview.inputs, plan);
	const baseline = await loadRun(graph, periodKey);
	const before = baseline
		? await loadRunSummaries(graph, baseline.runId)
		: preview.result.statements.map(summarizeStatement);
	return {
		period: periodKey,
		baseline,
		poolFen: changed.poolFen,
		totalFen: changed.totalFen,
		diffs: diffRuns(before, changed.statements.map(summarizeStatement))
	};
}
