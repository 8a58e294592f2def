import { error } from '@sveltejs/kit';
import { meanReplyQuality } from '$lib/domain/quality/replyQuality';
import { highlightSegments } from '$lib/domain/risk/highlight';
import { conversationAgentScope } from '$lib/server/auth/scope';
import { sharedGraph } from '$lib/server/runtime';
import { getConversation } from '$lib/server/queries/conversations';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const agentId = conversationAgentScope(locals.user);
	const graph = await sharedGraph();
	// Another agent's conversation answers 404 like a missing one, so ids cannot be probed.
	const conversation = await getConversation(graph, params.id, agentId);
	if (!conversation) error(404, `Conversation not found: ${params.id}`);
	const messages = conversation.messages.map((message) => ({
		...message,
		segments: highlightSegments(message.text, message.negativeWords, message.negatedWords)
	}));
	const replyQuality = meanReplyQuality(messages.map((message) => message.replyQuality));
	return { conversation: { ...conversation, messages, replyQuality } };
};
