import { describe, expect, it } from 'vitest';
import defaultLexicon from '../../../../models/lexicon/negative-words.json';
import {
	buildLexicon,
	countNegativeWords as countLexiconWords,
	lexiconSchema
} from '../risk/lexicon';
import type { CaseKind, LanguageLines, LineContext } from './dialogueLines';
import { REQUIRED_PHRASES, scanNegativeWords } from './lexicon';
import { CANTONESE_LINES } from './linesCantonese';
import { ENGLISH_LINES } from './linesEnglish';
import { MANDARIN_LINES } from './linesMandarin';
import { joinParts } from './languages';

const context: LineContext = {
	product: '牛津纺长袖衬衫',
	size: 'L',
	otherSize: 'XL',
	orderId: 'O000001',
	heightCm: 175,
	weightKg: 70,
	color: '白色',
	fitProblem: '胸围太紧',
	sizeOff: '偏小一码',
	agentName: '陈晓雯',
	days: 3,
	points: 1200
};

const LANGUAGES: Array<[string, LanguageLines]> = [
	['Mandarin', MANDARIN_LINES],
	['Cantonese', CANTONESE_LINES],
	['English', ENGLISH_LINES]
];

/** Renders every agent and bot template of a language. */
function staffTexts(lines: LanguageLines): string[] {
	const { agent, bot } = lines;
	const templates = [
		...agent.greeting,
		...Object.values(agent.answer).flat(),
		...Object.values(agent.followUpAnswer).flat(),
		...agent.sizeFeedback,
		...agent.takeover
	].map((line) => line(context));
	const fixed = [
		...agent.apology,
		...agent.apologyWithoutPhrase,
		...agent.immediate,
		...agent.immediateWithoutPhrase,
		...agent.compensation,
		...agent.compensationWithoutPhrase,
		...agent.close,
		...Object.values(bot.answer).flat(),
		...bot.transfer,
		...bot.offHours,
		...bot.followUp
	];
	return [...templates, ...fixed];
}

describe.each(LANGUAGES)('%s lines', (_, lines) => {
	it('keep negative words out of staff replies', () => {
		for (const text of staffTexts(lines)) expect(scanNegativeWords(text).negative, text).toBe(0);
	});

	it('put one negative word in each complaint', () => {
		const fragments = [...lines.customer.complaints, ...lines.customer.unhappyClose];
		for (const text of fragments) expect(scanNegativeWords(text).negative, text).toBe(1);
	});

	it('negate the negative words of remarks', () => {
		const counts = lines.customer.negatedRemarks.map((text) => scanNegativeWords(text));
		for (const count of counts) expect(count.negative).toBe(0);
		expect(counts.some((count) => count.negated > 0)).toBe(true);
	});

	it('cover every case kind', () => {
		const kinds = Object.keys(MANDARIN_LINES.customer.opening) as CaseKind[];
		for (const kind of kinds) {
			expect(lines.customer.opening[kind].length, kind).toBeGreaterThan(0);
			expect(lines.customer.followUp[kind].length, kind).toBeGreaterThan(0);
			expect(lines.agent.answer[kind].length, kind).toBeGreaterThan(0);
			expect(lines.bot.answer[kind].length, kind).toBeGreaterThan(0);
		}
	});
});

describe('phrased replies', () => {
	it('contain the required phrases in Mandarin', () => {
		const { apology, immediate, compensation } = MANDARIN_LINES.agent;
		for (const text of apology) expect(text).toContain(REQUIRED_PHRASES[0]);
		for (const text of immediate) expect(text).toContain(REQUIRED_PHRASES[1]);
		for (const text of compensation) expect(text).toContain(REQUIRED_PHRASES[2]);
	});

	it('leave the required phrases out of the unphrased variants', () => {
		const { apologyWithoutPhrase, immediateWithoutPhrase, compensationWithoutPhrase } =
			MANDARIN_LINES.agent;
		for (const text of [
			...apologyWithoutPhrase,
			...immediateWithoutPhrase,
			...compensationWithoutPhrase
		]) {
			for (const phrase of REQUIRED_PHRASES) expect(text).not.toContain(phrase);
		}
	});
});

describe('joinParts', () => {
	it.each([
		['zh', ['收到了', '质量太差了'], '收到了，质量太差了'],
		['zh', ['能换吗？', '我要投诉'], '能换吗？我要投诉'],
		['en', ['Hi.', 'Thanks!'], 'Hi. Thanks!'],
		['zh', ['你好', ''], '你好']
	] as const)('joins %s parts', (language, parts, expected) => {
		expect(joinParts(language, parts)).toBe(expected);
	});
});

describe('staff lines under the default lexicon', () => {
	const lexicon = buildLexicon(lexiconSchema.parse(defaultLexicon));

	it.each(LANGUAGES)('carry no negative words in %s', (_, lines) => {
		for (const text of staffTexts(lines)) {
			expect(countLexiconWords(lexicon.match(text)), text).toBe(0);
		}
	});
});
