import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FaqEntryInput } from '../../domain/faq/schema.js';
import type { SourceRow } from '../import/readers.js';
import type { TextSource } from '../import/source.js';
import { showValue, type Problem } from '../import/problems.js';

/**
 * ABCD (Chen et al., NAACL 2021) agent guidelines for a fictional clothing retailer:
 * `guidelines.json` maps each flow (e.g. "Product Defect") to a description and subflows,
 * and each subflow has ordered agent actions and instructions. `ontology.json` lists the
 * subflow ids (`return_size`) per flow in the same order as the guidelines, and `kb.json`
 * lists the actions each subflow requires.
 */
interface AbcdAction {
	type?: string;
	button?: string;
	text?: string;
	subtext?: string[];
}

interface AbcdSubflowRow {
	flow: string;
	flowDescription: string;
	subflow: string;
	intent: string;
	actions: AbcdAction[];
	instructions: string[];
	requiredActions: string[];
}

const slug = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_|_$/g, '');

async function readOptionalJson(filePath: string): Promise<unknown> {
	return existsSync(filePath) ? JSON.parse(await readFile(filePath, 'utf8')) : undefined;
}

async function readAll(source: TextSource): Promise<string> {
	let text = '';
	for await (const chunk of source.stream) text += String(chunk);
	return text;
}

/** Yields one row per subflow of a guidelines.json file (a 95 KB object, read whole). */
export async function* abcdRead(source: TextSource, filePath: string): AsyncGenerator<SourceRow> {
	let guidelines: Record<string, { description?: string; subflows?: Record<string, unknown> }>;
	try {
		guidelines = JSON.parse(await readAll(source));
	} catch (cause) {
		yield { line: 1, error: `invalid JSON: ${(cause as Error).message}`, raw: '' };
		return;
	}
	const folder = path.dirname(filePath);
	const ontology = (await readOptionalJson(path.join(folder, 'ontology.json'))) as
		{ intents?: { subflows?: Record<string, string[]> } } | undefined;
	const kb = ((await readOptionalJson(path.join(folder, 'kb.json'))) ?? {}) as Record<
		string,
		string[]
	>;
	let line = 0;
	for (const [flow, body] of Object.entries(guidelines)) {
		const subflows = body?.subflows;
		if (!subflows || typeof subflows !== 'object') {
			line += 1;
			yield {
				line,
				error: `flow "${flow}" has no subflows object; is this ABCD's guidelines.json?`,
				raw: showValue(body)
			};
			continue;
		}
		const intents = ontology?.intents?.subflows?.[slug(flow)] ?? [];
		let index = 0;
		for (const [subflow, detail] of Object.entries(subflows)) {
			line += 1;
			const intent = intents[index] ?? slug(subflow);
			index += 1;
			const value = (detail ?? {}) as { actions?: AbcdAction[]; instructions?: string[] };
			const row: AbcdSubflowRow = {
				flow,
				flowDescription: body.description ?? '',
				subflow,
				intent,
				actions: Array.isArray(value.actions) ? value.actions : [],
				instructions: Array.isArray(value.instructions) ? value.instructions : [],
				requiredActions: kb[intent] ?? []
			};
			yield { line, value: row as unknown as Record<string, unknown> };
		}
	}
}

/** "The main effort is …" instructions introduce a list of customer questions. */
const QUESTION_LIST = /figuring out which question/i;

function describeAction(action: AbcdAction, step: number): string {
	const button = action.button && action.button !== 'N/A' ? `[${action.button}] ` : '';
	const details = (action.subtext ?? []).filter(Boolean).map((line) => `  - ${line}`);
	return [`${step}. ${button}${action.text ?? ''}`.trim(), ...details].join('\n');
}

/** Turns a subflow row into an FAQ entry: the situation as the question, the procedure as the answer. */
export function abcdToEntry(
	value: Record<string, unknown>
): FaqEntryInput | { problems: Problem[] } {
	const row = value as unknown as AbcdSubflowRow;
	if (typeof row.flow !== 'string' || typeof row.subflow !== 'string') {
		return { problems: [{ field: 'subflow', value: showValue(value), reason: 'is missing' }] };
	}
	const [situation = '', ...rest] = row.instructions;
	const listsQuestions = QUESTION_LIST.test(situation);
	const customerQuestions = listsQuestions
		? rest.flatMap((line) => line.split(',')).map((item) => item.trim())
		: [];
	const question = listsQuestions ? `${row.subflow}: ${customerQuestions.join('; ')}` : situation;
	const procedure = row.actions.map((action, index) => describeAction(action, index + 1));
	const answer = [...(listsQuestions ? [] : rest), ...procedure].join('\n');
	return {
		faqId: `abcd:${slug(row.flow)}/${row.intent}`,
		question: question || row.subflow,
		answer: answer || situation,
		paraphrases: [
			row.subflow,
			`${row.flow}: ${row.flowDescription}`,
			...(listsQuestions ? customerQuestions : [])
		],
		topicPath: `ABCD/${row.flow}/${row.subflow}`,
		tags: ['abcd', row.intent, ...row.requiredActions]
	};
}
