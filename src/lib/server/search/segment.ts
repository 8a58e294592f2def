import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { normalizeText } from '../../domain/text/normalize.js';

let jieba: Jieba | undefined;

/** Words that carry no meaning for FAQ search (particles, pronouns, Cantonese fillers). */
const STOP_WORDS = new Set(
	(
		'的 了 吗 呢 吧 啊 呀 哦 嗎 么 是 我 你 您 他 她 它 们 我们 这 那 这个 那个 有 在 和 与 就 都 也 还 ' +
		'请问 请 想 要 可以 能 会 一下 一个 个 嘅 咗 咩 㗎 啦 喇 噉 佢 哋 我哋 你哋 係 系 唔该 啲 呢个 嗰'
	).split(' ')
);

function tokenizer(): Jieba {
	jieba ??= Jieba.withDict(dict);
	return jieba;
}

/**
 * Segments a query into search words with jieba (search mode, so `尺码表` also yields `尺码`).
 * The text is first folded to Simplified Chinese and lower case, as the FAQ text is written
 * in Simplified Chinese and customers in Hong Kong type Traditional characters.
 */
export function segmentQuery(query: string): string[] {
	const normal = normalizeText(query);
	const words: string[] = [];
	for (const word of tokenizer().cutForSearch(normal, true)) {
		const trimmed = word.trim();
		if (!trimmed || STOP_WORDS.has(trimmed) || !/[\p{L}\p{N}]/u.test(trimmed)) continue;
		if (!words.includes(trimmed)) words.push(trimmed);
	}
	return words;
}
