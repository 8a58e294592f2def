import { describe, expect, it } from 'vitest';
import {
	breachRates,
	breachRatesCsv,
	shopDay,
	teamTotals,
	type EscalationRow
} from './breachReport';

const ZONE = 'Asia/Shanghai';
// 2026-11-01 23:30 in Shanghai is 15:30 UTC, so the shop day differs from the UTC day.
const LATE_EVENING = Date.UTC(2026, 10, 1, 15, 30);
const NEXT_MORNING = Date.UTC(2026, 10, 2, 1, 0);

function row(
	team: string | null,
	detectedAt: number,
	status: EscalationRow['status']
): EscalationRow {
	return {
		escalationId: `E${detectedAt}${team}${status}`,
		conversationId: 'CV1',
		team,
		status,
		detectedAt,
		deadlineAt: detectedAt + 1_800_000,
		claimedAt: null,
		claimedBy: null,
		claimedByName: null,
		claimerCertification: null
	};
}

describe('breachRates', () => {
	const rows = [
		row('A', LATE_EVENING, 'breached'),
		row('A', LATE_EVENING, 'claimed'),
		row('A', NEXT_MORNING, 'open'),
		row('B', NEXT_MORNING, 'claimed'),
		row(null, NEXT_MORNING, 'breached')
	];
	const rates = breachRates(rows, ZONE);

	it('groups by shop-local day and team', () => {
		expect(rates.map((r) => `${r.day} ${r.team}`)).toEqual([
			'2026-11-01 A',
			'2026-11-02 A',
			'2026-11-02 B',
			'2026-11-02 —'
		]);
	});

	it('rates breaches among decided escalations', () => {
		expect(rates[0].breachRate).toBe(0.5);
		expect(rates[2].breachRate).toBe(0);
		expect(rates[3].breachRate).toBe(1);
	});

	it('leaves the rate empty while all are open', () => {
		expect(rates[1]).toMatchObject({ escalations: 1, open: 1, breachRate: null });
	});

	it('totals each team', () => {
		const totals = teamTotals(rates);
		expect(totals.find((t) => t.team === 'A')).toMatchObject({ escalations: 3, breached: 1 });
		expect(totals.find((t) => t.team === 'A')?.breachRate).toBe(0.5);
	});

	it('exports CSV with a header', () => {
		const lines = breachRatesCsv(rates).trim().split('\r\n');
		expect(lines[0]).toBe('day,team,escalations,breached,open,breach_rate');
		expect(lines[1]).toBe('2026-11-01,A,2,1,0,0.5');
		expect(lines[2]).toBe('2026-11-02,A,1,0,1,');
	});
});

describe('breachRatesCsv', () => {
	it('defuses formulas in team names', () => {
		const csv = breachRatesCsv(
			breachRates([row('=HYPERLINK("x")', LATE_EVENING, 'claimed')], ZONE)
		);
		expect(csv.split('\r\n')[1]).toBe(`2026-11-01,"'=HYPERLINK(""x"")",1,0,0,0`);
	});
});

describe('shopDay', () => {
	it('uses the shop time zone', () => {
		expect(shopDay(LATE_EVENING, ZONE)).toBe('2026-11-01');
		expect(shopDay(LATE_EVENING, 'UTC')).toBe('2026-11-01');
		expect(shopDay(Date.UTC(2026, 10, 1, 16, 30), ZONE)).toBe('2026-11-02');
	});
});
