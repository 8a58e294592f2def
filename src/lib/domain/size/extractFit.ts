import type { Fit, SizeBodyPart } from './feedback';
import type { CompiledRule, FitRules, RuleLanguage } from './fitRules';

/** One fit remark found in a text. */
export interface FitRemark {
	fit: Fit;
	bodyPart?: SizeBodyPart;
	/** The words matched, as written. */
	phrase: string;
	/** The remark was negated ("不偏小", "doesn't run small"), so its direction became `fit`. */
	negated: boolean;
	start: number;
}

const CLAUSE_END = /[,.;!?，。；！？\n]/u;
// Words that make a direction, not a negation: 袖长不够 is short, 衫袖唔夠長 is short.
const ENOUGH = /^(够|夠)/u;

function hasHan(text: string): boolean {
	return /\p{Script=Han}/u.test(text);
}

function clauseBefore(text: string, start: number): string {
	const before = text.slice(0, start);
	let cut = before.length;
	while (cut > 0 && !CLAUSE_END.test(before[cut - 1])) cut -= 1;
	return before.slice(cut);
}

function isNegatedZh(text: string, start: number, phrase: string, rules: FitRules): boolean {
	const words = rules.negation.zh;
	// 不错 (not bad) praises the garment and negates nothing.
	const window = clauseBefore(text, start)
		.replace(/不错|不錯/gu, '')
		.slice(-rules.negation.window.zhChars);
	if (words.some((word) => window.includes(word))) return true;
	// A negation between the body part and the direction: 袖子不短.
	for (const word of words) {
		let at = phrase.indexOf(word, 1);
		while (at > 0) {
			if (!ENOUGH.test(phrase.slice(at + word.length))) return true;
			at = phrase.indexOf(word, at + 1);
		}
	}
	return false;
}

function isNegatedEn(text: string, start: number, rules: FitRules): boolean {
	const words = clauseBefore(text, start).toLowerCase().split(/\s+/).filter(Boolean);
	const window = words.slice(-rules.negation.window.enWords).join(' ');
	return rules.negation.en.some((word) =>
		new RegExp(`(^|\\s)${word.replace(/'/g, "['’]")}(\\s|$)`, 'u').test(window)
	);
}

function matchesOf(rule: CompiledRule, text: string): RegExpExecArray[] {
	rule.regex.lastIndex = 0;
	return [...text.matchAll(rule.regex)];
}

/**
 * Finds the fit remarks in a text with the rules of its language (Chinese when it contains Han
 * characters). Rules are tried in file order, and a match inside an earlier match is skipped,
 * so 胸围太大 gives one chest remark and not a second, general 太大. A negated small or large
 * remark becomes `fit` (不偏小 says the size is right); a negated `fit` remark (不合身) names
 * no direction and is dropped.
 */
export function extractFitRemarks(text: string, rules: FitRules): FitRemark[] {
	const lang: RuleLanguage = hasHan(text) ? 'zh' : 'en';
	const taken: Array<[number, number]> = [];
	const remarks: FitRemark[] = [];
	for (const rule of rules.rules) {
		if (rule.lang !== lang) continue;
		for (const match of matchesOf(rule, text)) {
			const start = match.index;
			const end = start + match[0].length;
			if (taken.some(([from, to]) => start >= from && end <= to)) continue;
			taken.push([start, end]);
			const negated =
				lang === 'zh' ? isNegatedZh(text, start, match[0], rules) : isNegatedEn(text, start, rules);
			if (negated && rule.fit === 'fit') continue;
			remarks.push({
				fit: negated ? 'fit' : rule.fit,
				bodyPart: rule.bodyPart,
				phrase: match[0],
				negated,
				start
			});
		}
	}
	return remarks.sort((a, b) => a.start - b.start);
}

export interface FitVerdictOfText {
	fit: Fit;
	bodyPart?: SizeBodyPart;
	phrases: string[];
}

/**
 * Reduces a text's remarks to one verdict: the first small or large remark that names a body
 * part, else the first small or large remark (taking a body part from a remark of the same
 * direction), else `fit`. Returns `undefined` when the text has no remark.
 */
export function fitVerdictOf(remarks: FitRemark[]): FitVerdictOfText | undefined {
	if (remarks.length === 0) return undefined;
	const misfits = remarks.filter((remark) => remark.fit !== 'fit');
	const phrases = remarks.map((remark) => remark.phrase);
	if (misfits.length === 0) {
		const withPart = remarks.find((remark) => remark.bodyPart);
		return { fit: 'fit', bodyPart: withPart?.bodyPart, phrases };
	}
	const located = misfits.find((remark) => remark.bodyPart);
	const chosen = located ?? misfits[0];
	return { fit: chosen.fit, bodyPart: chosen.bodyPart, phrases };
}

/** Extracts and reduces in one step. */
export function extractFit(text: string, rules: FitRules): FitVerdictOfText | undefined {
	return fitVerdictOf(extractFitRemarks(text, rules));
}
