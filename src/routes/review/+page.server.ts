import { kpiEvidenceHref } from '$lib/domain/review/links';
import { loadReview } from '$lib/server/review/review';
import { sharedGraph } from '$lib/server/runtime';
import { loadSettings } from '$lib/server/settings';
import { reviewPeriodParam } from './params';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const periodKey = reviewPeriodParam(url);
	const { timeZone } = loadSettings();
	const review = await loadReview(await sharedGraph(), { periodKey, timeZone, nowMs: Date.now() });
	return {
		...review,
		kpis: review.kpis.map((kpi) => ({ ...kpi, href: kpiEvidenceHref(kpi.id, review.period) }))
	};
};
