import { error, fail } from '@sveltejs/kit';
import { BonusPlanError } from '$lib/domain/bonus/plan';
import { formValueOf, planFormFields, planFromForm } from '$lib/domain/bonus/planForm';
import { requireRole } from '$lib/server/bonus/access';
import { addAward, listAwards } from '$lib/server/bonus/awards';
import { loadActivePlan, savePlan } from '$lib/server/bonus/plans';
import { isSeamError } from '$lib/server/errors';
import { sharedGraph } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const user = requireRole(locals.user, ['leader', 'admin']);
	const graph = await sharedGraph();
	const [active, awards] = await Promise.all([loadActivePlan(graph), listAwards(graph)]);
	return {
		version: active.version,
		values: Object.fromEntries(
			planFormFields.map((path) => [path, formValueOf(active.plan, path)])
		),
		canChange: user.role === 'admin',
		awards
	};
};

function requireAdmin(locals: App.Locals) {
	if (locals.user?.role !== 'admin') error(403, 'Only admins change the bonus plan.');
	return locals.user;
}

function formFields(form: FormData): Record<string, string> {
	return Object.fromEntries(
		[...form.entries()].filter(([, value]) => typeof value === 'string') as [string, string][]
	);
}

export const actions: Actions = {
	save: async ({ request, locals }) => {
		const user = requireAdmin(locals);
		const fields = formFields(await request.formData());
		const graph = await sharedGraph();
		try {
			const active = await loadActivePlan(graph);
			const plan = planFromForm(active.plan, fields);
			const saved = await savePlan(graph, plan, user.username, fields.note ?? '');
			return { saved: saved.version };
		} catch (cause) {
			if (cause instanceof BonusPlanError) return fail(400, { problems: cause.problems, fields });
			throw cause;
		}
	},
	award: async ({ request, locals }) => {
		const user = requireAdmin(locals);
		const fields = formFields(await request.formData());
		const yuan = Number(fields.amountYuan);
		try {
			const award = await addAward(
				await sharedGraph(),
				{
					title: fields.title,
					effect: fields.effect,
					agentId: fields.agentId,
					team: fields.team,
					amountFen: Number.isFinite(yuan) ? Math.round(yuan * 100) : fields.amountYuan
				},
				user.username
			);
			return { awardAdded: award.awardId };
		} catch (cause) {
			if (isSeamError(cause)) return fail(400, { awardProblem: cause.message });
			throw cause;
		}
	}
};
