import { csvField } from '../csv.js';
import type { AgentDiff, StatementSummary } from './diff.js';
import type { AgentStatement } from './statement.js';

function toCsv(header: string[], rows: unknown[][]): string {
	return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Formats a run as CSV, one row per agent: the total and each dimension's amount, in fen. */
export function runCsv(summaries: StatementSummary[]): string {
	const dimensions = [
		'hero',
		'innovation',
		'base',
		'rating',
		'ratingTop',
		'guaranteed',
		'floating'
	] as const;
	return toCsv(
		['agentId', 'name', 'team', 'totalFen', ...dimensions.map((d) => `${d}Fen`)],
		summaries.map((s) => [
			s.agentId,
			s.name,
			s.team,
			s.totalFen,
			...dimensions.map((d) => s.byDimension[d] ?? 0)
		])
	);
}

/** Formats a statement as CSV, one row per line with its rule, formula and evidence ids. */
export function statementCsv(statement: AgentStatement): string {
	return toCsv(
		['agentId', 'dimension', 'rule', 'amountFen', 'formula', 'evidence'],
		statement.lines.map((line) => [
			statement.agentId,
			line.dimension,
			line.rule,
			line.amountFen,
			line.formula,
			line.evidence.map((item) => `${item.kind}:${item.id}`)
		])
	);
}

/** Formats a comparison (a new version, or a what-if against the stored run) as CSV. */
export function diffCsv(diffs: AgentDiff[]): string {
	return toCsv(
		['agentId', 'name', 'team', 'previousFen', 'currentFen', 'deltaFen'],
		diffs.map((d) => [d.agentId, d.name, d.team, d.previousFen, d.currentFen, d.deltaFen])
	);
}
