import type { AgentStatement, Dimension } from './statement.js';

/** An agent's amounts in one run, the unit that versions and what-ifs compare. */
export interface StatementSummary {
	agentId: string;
	name: string;
	team: string | null;
	totalFen: number;
	byDimension: Partial<Record<Dimension, number>>;
}

export interface AgentDiff {
	agentId: string;
	name: string;
	team: string | null;
	/** Null when the agent was not in the earlier run. */
	previousFen: number | null;
	/** Null when the agent is not in the later run. */
	currentFen: number | null;
	deltaFen: number;
	byDimension: Partial<Record<Dimension, number>>;
}

export function summarizeStatement(statement: AgentStatement): StatementSummary {
	const byDimension: Partial<Record<Dimension, number>> = {};
	for (const line of statement.lines) {
		byDimension[line.dimension] = (byDimension[line.dimension] ?? 0) + line.amountFen;
	}
	return {
		agentId: statement.agentId,
		name: statement.name,
		team: statement.team,
		totalFen: statement.totalFen,
		byDimension
	};
}

/**
 * Compares two runs agent by agent: amounts before and after, and the change per dimension.
 * Agents who appear in only one run are included. Sorted by the largest change, then agent id.
 */
export function diffRuns(previous: StatementSummary[], current: StatementSummary[]): AgentDiff[] {
	const before = new Map(previous.map((summary) => [summary.agentId, summary]));
	const after = new Map(current.map((summary) => [summary.agentId, summary]));
	const ids = [...new Set([...before.keys(), ...after.keys()])];
	return ids
		.map((agentId) => {
			const old = before.get(agentId);
			const now = after.get(agentId);
			const dimensions = new Set([
				...Object.keys(old?.byDimension ?? {}),
				...Object.keys(now?.byDimension ?? {})
			]) as Set<Dimension>;
			const byDimension: Partial<Record<Dimension, number>> = {};
			for (const dimension of dimensions) {
				const delta = (now?.byDimension[dimension] ?? 0) - (old?.byDimension[dimension] ?? 0);
				if (delta !== 0) byDimension[dimension] = delta;
			}
			return {
				agentId,
				name: (now ?? old)!.name,
				team: (now ?? old)!.team,
				previousFen: old?.totalFen ?? null,
				currentFen: now?.totalFen ?? null,
				deltaFen: (now?.totalFen ?? 0) - (old?.totalFen ?? 0),
				byDimension
			};
		})
		.sort(
			(a, b) => Math.abs(b.deltaFen) - Math.abs(a.deltaFen) || a.agentId.localeCompare(b.agentId)
		);
}
