import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compileFitRules, type FitRules } from '../../domain/size/fitRules.js';
import { SeamError } from '../errors.js';
import { modelsDir } from '../paths.js';

export const fitRulesFile = path.join(modelsDir, 'size', 'fit-rules.json');

let cached: FitRules | undefined;

/** Loads and compiles the fit-remark rules shipped in `models/size`, once per process. */
export function loadFitRules(file = fitRulesFile): FitRules {
	if (cached && file === fitRulesFile) return cached;
	let rules: FitRules;
	try {
		rules = compileFitRules(JSON.parse(readFileSync(file, 'utf8')));
	} catch (cause) {
		throw new SeamError(
			`The fit rules ${file} are invalid: ${(cause as Error).message}`,
			'fit_rules_invalid',
			{ cause }
		);
	}
	if (file === fitRulesFile) cached = rules;
	return rules;
}
