import { sharedGraph } from '$lib/server/runtime';
import { csvResponse, toCsv } from '$lib/server/size/csv';
import { loadTopicTagger } from '$lib/server/topics/taxonomy';
import { listTopicTerms, type TopicTermRow } from '$lib/server/topics/terms';
import type { RequestHandler } from './$types';

/** The frequent candidate terms and every decided term. */
export const GET: RequestHandler = async () => {
	const graph = await sharedGraph();
	const { taxonomy } = await loadTopicTagger(graph);
	const terms = await listTopicTerms(graph, taxonomy, 100_000);
	const body = toCsv<TopicTermRow>(
		[
			['term', (r) => r.term],
			['status', (r) => r.status],
			['texts', (r) => r.texts],
			['topicId', (r) => r.topicId],
			['decidedBy', (r) => r.decidedBy],
			['decidedAt', (r) => (r.decidedAt === null ? null : new Date(r.decidedAt).toISOString())]
		],
		[...terms.candidates, ...terms.decided]
	);
	return csvResponse(body, 'topic-terms.csv');
};
