import { computeBonusRun } from '../../domain/bonus/compute.js';
import {
	diffRuns,
	summarizeStatement,
	type AgentDiff,
	type StatementSummary
} from '../../domain/bonus/diff.js';
import type { BonusInputs } from '../../domain/bonus/inputs.js';
import { monthPeriod } from '../../domain/bonus/period.js';
import type { AgentStatement, BonusRunResult, BudgetLine } from '../../domain/bonus/statement.js';
import { audit } from '../audit/audit.js';
import { SeamError } from '../errors.js';
import type { Graph } from '../graph/graph.js';
import { gatherBonusInputs } from './gather.js';
import { loadActivePlan, type StoredPlan } from './plans.js';

export type RunStatus = 'approved' | 'frozen';

/** A stored run's header, without its statements. */
export interface RunInfo {
	runId: string;
	period: string;
	version: number;
	status: RunStatus;
	planVersion: number;
	template: string;
	poolFen: number;
	totalFen: number;
	unallocatedFen: number;
	replenishmentFen: number;
	budgets: BudgetLine[];
	warnings: string[];
	/** Change per agent against the previous version; empty for version 1. */
	diff: AgentDiff[];
	createdAt: number;
	createdBy: string;
	frozenAt: number | null;
	frozenBy: string | null;
}

export interface Preview {
	period: string;
	plan: StoredPlan;
	result: BonusRunResult;
	inputs: BonusInputs;
}

/** Computes a run from the graph without storing anything. */
export async function previewRun(
	graph: Graph,
	periodKey: string,
	timeZone: string,
	plan?: StoredPlan
): Promise<Preview> {
	const period = monthPeriod(periodKey, timeZone);
	const active = plan ?? (await loadActivePlan(graph));
	const inputs = await gatherBonusInputs(graph, period);
	return { period: periodKey, plan: active, result: computeBonusRun(inputs, active.plan), inputs };
}

interface RunRow extends Omit<RunInfo, 'budgets' | 'warnings' | 'diff'> {
	budgets: string;
	warnings: string;
	diff: string;
}

const runColumns = `r.runId AS runId, r.period AS period, r.version AS version, r.status AS status,
  r.planVersion AS planVersion, r.template AS template, r.poolFen AS poolFen,
  r.totalFen AS totalFen, r.unallocatedFen AS unallocatedFen,
  r.replenishmentFen AS replenishmentFen, r.budgets AS budgets, r.warnings AS warnings,
  r.diff AS diff, r.createdAt AS createdAt, r.createdBy AS createdBy, r.frozenAt AS frozenAt,
  r.frozenBy AS frozenBy`;

function toInfo(row: RunRow): RunInfo {
	return {
		...row,
		budgets: JSON.parse(row.budgets),
		warnings: JSON.parse(row.warnings),
		diff: JSON.parse(row.diff)
	};
}

/** Lists stored runs, newest period and version first; optionally of one period. */
export async function listRuns(graph: Graph, periodKey?: string): Promise<RunInfo[]> {
	const rows = await graph.read<RunRow>(
		`MATCH (r:BonusRun) WHERE $period IS NULL OR r.period = $period
		 RETURN ${runColumns} ORDER BY r.period DESC, r.version DESC`,
		{ period: periodKey ?? null }
	);
	return rows.map(toInfo);
}

/** Loads a stored run: the given version, or the newest of the period. */
export async function loadRun(
	graph: Graph,
	periodKey: string,
	version?: number
): Promise<RunInfo | null> {
	const rows = await graph.read<RunRow>(
		`MATCH (r:BonusRun {period: $period})
		 WHERE $version IS NULL OR r.version = toInteger($version)
		 RETURN ${runColumns} ORDER BY r.version DESC LIMIT 1`,
		{ period: periodKey, version: version ?? null }
	);
	return rows[0] ? toInfo(rows[0]) : null;
}

/** Loads every agent's amounts in a stored run. */
export async function loadRunSummaries(graph: Graph, runId: string): Promise<StatementSummary[]> {
	const rows = await graph.read<Omit<StatementSummary, 'byDimension'> & { byDimension: string }>(
		`MATCH (:BonusRun {runId: $runId})-[:HAS_STATEMENT]->(s:BonusStatement)
		 RETURN s.agentId AS agentId, s.name AS name, s.team AS team, s.totalFen AS totalFen,
		        s.byDimension AS byDimension
		 ORDER BY s.agentId`,
		{ runId }
	);
	return rows.map((row) => ({ ...row, byDimension: JSON.parse(row.byDimension) }));
}

