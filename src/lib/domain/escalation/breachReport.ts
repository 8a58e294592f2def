import { csvField } from '../csv';
import type { EscalationStatus } from './escalation';

export interface EscalationRow {
	escalationId: string;
	conversationId: string;
	team: string | null;
	status: EscalationStatus;
	detectedAt: number;
	deadlineAt: number;
	claimedAt: number | null;
	claimedBy: string | null;
	claimedByName: string | null;
	claimerCertification: string | null;
}

export interface BreachRate {
	team: string;
	/** Shop-local day, YYYY-MM-DD. */
	day: string;
	escalations: number;
	breached: number;
	/** Escalations still open, which may yet be claimed in time. */
	open: number;
	/** Breached share of the escalations that are decided (claimed or breached). */
	breachRate: number | null;
}

/** Label for escalations whose conversation has no handler in a team. */
export const NO_TEAM = '—';

/** Orders teams by name, with escalations outside any team last. */
function compareTeams(a: string, b: string): number {
	if (a === NO_TEAM || b === NO_TEAM) return Number(a === NO_TEAM) - Number(b === NO_TEAM);
	return a.localeCompare(b);
}

/** Returns the shop-local calendar day of an instant, as YYYY-MM-DD. */
export function shopDay(ms: number, timeZone: string): string {
	// The en-CA locale formats dates as YYYY-MM-DD.
	return new Intl.DateTimeFormat('en-CA', {
		timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).format(ms);
}

/** Groups escalations by team and shop-local day of detection, sorted by day then team. */
export function breachRates(rows: EscalationRow[], timeZone: string): BreachRate[] {
	const groups = new Map<string, BreachRate>();
	for (const row of rows) {
		const team = row.team ?? NO_TEAM;
		const day = shopDay(row.detectedAt, timeZone);
		const key = `${day}\u0000${team}`;
		let group = groups.get(key);
		if (!group) {
			group = { team, day, escalations: 0, breached: 0, open: 0, breachRate: null };
			groups.set(key, group);
		}
		group.escalations += 1;
		if (row.status === 'breached') group.breached += 1;
		if (row.status === 'open') group.open += 1;
	}
	const rates = [...groups.values()];
	for (const rate of rates) {
		const decided = rate.escalations - rate.open;
		rate.breachRate = decided > 0 ? rate.breached / decided : null;
	}
	return rates.sort((a, b) => a.day.localeCompare(b.day) || compareTeams(a.team, b.team));
}

/** Breach rate of each team over all its rows, for the chart legend and the summary. */
export function teamTotals(rates: BreachRate[]): BreachRate[] {
	const byTeam = new Map<string, BreachRate>();
	for (const rate of rates) {
		const total = byTeam.get(rate.team) ?? {
			...rate,
			day: '',
			escalations: 0,
			breached: 0,
			open: 0
		};
		total.escalations += rate.escalations;
		total.breached += rate.breached;
		total.open += rate.open;
		byTeam.set(rate.team, total);
	}
	return [...byTeam.values()]
		.map((total) => {
			const decided = total.escalations - total.open;
			return { ...total, breachRate: decided > 0 ? total.breached / decided : null };
		})
		.sort((a, b) => compareTeams(a.team, b.team));
}

/** Formats rows as RFC 4180 CSV with a header line. */
export function toCsv(header: string[], rows: Array<Array<string | number | null>>): string {
	return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function breachRatesCsv(rates: BreachRate[]): string {
	return toCsv(
		['day', 'team', 'escalations', 'breached', 'open', 'breach_rate'],
		rates.map((r) => [
			r.day,
			r.team,
			r.escalations,
			r.breached,
			r.open,
			r.breachRate === null ? null : Number(r.breachRate.toFixed(4))
		])
	);
}
