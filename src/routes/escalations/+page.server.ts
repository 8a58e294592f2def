import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { isServiceArtist } from '$lib/domain/escalation/escalation';
import { highlightSegments } from '$lib/domain/risk/highlight';
import { recordAudit } from '$lib/server/escalation/audit';
import {
	agentCertification,
	claimEscalation,
	listCertifiedAgents,
	listQueue
} from '$lib/server/escalation/queue';
import { sharedGraph } from '$lib/server/runtime';
import { loadSettings } from '$lib/server/settings';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	if (!locals.user) error(401, 'Sign in first.');
	const graph = await sharedGraph();
	const now = Date.now();
	const [queue, seniors] = await Promise.all([
		listQueue(graph, { now }),
		listCertifiedAgents(graph)
	]);
	const items = queue.map((item) => ({
		...item,
		messages: item.messages.map((message) => ({
			...message,
			segments: highlightSegments(message.text, message.negativeWords, message.negatedWords)
		}))
	}));
	const agentId = locals.user.agentId;
	const certification = agentId ? await agentCertification(graph, agentId) : null;
	return {
		items,
		seniors,
		now,
		pickupDeadlineMinutes: loadSettings().escalation.pickupDeadlineMinutes,
		claimer: { agentId, certification, mayClaim: !agentId || isServiceArtist(certification) }
	};
};

const claimForm = z.object({ escalationId: z.string().min(1).max(200) });

export const actions: Actions = {
	claim: async ({ request, locals }) => {
		const user = locals.user;
		if (!user) error(401, 'Sign in first.');
		const parsed = claimForm.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { outcome: 'invalid' as const, escalationId: null });
		const { escalationId } = parsed.data;
		const graph = await sharedGraph();
		// An account linked to an agent must carry a service-artist certification. Accounts
		// without an agent (a team lead's or admin's) passed the role check of the access table.
		if (user.agentId && !isServiceArtist(await agentCertification(graph, user.agentId))) {
			return fail(403, { outcome: 'notCertified' as const, escalationId });
		}
		const claimedBy = user.agentId ?? user.username;
		const outcome = await claimEscalation(graph, escalationId, claimedBy, Date.now());
		if (outcome === 'notFound') return fail(404, { outcome, escalationId });
		if (outcome === 'alreadyClaimed') return fail(409, { outcome, escalationId });
		await recordAudit(graph, {
			actor: user.username,
			action: 'escalation.claim',
			target: escalationId,
			details: { claimedBy, late: outcome === 'claimedLate' }
		});
		return { outcome, escalationId };
	}
};
