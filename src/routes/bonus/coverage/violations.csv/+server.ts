import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { isPeriodKey } from '$lib/domain/coverage/period';
import { violationsCsv } from '$lib/domain/coverage/violationsCsv';
import { mayViewCoverage } from '$lib/server/coverage/access';
import { coverageReport } from '$lib/server/coverage/report';
import { sharedGraph } from '$lib/server/runtime';
import { loadSettings } from '$lib/server/settings';
import type { RequestHandler } from './$types';

const query = z.object({ period: z.string().refine(isPeriodKey).optional() });

/** Conversations a bot answered inside the human-only hours of a period, as CSV. */
export const GET: RequestHandler = async ({ locals, url }) => {
	if (!locals.user) error(401, 'Sign in first.');
	if (!mayViewCoverage(locals.user.role))
		error(403, 'Coverage is for senior agents, leaders and admins.');
	const parsed = query.safeParse(Object.fromEntries(url.searchParams));
	if (!parsed.success) error(400, 'Invalid period: use YYYY-MM for a month or YYYY for a year.');
	const settings = loadSettings();
	const report = await coverageReport(await sharedGraph(), settings, parsed.data.period);
	return new Response(violationsCsv(report.compliance.violations, settings.timeZone), {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="human-only-violations-${report.period.key}.csv"`
		}
	});
};
