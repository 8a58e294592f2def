import { z } from 'zod';
import { FITS, SIZE_BODY_PARTS, type Fit, type SizeBodyPart } from './feedback';

export type RuleLanguage = 'zh' | 'en';

/** The fit-rule file (models/size/fit-rules.json): patterns, and the negation words per language. */
export const fitRulesSchema = z.object({
	version: z.string().min(1),
	negation: z.object({
		zh: z.array(z.string().min(1)),
		en: z.array(z.string().min(1)),
		window: z.object({ zhChars: z.number().int().min(0), enWords: z.number().int().min(0) })
	}),
	rules: z
		.array(
			z.object({
				lang: z.enum(['zh', 'en']),
				pattern: z.string().min(1),
				fit: z.enum(FITS),
				bodyPart: z.enum(SIZE_BODY_PARTS).optional()
			})
		)
		.min(1)
});

export type FitRulesFile = z.infer<typeof fitRulesSchema>;

export interface CompiledRule {
	lang: RuleLanguage;
	regex: RegExp;
	fit: Fit;
	bodyPart?: SizeBodyPart;
}

export interface FitRules {
	version: string;
	rules: CompiledRule[];
	negation: FitRulesFile['negation'];
}

/** Validates a rule file and compiles its patterns; an invalid pattern names its index. */
export function compileFitRules(file: unknown): FitRules {
	const parsed = fitRulesSchema.parse(file);
	const rules = parsed.rules.map((rule, index) => {
		try {
			return { ...rule, regex: new RegExp(rule.pattern, 'giu') };
		} catch (error) {
			throw new Error(
				`Fit rule ${index} has an invalid pattern ${JSON.stringify(rule.pattern)}: ${(error as Error).message}`
			);
		}
	});
	return { version: parsed.version, rules, negation: parsed.negation };
}
