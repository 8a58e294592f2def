import type { Graph } from '../graph/graph.js';

/** Records that an agent used an FAQ answer in a conversation; repeated marks update `at`. */
export async function markFaqUsed(
	graph: Graph,
	input: { conversationId: string; faqId: string; by: string; atMs: number }
): Promise<boolean> {
	const rows = await graph.write<{ faqId: string }>(
		`MATCH (c:Conversation {conversationId: $conversationId})
		 MATCH (f:FaqQuestion {faqId: $faqId})
		 MERGE (c)-[u:USED_FAQ]->(f)
		 SET u.at = datetime({epochMillis: toInteger($atMs)}), u.by = $by
		 RETURN f.faqId AS faqId`,
		input
	);
	return rows.length > 0;
}

export interface HandlingTimeGroup {
	conversations: number;
	meanMinutes: number | null;
	medianMinutes: number | null;
}

export interface HandlingTimeComparison {
	withFaq: HandlingTimeGroup;
	withoutFaq: HandlingTimeGroup;
}

/**
 * Compares handling time (endedAt − startedAt) of conversations where an agent used an FAQ
 * answer with those where none was used. Conversations without both timestamps are left out.
 */
export async function handlingTimeComparison(graph: Graph): Promise<HandlingTimeComparison> {
	const rows = await graph.read<{
		usedFaq: boolean;
		conversations: number;
		meanSeconds: number | null;
		medianSeconds: number | null;
	}>(
		`MATCH (c:Conversation)
		 WHERE c.startedAt IS NOT NULL AND c.endedAt IS NOT NULL AND c.endedAt >= c.startedAt
		 WITH c, duration.inSeconds(c.startedAt, c.endedAt).seconds AS seconds,
		      EXISTS { (c)-[:USED_FAQ]->(:FaqQuestion) } AS usedFaq
		 RETURN usedFaq, count(c) AS conversations, avg(seconds) AS meanSeconds,
		        percentileCont(seconds, 0.5) AS medianSeconds`
	);
	const group = (usedFaq: boolean): HandlingTimeGroup => {
		const row = rows.find((candidate) => candidate.usedFaq === usedFaq);
		const minutes = (seconds: number | null | undefined) =>
			seconds === null || seconds === undefined ? null : Math.round((seconds / 60) * 10) / 10;
		return {
			conversations: row?.conversations ?? 0,
			meanMinutes: minutes(row?.meanSeconds),
			medianMinutes: minutes(row?.medianSeconds)
		};
	};
	return { withFaq: group(true), withoutFaq: group(false) };
}
