import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildLexicon, lexiconSchema, type Lexicon } from '../domain/risk/lexicon.js';
import { SeamError } from './errors.js';
import { modelsDir } from './paths.js';

export const lexiconFile = path.join(modelsDir, 'lexicon', 'negative-words.json');

/** Loads and validates the negative-word lexicon shipped in `models/lexicon`. */
export function loadLexicon(file = lexiconFile): Lexicon {
	let raw: unknown;
	try {
		raw = JSON.parse(readFileSync(file, 'utf8'));
	} catch (cause) {
		throw new SeamError(
			`Cannot read the lexicon ${file}: ${(cause as Error).message}`,
			'lexicon_invalid',
			{ cause }
		);
	}
	const result = lexiconSchema.safeParse(raw);
	if (!result.success) {
		const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
		throw new SeamError(
			`The lexicon ${file} is invalid:\n  ${problems.join('\n  ')}`,
			'lexicon_invalid'
		);
	}
	return buildLexicon(result.data);
}
