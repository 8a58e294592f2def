import { json } from '@sveltejs/kit';
import { latestAnalysisRun } from '$lib/server/board/evidence';
import { sharedGraph } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

/** The newest finished analysis run; the board polls it and reloads its data on a change. */
export const GET: RequestHandler = async () => {
	return json(await latestAnalysisRun(await sharedGraph()), {
		headers: { 'cache-control': 'no-store' }
	});
};
