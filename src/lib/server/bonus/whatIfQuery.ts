import { error } from '@sveltejs/kit';
import { BonusPlanError, type BonusPlan } from '../../domain/bonus/plan.js';
import { formValueOf, planFormFields, planFromForm } from '../../domain/bonus/planForm.js';
import type { Graph } from '../graph/graph.js';
import { loadSettings } from '../settings.js';
import { periodParam } from './params.js';
import { loadActivePlan } from './plans.js';
import { whatIf } from './whatIf.js';

/**
 * Computes the what-if of a page or CSV request: the period and plan fields in its query,
 * named as in the plan form, applied over the active plan. Invalid fields give a 400 that
 * names each one.
 */
export async function whatIfFromQuery(url: URL, graph: Graph) {
	const { timeZone } = loadSettings();
	const period = await periodParam(url, graph, timeZone);
	const active = await loadActivePlan(graph);
	let plan: BonusPlan;
	try {
		plan = planFromForm(active.plan, Object.fromEntries(url.searchParams.entries()));
	} catch (cause) {
		if (cause instanceof BonusPlanError) error(400, cause.message);
		throw cause;
	}
	const values = Object.fromEntries(planFormFields.map((path) => [path, formValueOf(plan, path)]));
	return { period, values, result: await whatIf(graph, period, plan, timeZone) };
}
