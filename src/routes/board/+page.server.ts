import { fail } from '@sveltejs/kit';
import { parseBoardQuery } from '$lib/domain/board/cards';
import { cardStatuses, nextStatuses } from '$lib/domain/board/workflow';
import { loadBeforeAfter } from '$lib/server/board/beforeAfter';
import { latestAnalysisRun } from '$lib/server/board/evidence';
import { parseCardForm } from '$lib/server/board/form';
import { loadBoard } from '$lib/server/board/signals';
import { changeCard } from '$lib/server/board/workflow';
import { isSeamError } from '$lib/server/errors';
import { sharedGraph } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const query = parseBoardQuery(url.searchParams);
	const graph = await sharedGraph();
	const [board, run] = await Promise.all([loadBoard(graph, query), latestAnalysisRun(graph)]);
	const shipped = board.cards.filter((card) => card.shippedAt !== null);
	const comparisons = Object.fromEntries(
		await Promise.all(
			shipped.map(async (card) => [
				card.productId,
				await loadBeforeAfter(graph, card.productId, card.shippedAt!, board.dataEndMs)
			])
		)
	);
	const transitions = Object.fromEntries(
		cardStatuses.map((status) => [status, nextStatuses(status)])
	);
	return { query, board, comparisons, transitions, runId: run.runId };
};

// The hooks admit only leaders and admins to /board, so `locals.user` is set here.
export const actions: Actions = {
	card: async ({ request, locals }) => {
		const parsed = parseCardForm(await request.formData());
		if (!parsed.ok) return fail(400, { problem: parsed.problem });
		try {
			const change = await changeCard(await sharedGraph(), {
				...parsed.value,
				actor: locals.user!.username
			});
			return {
				change: {
					productId: change.productId,
					toStatus: change.toStatus,
					moved: change.fromStatus !== change.toStatus
				}
			};
		} catch (error) {
			if (isSeamError(error)) return fail(400, { problem: error.message });
			throw error;
		}
	}
};
