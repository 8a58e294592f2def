import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { rankOf, retrievalFigures, type RetrievalFigures } from '../../domain/faq/metrics.js';
import { usageError } from '../errors.js';
import { searchFaqs, type FaqSearcher, type FaqSearchMode } from '../search/faqSearch.js';

export const evaluationCaseSchema = z.object({
	query: z.string().trim().min(1, 'query is empty'),
	faqId: z.string().trim().min(1, 'faqId is empty')
});

export type EvaluationCase = z.output<typeof evaluationCaseSchema>;

/** Reads a JSONL file of `{query, faqId}`; every bad line is reported in one error. */
export async function readEvaluationFile(file: string): Promise<EvaluationCase[]> {
	const cases: EvaluationCase[] = [];
	const problems: string[] = [];
	(await readFile(file, 'utf8')).split('\n').forEach((text, index) => {
		if (!text.trim()) return;
		let value: unknown;
		try {
			value = JSON.parse(text);
		} catch (cause) {
			problems.push(`line ${index + 1}: invalid JSON (${(cause as Error).message})`);
			return;
		}
		const parsed = evaluationCaseSchema.safeParse(value);
		if (parsed.success) cases.push(parsed.data);
		else
			problems.push(
				`line ${index + 1}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`
			);
	});
	if (problems.length) {
		throw usageError(
			`${file} has invalid lines; each line must be {"query": "...", "faqId": "..."}:\n  ${problems.slice(0, 20).join('\n  ')}`
		);
	}
	if (cases.length === 0) throw usageError(`${file} has no evaluation cases`);
	return cases;
}

export const evaluationModes: FaqSearchMode[] = ['fulltext', 'vector', 'hybrid'];

export type EvaluationReport = Record<FaqSearchMode, RetrievalFigures>;

/** Runs every case in each search mode and returns MRR@10 and recall@5 per mode. */
export async function evaluateSearch(
	searcher: FaqSearcher,
	cases: EvaluationCase[],
	onCase?: (done: number, total: number) => void
): Promise<EvaluationReport> {
	const ranks: Record<FaqSearchMode, Array<number | null>> = {
		fulltext: [],
		vector: [],
		hybrid: []
	};
	let done = 0;
	for (const item of cases) {
		for (const mode of evaluationModes) {
			const result = await searchFaqs(searcher, item.query, { mode, limit: 10, related: 0 });
			ranks[mode].push(
				rankOf(
					result.hits.map((hit) => hit.faqId),
					item.faqId
				)
			);
		}
		onCase?.((done += 1), cases.length);
	}
	return {
		fulltext: retrievalFigures(ranks.fulltext),
		vector: retrievalFigures(ranks.vector),
		hybrid: retrievalFigures(ranks.hybrid)
	};
}
