import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { markFaqUsed } from '$lib/server/faq';
import { sharedGraph } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

const bodySchema = z.object({
	conversationId: z.string().trim().min(1, 'conversationId is empty').max(200)
});

/** POST /api/faq/{faqId}/used {conversationId}: the agent used this answer in that conversation. */
export const POST: RequestHandler = async ({ params, request, locals }) => {
	const parsed = bodySchema.safeParse(await request.json().catch(() => null));
	if (!parsed.success) {
		error(400, 'Send a JSON body {"conversationId": "..."} naming the conversation.');
	}
	const found = await markFaqUsed(await sharedGraph(), {
		conversationId: parsed.data.conversationId,
		faqId: params.id,
		by: locals.user?.agentId ?? locals.user?.username ?? 'unknown',
		atMs: Date.now()
	});
	if (!found)
		error(404, `Conversation ${parsed.data.conversationId} or FAQ ${params.id} not found.`);
	return json({ ok: true });
};
