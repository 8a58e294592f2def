import * as OpenCC from 'opencc-js';

// OpenCC's Hong Kong preset maps Hong Kong Traditional spellings (including Cantonese
// characters such as 嬲 and 冇, which stay as they are) onto mainland Simplified forms.
const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });

/** Simplified Chinese, lower case, full-width ASCII folded: the form lexicons match against. */
export function normalizeText(text: string): string {
	return toSimplified(text.normalize('NFKC')).toLowerCase();
}
