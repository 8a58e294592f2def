import type { QualityIssue } from './plantedFaults';

/** Review text fragments per language ('zh' Mandarin, 'yue' Cantonese) and rating. */

export type ReviewLanguage = 'zh' | 'yue';

export interface ReviewLines {
	/** Overall verdict per rating, index 0 for 1 star. */
	verdicts: readonly (readonly string[])[];
	qualityIssue: Record<QualityIssue | 'general', readonly string[]>;
	qualityPraise: readonly string[];
	/** Size remarks of a buyer whose size was right. */
	fitPraise: readonly string[];
	advice: { small: string; large: string };
	bodyInfo: (heightCm: number, weightKg: number, size: string) => string;
	endings: { positive: readonly string[]; negative: readonly string[] };
	titles: { positive: readonly string[]; size: readonly string[]; quality: readonly string[] };
}

export const REVIEW_LINES: Record<ReviewLanguage, ReviewLines> = {
	zh: {
		verdicts: [
			['质量太差了', '非常失望', '垃圾，不推荐'],
			['不太满意', '有点失望'],
			['一般般', '中规中矩', '还行吧'],
			['整体不错', '还可以，挺满意的', '性价比可以'],
			['非常满意', '很喜欢，质感很好', '第二次回购了，一如既往的好', '做工精细，物超所值']
		],
		qualityIssue: {
			pilling: ['洗了一次就起球', '穿两次就起球了'],
			seam: ['裤裆开线了', '线头很多，侧缝开线'],
			color: ['色差严重，和图片不一样', '洗后掉色'],
			general: ['做工一般，线头多', '面料比想象中薄']
		},
		qualityPraise: [
			'面料舒服，透气',
			'洗了几次也没有起球',
			'颜色很正，没有色差',
			'做工扎实',
			'面料有垂感'
		],
		fitPraise: [
			'尺码合适，很合身',
			'尺码标准，不偏小',
			'按平时尺码买的，刚好',
			'合身',
			'版型好，上身很精神'
		],
		advice: { small: '建议拍大一码', large: '建议拍小一码' },
		bodyInfo: (heightCm, weightKg, size) => `身高${heightCm}，体重${weightKg}kg，买的${size}码`,
		endings: { positive: ['推荐购买', '会回购的', '值得入手'], negative: ['不推荐', '不会再买了'] },
		titles: {
			positive: ['好评', '很满意', '合身好看'],
			size: ['尺码问题', '尺码不准'],
			quality: ['质量问题', '有瑕疵']
		}
	},
	yue: {
		verdicts: [
			['質素好差', '垃圾，唔好買'],
			['唔係好滿意', '有啲失望'],
			['麻麻地', '一般啦'],
			['幾好', '唔錯'],
			['好滿意', '好鍾意，質地好好']
		],
		qualityIssue: {
			pilling: ['洗咗一次就起毛粒'],
			seam: ['褲襠爆線'],
			color: ['個色同相片差好遠', '洗完甩色'],
			general: ['做工麻麻', '啲布好薄']
		},
		qualityPraise: ['啲布好舒服', '洗咗幾次都冇起毛粒', '做工唔錯'],
		fitPraise: ['好啱身', '尺碼標準，唔會偏細', '跟平時尺碼買啱啱好'],
		advice: { small: '建議買大一個碼', large: '建議買細一個碼' },
		bodyInfo: (heightCm, weightKg, size) => `${heightCm}cm ${weightKg}kg 著${size}碼`,
		endings: { positive: ['推介', '會再買'], negative: ['唔推介'] },
		titles: { positive: ['好評', '啱身'], size: ['尺碼問題'], quality: ['質素問題'] }
	}
};
