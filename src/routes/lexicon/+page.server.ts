import { error, fail } from '@sveltejs/kit';
import { recordAudit } from '$lib/server/escalation/audit';
import {
	currentLexiconData,
	lexiconProblems,
	listLexiconVersions,
	saveLexiconVersion
} from '$lib/server/lexicon';
import { sharedGraph } from '$lib/server/runtime';
import { lexiconFromForm } from './lexiconForm';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	if (locals.user?.role !== 'admin') error(403, 'Only an admin may edit the lexicon.');
	const graph = await sharedGraph();
	const [current, versions] = await Promise.all([
		currentLexiconData(graph),
		listLexiconVersions(graph)
	]);
	return { current, versions };
};

export const actions: Actions = {
	save: async ({ request, locals }) => {
		const user = locals.user;
		if (user?.role !== 'admin') error(403, 'Only an admin may edit the lexicon.');
		const form = await request.formData();
		const graph = await sharedGraph();
		const current = await currentLexiconData(graph);
		const { data, problems } = lexiconProblems(lexiconFromForm(form, current.data.version));
		if (!data) return fail(400, { problems, saved: null });
		const saved = await saveLexiconVersion(graph, data, user.username, Date.now());
		await recordAudit(graph, {
			actor: user.username,
			action: 'lexicon.save',
			target: `lexicon v${saved.version}`,
			details: {
				groups: Object.keys(data.groups).length,
				words: Object.values(data.groups).flat().length,
				negators: data.negators.length,
				queued: saved.queued
			}
		});
		return { problems: [], saved };
	}
};
