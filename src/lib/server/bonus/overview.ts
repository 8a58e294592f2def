import { scopeCovers, type BonusScope } from '../../domain/bonus/access.js';
import { summarizeStatement, type StatementSummary } from '../../domain/bonus/diff.js';
import type { AgentMetrics } from '../../domain/bonus/metrics.js';
import type { Graph } from '../graph/graph.js';
import { loadRun, previewRun, type RunInfo } from './runs.js';

export interface OverviewRow extends StatementSummary {
	metrics: AgentMetrics;
}

export interface Overview {
	period: string;
	source: 'stored' | 'preview';
	run: RunInfo | null;
	poolFen: number;
	rows: OverviewRow[];
}

/**
 * Lists the agents a scope covers for a period with their points and amounts: from the newest
 * stored run, or a preview computed now when the period has none.
 */
export async function loadOverview(
	graph: Graph,
	scope: BonusScope,
	period: string,
	timeZone: string
): Promise<Overview> {
	const run = await loadRun(graph, period);
	let rows: OverviewRow[];
	let poolFen = run?.poolFen ?? 0;
	if (run) {
		const stored = await graph.read<
			Omit<OverviewRow, 'byDimension' | 'metrics'> & { byDimension: string; metrics: string }
		>(
			`MATCH (:BonusRun {runId: $runId})-[:HAS_STATEMENT]->(s:BonusStatement)
			 RETURN s.agentId AS agentId, s.name AS name, s.team AS team, s.totalFen AS totalFen,
			        s.byDimension AS byDimension, s.metrics AS metrics
			 ORDER BY s.agentId`,
			{ runId: run.runId }
		);
		rows = stored.map((row) => ({
			...row,
			byDimension: JSON.parse(row.byDimension),
			metrics: JSON.parse(row.metrics)
		}));
	} else {
		const preview = await previewRun(graph, period, timeZone);
		poolFen = preview.result.poolFen;
		rows = preview.result.statements.map((statement) => ({
			...summarizeStatement(statement),
			metrics: statement.metrics
		}));
	}
	return {
		period,
		source: run ? 'stored' : 'preview',
		run,
		poolFen,
		rows: rows.filter((row) => scopeCovers(scope, row))
	};
}
