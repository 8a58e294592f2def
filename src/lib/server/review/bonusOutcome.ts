import type { Dimension } from '../../domain/bonus/statement.js';
import { listRuns, loadRunSummaries } from '../bonus/runs.js';
import type { Graph } from '../graph/graph.js';

export interface BonusMonth {
	period: string;
	/** The newest stored version of the month's run; null when no run is stored. */
	runId: string | null;
	version: number | null;
	status: string | null;
	poolFen: number;
	paidFen: number;
}

export interface BonusOutcome {
	months: BonusMonth[];
	/** Months of the period without a stored run. */
	missing: string[];
	poolFen: number;
	paidFen: number;
	byDimension: Array<{ dimension: Dimension; budgetFen: number; paidFen: number }>;
	byTeam: Array<{ team: string | null; agents: number; paidFen: number }>;
}

function addTo<K>(map: Map<K, number>, key: K, amount: number) {
	map.set(key, (map.get(key) ?? 0) + amount);
}

/**
 * Adds up the stored bonus runs of the given months (the newest version of each): pool, money
 * paid, the split by dimension and by team. Months without a run are listed as missing.
 */
export async function loadBonusOutcome(graph: Graph, months: string[]): Promise<BonusOutcome> {
	const runs = await listRuns(graph);
	const newest = new Map<string, (typeof runs)[number]>();
	// listRuns sorts by period and then version, newest first.
	for (const run of runs) if (!newest.has(run.period)) newest.set(run.period, run);

	const budget = new Map<Dimension, number>();
	const paid = new Map<Dimension, number>();
	const teamPaid = new Map<string | null, number>();
	const teamAgents = new Map<string | null, Set<string>>();
	const summaries: BonusMonth[] = [];
	for (const period of months) {
		const run = newest.get(period);
		summaries.push({
			period,
			runId: run?.runId ?? null,
			version: run?.version ?? null,
			status: run?.status ?? null,
			poolFen: run?.poolFen ?? 0,
			paidFen: run?.totalFen ?? 0
		});
		if (!run) continue;
		for (const line of run.budgets) {
			addTo(budget, line.dimension, line.budgetFen);
			addTo(paid, line.dimension, line.allocatedFen);
		}
		for (const statement of await loadRunSummaries(graph, run.runId)) {
			addTo(teamPaid, statement.team, statement.totalFen);
			const agents = teamAgents.get(statement.team) ?? new Set<string>();
			agents.add(statement.agentId);
			teamAgents.set(statement.team, agents);
		}
	}

	return {
		months: summaries,
		missing: summaries.filter((month) => month.runId === null).map((month) => month.period),
		poolFen: summaries.reduce((sum, month) => sum + month.poolFen, 0),
		paidFen: summaries.reduce((sum, month) => sum + month.paidFen, 0),
		byDimension: [...budget.keys()].map((dimension) => ({
			dimension,
			budgetFen: budget.get(dimension) ?? 0,
			paidFen: paid.get(dimension) ?? 0
		})),
		byTeam: [...teamPaid.entries()]
			.map(([team, paidFen]) => ({ team, agents: teamAgents.get(team)?.size ?? 0, paidFen }))
			.sort((a, b) => b.paidFen - a.paidFen || String(a.team).localeCompare(String(b.team)))
	};
}
