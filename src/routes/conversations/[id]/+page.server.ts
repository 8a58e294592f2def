import { error } from '@sveltejs/kit';
import { highlightSegments } from '$lib/domain/risk/highlight';
import { sharedGraph } from '$lib/server/runtime';
import { getConversation } from '$lib/server/queries/conversations';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const graph = await sharedGraph();
	const conversation = await getConversation(graph, params.id);
	if (!conversation) error(404, `Conversation not found: ${params.id}`);
	const messages = conversation.messages.map((message) => ({
		...message,
		segments: highlightSegments(message.text, message.negativeWords, message.negatedWords)
	}));
	return { conversation: { ...conversation, messages } };
};
