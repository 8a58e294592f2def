import type { Language } from './customers';
import type { BodyPart, Category } from './sizing';

/**
 * Customers' words for a fit problem, per language, body part and direction. The same
 * phrases appear in return notes, conversations and reviews, which lets analysis tie the
 * three together.
 */

type Direction = 'small' | 'large';
type PhraseTable = Record<BodyPart, Record<Direction, readonly string[]>>;

const MANDARIN: PhraseTable = {
	chest: { small: ['胸围太紧', '胸口绷得紧', '胸围紧'], large: ['胸围太大', '胸口空荡荡的'] },
	waist: { small: ['腰围太紧', '腰头勒得慌', '腰围紧'], large: ['腰围太松', '腰头松垮'] },
	shoulder: { small: ['肩膀太窄', '肩宽不够'], large: ['肩线往下掉', '肩膀太宽'] },
	sleeve: { small: ['袖子短了', '袖长不够', '袖子短'], large: ['袖子太长', '袖子长'] },
	length: { small: ['衣长偏短', '衣长短', '下摆太短'], large: ['衣服太长', '衣长偏长'] }
};

/** Trousers length is 裤长, not 衣长. */
const MANDARIN_TROUSER_LENGTH: Record<Direction, readonly string[]> = {
	small: ['裤长短了', '裤子短了'],
	large: ['裤长太长', '裤脚堆太多']
};

const CANTONESE: PhraseTable = {
	chest: { small: ['心口位好緊', '胸圍好窄'], large: ['心口位好闊', '胸圍太大'] },
	waist: { small: ['條腰好緊', '腰圍細咗'], large: ['條腰好鬆', '腰圍大咗'] },
	shoulder: { small: ['膊頭好窄', '膊頭頂住'], large: ['膊頭太闊', '膊位跌晒落嚟'] },
	sleeve: { small: ['袖短咗', '衫袖唔夠長'], large: ['衫袖太長', '袖長咗'] },
	length: { small: ['件衫短咗', '衫身太短'], large: ['件衫太長', '衫身長咗'] }
};

const CANTONESE_TROUSER_LENGTH: Record<Direction, readonly string[]> = {
	small: ['條褲短咗'],
	large: ['條褲太長']
};

const ENGLISH: PhraseTable = {
	chest: { small: ['too tight across the chest'], large: ['too loose in the chest'] },
	waist: { small: ['too tight at the waist'], large: ['too loose at the waist'] },
	shoulder: { small: ['too narrow in the shoulders'], large: ['the shoulders are too wide'] },
	sleeve: { small: ['the sleeves are too short'], large: ['the sleeves are too long'] },
	length: { small: ['too short in length'], large: ['too long'] }
};

const TABLES: Record<Language, PhraseTable> = { zh: MANDARIN, yue: CANTONESE, en: ENGLISH };

/** Lists the phrases for a fit problem; pick one with the caller's random stream. */
export function fitPhrases(
	language: Language,
	category: Category,
	bodyPart: BodyPart,
	direction: Direction
): readonly string[] {
	if (category === 'trousers' && bodyPart === 'length') {
		if (language === 'zh') return MANDARIN_TROUSER_LENGTH[direction];
		if (language === 'yue') return CANTONESE_TROUSER_LENGTH[direction];
	}
	return TABLES[language][bodyPart][direction];
}

/** The one-size-off remark (偏小一码) a customer adds to a fit complaint. */
export const SIZE_OFF: Record<Language, Record<Direction, string>> = {
	zh: { small: '偏小一码', large: '偏大一码' },
	yue: { small: '細咗一個碼', large: '大咗一個碼' },
	en: { small: 'runs a size small', large: 'runs a size large' }
};
