import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { isPeriodKey } from '$lib/domain/coverage/period';
import { radarReport } from '$lib/server/radar/report';
import { radarScope } from '$lib/server/radar/scope';
import { sharedGraph } from '$lib/server/runtime';
import { loadSettings } from '$lib/server/settings';
import type { PageServerLoad } from './$types';

const query = z.object({
	period: z.string().refine(isPeriodKey).optional(),
	agent: z.string().min(1).max(64).optional()
});

export const load: PageServerLoad = async ({ locals, url }) => {
	const parsed = query.safeParse(Object.fromEntries(url.searchParams));
	if (!parsed.success) error(400, 'Invalid radar parameters: period is YYYY-MM or YYYY.');
	const graph = await sharedGraph();
	const scope = await radarScope(graph, locals.user);
	if (scope === 'notSignedIn') error(401, 'Sign in first.');
	if (scope === 'roleDenied') error(403, 'Your role may not open quality radars.');
	if (scope === 'agentNotLinked') {
		error(403, 'This agent account is not linked to an agent; ask an admin.');
	}
	const report = await radarReport(graph, scope, {
		periodKey: parsed.data.period,
		agentId: parsed.data.agent,
		timeZone: loadSettings().timeZone
	});
	if ('failure' in report) {
		if (scope.kind === 'all') error(404, `Agent ${report.agentId} not found.`);
		error(403, `Agent ${report.agentId} is outside the radars you may see.`);
	}
	return { report };
};
