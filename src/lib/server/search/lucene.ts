/**
 * Lucene classic query syntax, as Neo4j's full-text procedures parse it. Every character
 * that means something to the parser is escaped with a backslash, following Lucene's
 * `QueryParser.escape`.
 */
const SPECIAL = /[\\+\-!():^[\]"{}~*?|&/]/g;

/** Words the parser reads as operators when they stand alone in upper case. */
const OPERATORS = /\b(AND|OR|NOT|TO)\b/g;

/**
 * Escapes user text so the parser reads it as plain words: no field (`title:x`), wildcard,
 * fuzzy (`~`), boost (`^2`), range, group or boolean operator survives. Operators are
 * lowered to `and`/`or`/`not`, which the analyzer treats as ordinary (stop) words.
 */
export function escapeLucene(text: string): string {
	return text
		.replace(SPECIAL, (char) => `\\${char}`)
		.replace(OPERATORS, (word) => word.toLowerCase());
}

/** Quotes text as one phrase; inside quotes only `"` and `\` need escaping. */
export function lucenePhrase(text: string): string {
	return `"${text.replace(/[\\"]/g, (char) => `\\${char}`)}"`;
}

/** True when the text has a letter or digit the analyzer can index. */
export function hasSearchableText(text: string): boolean {
	return /[\p{L}\p{N}]/u.test(text);
}

/**
 * Builds a query that matches any of the alternatives: each group (a word and its synonyms)
 * becomes `("a" OR "b")`, and groups are joined with OR so a partial match still ranks.
 * Returns null when nothing searchable is left, because an empty query would be a parse
 * error and `*` would match everything.
 */
export function anyOfPhrases(groups: string[][]): string | null {
	const clauses = groups
		.map((group) => group.filter(hasSearchableText).map(lucenePhrase))
		.filter((phrases) => phrases.length > 0)
		.map((phrases) => (phrases.length === 1 ? phrases[0] : `(${phrases.join(' OR ')})`));
	return clauses.length ? clauses.join(' OR ') : null;
}
