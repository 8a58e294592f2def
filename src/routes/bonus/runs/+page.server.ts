import { error, fail } from '@sveltejs/kit';
import { summarizeStatement } from '$lib/domain/bonus/diff';
import { isPeriodKey } from '$lib/domain/bonus/period';
import { scopeCovers } from '$lib/domain/bonus/access';
import { requireBonusScope, requireRole } from '$lib/server/bonus/access';
import { periodParam } from '$lib/server/bonus/params';
import { approveRun, freezeRun, listRuns, previewRun } from '$lib/server/bonus/runs';
import { isSeamError } from '$lib/server/errors';
import { sharedGraph } from '$lib/server/runtime';
import { loadSettings } from '$lib/server/settings';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	const user = requireRole(locals.user, ['leader', 'admin']);
	const graph = await sharedGraph();
	// A leader linked to an agent sees their team's rows; budgets and totals stay whole.
	const scope = await requireBonusScope(graph, locals.user);
	const { timeZone } = loadSettings();
	const period = await periodParam(url, graph, timeZone);
	const [runs, preview] = await Promise.all([listRuns(graph), previewRun(graph, period, timeZone)]);
	const { result } = preview;
	return {
		period,
		canChange: user.role === 'admin',
		runs,
		preview: {
			planVersion: preview.plan.version,
			poolFen: result.poolFen,
			totalFen: result.totalFen,
			budgets: result.budgets,
			warnings: result.warnings,
			rows: result.statements.map(summarizeStatement).filter((row) => scopeCovers(scope, row))
		}
	};
};

function requireAdmin(locals: App.Locals) {
	if (locals.user?.role !== 'admin') error(403, 'Only admins approve and freeze bonus runs.');
	return locals.user;
}

export const actions: Actions = {
	approve: async ({ request, locals }) => {
		const user = requireAdmin(locals);
		const period = String((await request.formData()).get('period') ?? '');
		if (!isPeriodKey(period))
			return fail(400, { problem: `Invalid period "${period}": use YYYY-MM.` });
		const run = await approveRun(await sharedGraph(), period, {
			timeZone: loadSettings().timeZone,
			actor: user.username
		});
		return { approved: run.runId };
	},
	freeze: async ({ request, locals }) => {
		const user = requireAdmin(locals);
		const runId = String((await request.formData()).get('runId') ?? '');
		try {
			const run = await freezeRun(await sharedGraph(), runId, user.username);
			return { frozen: run.runId };
		} catch (cause) {
			if (isSeamError(cause)) return fail(400, { problem: cause.message });
			throw cause;
		}
	}
};
