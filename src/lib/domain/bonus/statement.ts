import type { AgentMetrics } from './metrics.js';

/** Where a line's money comes from. */
export const dimensions = [
	'hero',
	'innovation',
	'base',
	'rating',
	'ratingTop',
	'guaranteed',
	'floating'
] as const;
export type Dimension = (typeof dimensions)[number];

/** A data row behind a line: a conversation, a survey answer or an award. */
export interface Evidence {
	kind: 'conversation' | 'survey' | 'award';
	id: string;
	/** The conversation to open for this row, when there is one. */
	conversationId: string | null;
	/** The figure that matters, e.g. "95 s → 86 points" or "score 3". */
	note: string;
}

export interface StatementLine {
	dimension: Dimension;
	/** Rule key, e.g. `base.frtResolution`; pages translate it. */
	rule: string;
	inputs: Record<string, string | number | boolean | null>;
	/** The arithmetic from the inputs to the amount, with the numbers filled in. */
	formula: string;
	amountFen: number;
	evidence: Evidence[];
}

export interface AgentStatement {
	agentId: string;
	name: string;
	team: string | null;
	metrics: AgentMetrics;
	lines: StatementLine[];
	totalFen: number;
}

export interface BudgetLine {
	dimension: Dimension;
	budgetFen: number;
	allocatedFen: number;
	/** How it was split: by points, or by active days when nobody earned points. */
	basis: 'points' | 'activeDays' | 'awards' | 'fixed' | 'none';
}

export interface BonusRunResult {
	periodKey: string;
	template: string;
	/** The month's share of the yearly pool plus the replenishment. */
	poolFen: number;
	monthlyPoolFen: number;
	replenishmentFen: number;
	revenueFen: number;
	budgets: BudgetLine[];
	statements: AgentStatement[];
	totalFen: number;
	/** Money no agent could receive (no eligible agent); the pool is poolFen = totalFen + this. */
	unallocatedFen: number;
	warnings: string[];
}

/** Formats fen as yuan with two decimals, e.g. 1234567 → ¥12,345.67. */
export function yuan(fen: number): string {
	const sign = fen < 0 ? '-' : '';
	const abs = Math.abs(fen);
	const whole = Math.floor(abs / 100).toLocaleString('en-US');
	return `${sign}¥${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** Rounds for display in formulas; the computation itself keeps full precision. */
export function figure(value: number | null, digits = 2): string {
	return value === null ? '—' : value.toFixed(digits);
}
