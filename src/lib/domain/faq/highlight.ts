/** A run of text, marked when it is one of the matched words. */
export interface TextSegment {
	text: string;
	match: boolean;
}

/**
 * Splits `text` into plain and matched runs. Longer words win where words overlap, so
 * `尺码表` is marked whole rather than as `尺码` plus a loose `表`. Matching ignores case.
 */
export function highlightSegments(text: string, words: string[]): TextSegment[] {
	const usable = [...new Set(words.filter((word) => word.trim().length > 0))].sort(
		(a, b) => b.length - a.length
	);
	const lower = text.toLowerCase();
	const marked = new Array<boolean>(text.length).fill(false);
	for (const word of usable) {
		const needle = word.toLowerCase();
		let from = lower.indexOf(needle);
		while (from !== -1) {
			const end = from + needle.length;
			if (!marked.slice(from, end).some(Boolean)) marked.fill(true, from, end);
			from = lower.indexOf(needle, end);
		}
	}
	const segments: TextSegment[] = [];
	for (let i = 0; i < text.length; i += 1) {
		const last = segments.at(-1);
		if (last && last.match === marked[i]) last.text += text[i];
		else segments.push({ text: text[i], match: marked[i] });
	}
	return segments;
}

/**
 * Query words worth marking: single Han characters (下, 件) match everywhere and would mark
 * half an answer, so only words of two or more characters are kept.
 */
export function highlightWords(words: string[]): string[] {
	return words.filter((word) => [...word.trim()].length >= 2);
}
