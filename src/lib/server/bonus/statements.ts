import { periodKeyOf } from '../../domain/bonus/period.js';
import type { AgentStatement } from '../../domain/bonus/statement.js';
import type { Graph } from '../graph/graph.js';
import { loadRun, previewRun, type RunInfo } from './runs.js';

export interface StatementView {
	period: string;
	/** stored: from an approved or frozen run; preview: computed now, not stored. */
	source: 'stored' | 'preview';
	run: RunInfo | null;
	/** Stored versions of this period, newest first. */
	versions: number[];
	statement: AgentStatement;
	/** This agent's change against the previous version, when there is one. */
	deltaFen: number | null;
}

interface StoredStatementRow {
	agentId: string;
	name: string;
	team: string | null;
	totalFen: number;
	metrics: string;
	lines: string;
}

/** Finds an agent and their team, for the access check before a statement is shown. */
export async function findAgent(
	graph: Graph,
	agentId: string
): Promise<{ agentId: string; name: string; team: string | null } | null> {
	const [row] = await graph.read<{ agentId: string; name: string; team: string | null }>(
		`MATCH (a:Agent {agentId: $agentId})
		 OPTIONAL MATCH (a)-[:MEMBER_OF]->(t:Team)
		 RETURN a.agentId AS agentId, coalesce(a.name, a.agentId) AS name, min(t.name) AS team`,
		{ agentId }
	);
	return row ?? null;
}

/**
 * Picks the period pages open by default: the newest stored run's period, else the month of
 * the newest conversation, else the current month.
 */
export async function defaultPeriod(
	graph: Graph,
	timeZone: string,
	nowMs = Date.now()
): Promise<string> {
	const [row] = await graph.read<{ period: string | null; latest: number | null }>(
		`CALL () { MATCH (r:BonusRun) RETURN max(r.period) AS period }
		 CALL () { MATCH (c:Conversation) WHERE c.startedAt IS NOT NULL
		           RETURN max(c.startedAt) AS latest }
		 RETURN period, latest`
	);
	if (row?.period) return row.period;
	return periodKeyOf(row?.latest ?? nowMs, timeZone);
}

export async function storedVersions(graph: Graph, periodKey: string): Promise<number[]> {
	const rows = await graph.read<{ version: number }>(
		`MATCH (r:BonusRun {period: $period}) RETURN r.version AS version ORDER BY version DESC`,
		{ period: periodKey }
	);
	return rows.map((row) => row.version);
}

/**
 * Returns an agent's statement for a period: from the stored run (the given version or the
 * newest), or a preview computed now when no run is stored. Null when the agent has no
 * statement in that run or the version does not exist.
 */
export async function loadStatementView(
	graph: Graph,
	options: { agentId: string; period: string; version?: number; timeZone: string }
): Promise<StatementView | null> {
	const versions = await storedVersions(graph, options.period);
	const run = await loadRun(graph, options.period, options.version);
	if (options.version !== undefined && !run) return null;
	if (!run) {
		const preview = await previewRun(graph, options.period, options.timeZone);
		const statement = preview.result.statements.find((s) => s.agentId === options.agentId);
		if (!statement) return null;
		return {
			period: options.period,
			source: 'preview',
			run: null,
			versions,
			statement,
			deltaFen: null
		};
	}
	const [row] = await graph.read<StoredStatementRow>(
		`MATCH (:BonusRun {runId: $runId})-[:HAS_STATEMENT]->(s:BonusStatement {agentId: $agentId})
		 RETURN s.agentId AS agentId, s.name AS name, s.team AS team, s.totalFen AS totalFen,
		        s.metrics AS metrics, s.lines AS lines`,
		{ runId: run.runId, agentId: options.agentId }
	);
	if (!row) return null;
	const statement: AgentStatement = {
		...row,
		metrics: JSON.parse(row.metrics),
		lines: JSON.parse(row.lines)
	};
	const change = run.diff.find((d) => d.agentId === options.agentId);
	return {
		period: options.period,
		source: 'stored',
		run,
		versions,
		statement,
		deltaFen: run.version > 1 ? (change?.deltaFen ?? 0) : null
	};
}
