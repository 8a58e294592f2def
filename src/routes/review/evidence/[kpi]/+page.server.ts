import { error } from '@sveltejs/kit';
import { FRT_TARGET_SECONDS } from '$lib/domain/review/kpis';
import { reviewPeriod } from '$lib/domain/review/period';
import { evidenceKinds, loadEvidence, type EvidenceKind } from '$lib/server/review/evidence';
import { loadPeriodBounds } from '$lib/server/review/review';
import { sharedGraph } from '$lib/server/runtime';
import { loadSettings } from '$lib/server/settings';
import { reviewPeriodParam } from '../../params';
import type { PageServerLoad } from './$types';

const ROWS = 100;

export const load: PageServerLoad = async ({ params, url }) => {
	const kind = params.kpi as EvidenceKind;
	if (!evidenceKinds.includes(kind)) error(404, `No evidence list for "${params.kpi}".`);
	const { timeZone } = loadSettings();
	const graph = await sharedGraph();
	const key = reviewPeriodParam(url) ?? (await loadPeriodBounds(graph, timeZone, Date.now())).last;
	const period = reviewPeriod(key, timeZone);
	const rows = await loadEvidence(graph, kind, period, {
		limit: ROWS,
		frtTargetSeconds: FRT_TARGET_SECONDS
	});
	return { kind, period, rows, limit: ROWS, frtTargetSeconds: FRT_TARGET_SECONDS };
};