function statementRow(runId: string, statement: AgentStatement) {
	return {
		statementId: `${runId}:${statement.agentId}`,
		agentId: statement.agentId,
		name: statement.name,
		team: statement.team,
		totalFen: statement.totalFen,
		byDimension: JSON.stringify(summarizeStatement(statement).byDimension),
		metrics: JSON.stringify(statement.metrics),
		lines: JSON.stringify(statement.lines)
	};
}

/**
 * Approves a period's run: computes it from the graph and stores it as the next version
 * (BonusRun + one BonusStatement per agent), with the diff against the previous version.
 * Stored statements are only ever created, never updated, so an approved or frozen
 * statement does not change; a recalculation is a new version.
 */
export async function approveRun(
	graph: Graph,
	periodKey: string,
	options: { timeZone: string; actor: string }
): Promise<RunInfo> {
	const preview = await previewRun(graph, periodKey, options.timeZone);
	const previous = await loadRun(graph, periodKey);
	const previousSummaries = previous ? await loadRunSummaries(graph, previous.runId) : [];
	const current = preview.result.statements.map(summarizeStatement);
	const diff = previous ? diffRuns(previousSummaries, current) : [];
	const version = (previous?.version ?? 0) + 1;
	const runId = `${periodKey}:v${version}`;
	const { result } = preview;
	await graph.write(
		`CREATE (r:BonusRun {runId: $runId, period: $period, version: toInteger($version),
		   status: 'approved', planVersion: toInteger($planVersion), template: $template,
		   poolFen: toInteger($poolFen), totalFen: toInteger($totalFen),
		   unallocatedFen: toInteger($unallocatedFen), replenishmentFen: toInteger($replenishmentFen),
		   budgets: $budgets, warnings: $warnings, diff: $diff, createdAt: datetime(), createdBy: $actor})
		 WITH r
		 UNWIND $statements AS row
		 CREATE (s:BonusStatement {statementId: row.statementId, runId: $runId, period: $period,
		   version: toInteger($version), agentId: row.agentId, name: row.name, team: row.team,
		   totalFen: toInteger(row.totalFen), byDimension: row.byDimension, metrics: row.metrics,
		   lines: row.lines, createdAt: datetime()})
		 CREATE (r)-[:HAS_STATEMENT]->(s)
		 WITH s, row
		 MATCH (a:Agent {agentId: row.agentId})
		 CREATE (s)-[:FOR]->(a)`,
		{
			runId,
			period: periodKey,
			version,
			planVersion: preview.plan.version,
			template: result.template,
			poolFen: result.poolFen,
			totalFen: result.totalFen,
			unallocatedFen: result.unallocatedFen,
			replenishmentFen: result.replenishmentFen,
			budgets: JSON.stringify(result.budgets),
			warnings: JSON.stringify(result.warnings),
			diff: JSON.stringify(diff),
			actor: options.actor,
			statements: result.statements.map((statement) => statementRow(runId, statement))
		}
	);
	await audit(graph, {
		actor: options.actor,
		action: 'bonus.run.approve',
		target: runId,
		details: {
			planVersion: preview.plan.version,
			poolFen: result.poolFen,
			totalFen: result.totalFen,
			agents: result.statements.length,
			changedAgents: diff.filter((d) => d.deltaFen !== 0).length
		}
	});
	const stored = await loadRun(graph, periodKey, version);
	return stored!;
}

/** Freezes an approved run; its statements are final. */
export async function freezeRun(graph: Graph, runId: string, actor: string): Promise<RunInfo> {
	const [row] = await graph.write<RunRow>(
		`MATCH (r:BonusRun {runId: $runId}) WHERE r.status = 'approved'
		 SET r.status = 'frozen', r.frozenAt = datetime(), r.frozenBy = $actor
		 RETURN ${runColumns}`,
		{ runId, actor }
	);
	if (!row) {
		const [existing] = await graph.read<{ status: string }>(
			`MATCH (r:BonusRun {runId: $runId}) RETURN r.status AS status`,
			{ runId }
		);
		throw new SeamError(
			existing
				? `Bonus run ${runId} is already ${existing.status}; recalculate to make a new version.`
				: `Bonus run not found: ${runId}. List runs with "seam bonus runs".`,
			existing ? 'bonus_run_frozen' : 'not_found'
		);
	}
	await audit(graph, { actor, action: 'bonus.run.freeze', target: runId });
	return toInfo(row);
}
