import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { isSeamError } from '$lib/server/errors';
import { sharedGraph } from '$lib/server/runtime';
import { loadTopicTagger } from '$lib/server/topics/taxonomy';
import { countTopics, decideTopicTerm, listTopicTerms } from '$lib/server/topics/terms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const graph = await sharedGraph();
	const { taxonomy } = await loadTopicTagger(graph);
	const [terms, counts] = await Promise.all([listTopicTerms(graph, taxonomy), countTopics(graph)]);
	return { terms, counts, topics: taxonomy.topics };
};

const decisionSchema = z.discriminatedUnion('action', [
	z.object({ action: z.literal('map'), term: z.string().min(1), topicId: z.string().min(1) }),
	z.object({ action: z.enum(['ignore', 'reset']), term: z.string().min(1) })
]);

// The hooks admit only admins to /admin, so `locals.user` is an admin here.
export const actions: Actions = {
	decide: async ({ request, locals }) => {
		const form = Object.fromEntries(await request.formData());
		const parsed = decisionSchema.safeParse(form);
		if (!parsed.success) {
			const problem = parsed.error.issues
				.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
				.join('; ');
			return fail(400, { problem });
		}
		try {
			const graph = await sharedGraph();
			const { taxonomy } = await loadTopicTagger(graph);
			await decideTopicTerm(graph, taxonomy, parsed.data, locals.user!.username);
			return { decided: parsed.data };
		} catch (error) {
			if (isSeamError(error)) return fail(400, { problem: error.message });
			throw error;
		}
	}
};
