import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { isPeriodKey } from '$lib/domain/coverage/period';
import { mayViewCoverage } from '$lib/server/coverage/access';
import { coverageReport } from '$lib/server/coverage/report';
import { sharedGraph } from '$lib/server/runtime';
import { loadSettings } from '$lib/server/settings';
import type { PageServerLoad } from './$types';

const query = z.object({ period: z.string().refine(isPeriodKey).optional() });

export const load: PageServerLoad = async ({ locals, url }) => {
	if (!locals.user) error(401, 'Sign in first.');
	if (!mayViewCoverage(locals.user.role))
		error(403, 'Coverage is for senior agents, leaders and admins.');
	const parsed = query.safeParse(Object.fromEntries(url.searchParams));
	if (!parsed.success) error(400, 'Invalid period: use YYYY-MM for a month or YYYY for a year.');
	const report = await coverageReport(await sharedGraph(), loadSettings(), parsed.data.period);
	return { report };
};
