import type { AgentSim } from './agents';
import type { Language } from './customers';
import type { AgentLines, LanguageLines } from './dialogueLines';
import { CANTONESE_LINES } from './linesCantonese';
import { ENGLISH_LINES } from './linesEnglish';
import { MANDARIN_LINES } from './linesMandarin';

const LINES: Record<Language, LanguageLines> = {
	zh: MANDARIN_LINES,
	yue: CANTONESE_LINES,
	en: ENGLISH_LINES
};

export function linesFor(language: Language): LanguageLines {
	return LINES[language];
}

/**
 * Returns the language an agent replies in: the Cantonese team replies to Cantonese
 * customers in Cantonese, everyone replies to English in English, and otherwise agents
 * write Mandarin.
 */
export function agentLanguageFor(agent: AgentSim, language: Language): Language {
	if (language === 'en') return 'en';
	if (language === 'yue' && agent.team === '粤语服务组') return 'yue';
	return 'zh';
}

export function agentLinesFor(agent: AgentSim, language: Language): AgentLines {
	return LINES[agentLanguageFor(agent, language)].agent;
}

const CLOSING_PUNCTUATION = /[。！？，、~～!?.,…👌]$/u;

/** Joins message fragments: Chinese with full-width commas, English with spaces. */
export function joinParts(language: Language, parts: readonly string[]): string {
	const present = parts.filter((part) => part.length > 0);
	if (language === 'en') return present.join(' ');
	return present.reduce((text, part) => {
		if (text === '') return part;
		return CLOSING_PUNCTUATION.test(text) ? text + part : `${text}，${part}`;
	}, '');
}
