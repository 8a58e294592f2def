import { error } from '@sveltejs/kit';
import { breachRates, shopDay, teamTotals, NO_TEAM } from '$lib/domain/escalation/breachReport';
import { sharedGraph } from '$lib/server/runtime';
import { loadSettings } from '$lib/server/settings';
import { loadReport, reportQuery } from './reportQuery';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const parsed = reportQuery.safeParse(Object.fromEntries(url.searchParams));
	if (!parsed.success) {
		const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
		error(400, `Invalid report parameters: ${problems.join('; ')}`);
	}
	const { timeZone } = loadSettings();
	const graph = await sharedGraph();
	const report = await loadReport(graph, parsed.data, timeZone, Date.now());
	const rates = breachRates(report.rows, timeZone);
	const { team, day } = parsed.data;
	const drill =
		team || day
			? report.rows.filter(
					(row) =>
						(!team || (row.team ?? NO_TEAM) === team) &&
						(!day || shopDay(row.detectedAt, timeZone) === day)
				)
			: null;
	return {
		from: report.from,
		to: report.to,
		team: team ?? null,
		day: day ?? null,
		rates,
		totals: teamTotals(rates),
		drill
	};
};
