import { allocateLargestRemainder } from './allocate.js';
import type { AgentInput, AwardInput } from './inputs.js';
import { awardPayoutAt, type BonusPeriod } from './period.js';
import type { BonusPlan } from './plan.js';

export interface AwardShare {
	award: AwardInput;
	payoutAt: number;
	/** What the award pays after any pro-rata cut to fit the budget. */
	paidFen: number;
	recipients: string[];
	/** Fen per recipient, in the order of `recipients`. */
	sharesFen: number[];
}

export interface AwardPayment {
	shares: AwardShare[];
	paidFen: number;
	/** Due awards that could not be paid: an unknown agent or a team without active members. */
	skipped: { award: AwardInput; reason: string }[];
}

function activeAt(agent: AgentInput, ms: number): boolean {
	return (agent.joinedAt ?? -Infinity) <= ms && (agent.leftAt === null || ms < agent.leftAt);
}

/**
 * Finds who receives an award: its agent, or the members of its team who are employed on
 * the payout day. A team award is split equally among them, leftover fen by agent id.
 */
function recipientsOf(award: AwardInput, payoutAt: number, agents: AgentInput[]): string[] {
	if (award.agentId !== null) {
		return agents.some((agent) => agent.agentId === award.agentId) ? [award.agentId] : [];
	}
	return agents
		.filter((agent) => agent.team === award.team && activeAt(agent, payoutAt))
		.map((agent) => agent.agentId)
		.sort();
}

/**
 * Pays the awards whose payout day falls in the period from `budgetFen`. Awards are paid in
 * full when they fit; when they add up to more than the budget each is cut pro rata
 * (largest remainder by award id), so the payment never exceeds the budget.
 */
export function payAwards(
	awards: readonly AwardInput[],
	agents: AgentInput[],
	period: BonusPeriod,
	plan: BonusPlan,
	budgetFen: number
): AwardPayment {
	const skipped: AwardPayment['skipped'] = [];
	const due = awards
		.map((award) => ({
			award,
			payoutAt: awardPayoutAt(award.registeredAt, plan.innovation.payout, period.offsetMs)
		}))
		.filter(({ payoutAt }) => payoutAt >= period.startMs && payoutAt < period.endMs)
		.map((entry) => ({ ...entry, recipients: recipientsOf(entry.award, entry.payoutAt, agents) }))
		.filter((entry) => {
			if (entry.recipients.length > 0) return true;
			const target = entry.award.agentId ?? `team ${entry.award.team}`;
			skipped.push({ award: entry.award, reason: `no active recipient (${target})` });
			return false;
		})
		.sort((a, b) => a.award.awardId.localeCompare(b.award.awardId));
	const wanted = due.reduce((sum, entry) => sum + entry.award.amountFen, 0);
	const cut =
		wanted > budgetFen
			? allocateLargestRemainder(
					budgetFen,
					due.map((entry) => ({ id: entry.award.awardId, weight: entry.award.amountFen }))
				)
			: null;
	const shares = due.map((entry) => {
		const paidFen = cut ? (cut.get(entry.award.awardId) ?? 0) : entry.award.amountFen;
		const split = allocateLargestRemainder(
			paidFen,
			entry.recipients.map((id) => ({ id, weight: 1 }))
		);
		const sharesFen = entry.recipients.map((id) => split?.get(id) ?? 0);
		return { ...entry, paidFen, sharesFen };
	});
	return { shares, paidFen: shares.reduce((sum, share) => sum + share.paidFen, 0), skipped };
}
