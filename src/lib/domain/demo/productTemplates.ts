import type { Category, Measurements } from './sizing';

/** The demo shop's menswear range: a Hong Kong style label sold across mainland China. */

export type Cut = 'slim' | 'regular' | 'relaxed';

export interface ProductTemplate {
	name: string;
	category: Category;
	line: string;
	cut: Cut;
	priceYuan: number;
	/** Colour codes, most popular first. */
	colors: readonly ColorCode[];
	/** 0: on sale before the demo period; 1 or 2: first or second new collection inside it. */
	collection: 0 | 1 | 2;
}

export const COLOR_NAMES = {
	NAVY: '藏青',
	WHITE: '白色',
	BLUE: '浅蓝',
	BLACK: '黑色',
	GREY: '灰色',
	CHARCOAL: '炭灰',
	KHAKI: '卡其',
	OLIVE: '军绿',
	BEIGE: '米色',
	BURGUNDY: '酒红',
	CAMEL: '驼色',
	PINK: '粉色',
	BROWN: '咖啡',
	CREAM: '米白',
	GREEN: '墨绿'
} as const;

export type ColorCode = keyof typeof COLOR_NAMES;

/** Size-M garment measurements in cm per category and cut, before per-product variation. */
export const BASE_M_MEASUREMENTS: Record<Category, Record<Cut, Measurements>> = {
	shirt: {
		slim: { chestCm: 102, waistCm: 96, lengthCm: 72, shoulderCm: 44.5, sleeveCm: 61 },
		regular: { chestCm: 108, waistCm: 104, lengthCm: 74, shoulderCm: 45.5, sleeveCm: 61 },
		relaxed: { chestCm: 116, waistCm: 114, lengthCm: 73, shoulderCm: 48, sleeveCm: 58.5 }
	},
	jacket: {
		slim: { chestCm: 106, waistCm: 100, lengthCm: 66, shoulderCm: 45, sleeveCm: 62 },
		regular: { chestCm: 112, waistCm: 108, lengthCm: 68, shoulderCm: 46.5, sleeveCm: 62 },
		relaxed: { chestCm: 120, waistCm: 118, lengthCm: 70, shoulderCm: 50, sleeveCm: 59 }
	},
	knitwear: {
		slim: { chestCm: 98, waistCm: 90, lengthCm: 64, shoulderCm: 44, sleeveCm: 60 },
		regular: { chestCm: 104, waistCm: 96, lengthCm: 66, shoulderCm: 45, sleeveCm: 60 },
		relaxed: { chestCm: 114, waistCm: 106, lengthCm: 67, shoulderCm: 49, sleeveCm: 57 }
	},
	trousers: {
		slim: { waistCm: 76, lengthCm: 100 },
		regular: { waistCm: 78, lengthCm: 102 },
		relaxed: { waistCm: 80, lengthCm: 103 }
	}
};

function product(
	name: string,
	category: Category,
	line: string,
	cut: Cut,
	priceYuan: number,
	colors: ColorCode[],
	collection: 0 | 1 | 2 = 0
): ProductTemplate {
	return { name, category, line, cut, priceYuan, colors, collection };
}

/**
 * The full range, grouped by category. The first three of each category are long-running
 * core styles; the small demo scale uses only those.
 */
export const PRODUCT_TEMPLATES: readonly ProductTemplate[] = [
	product('牛津纺长袖衬衫', 'shirt', '经典商务', 'regular', 299, ['WHITE', 'BLUE', 'PINK']),
	product('免烫商务长袖衬衫', 'shirt', '经典商务', 'slim', 399, ['WHITE', 'BLUE']),
	product('亚麻短袖衬衫', 'shirt', '周末休闲', 'relaxed', 359, ['BEIGE', 'WHITE', 'NAVY']),
	product('法兰绒格纹衬衫', 'shirt', '港风复古', 'regular', 329, ['BURGUNDY', 'GREEN']),
	product('古巴领印花衬衫', 'shirt', '港风复古', 'relaxed', 329, ['BLACK', 'CREAM'], 1),
	product('丝光棉商务衬衫', 'shirt', '经典商务', 'slim', 459, ['WHITE', 'BLUE', 'GREY']),
	product('条纹府绸衬衫', 'shirt', '都市通勤', 'regular', 279, ['BLUE', 'PINK']),
	product('牛仔工装衬衫', 'shirt', '机能户外', 'regular', 349, ['BLUE', 'BLACK'], 1),
	product('立领中式衬衫', 'shirt', '港风复古', 'regular', 429, ['WHITE', 'BLACK'], 2),
	product('弹力速干衬衫', 'shirt', '机能户外', 'slim', 319, ['GREY', 'NAVY']),
	product('灯芯绒衬衫', 'shirt', '周末休闲', 'relaxed', 369, ['BROWN', 'GREEN'], 2),
	product('天丝短袖衬衫', 'shirt', '都市通勤', 'regular', 289, ['WHITE', 'BEIGE', 'NAVY']),

	product('工装夹克', 'jacket', '机能户外', 'regular', 699, ['KHAKI', 'OLIVE', 'BLACK']),
	product('羊毛混纺西装外套', 'jacket', '经典商务', 'slim', 1299, ['NAVY', 'CHARCOAL']),
	product('轻薄羽绒服', 'jacket', '都市通勤', 'regular', 899, ['BLACK', 'NAVY', 'OLIVE']),
	product('哈灵顿夹克', 'jacket', '港风复古', 'regular', 759, ['BEIGE', 'NAVY']),
	product('连帽防风外套', 'jacket', '机能户外', 'relaxed', 599, ['BLACK', 'GREY'], 1),
	product('麂皮绒飞行员夹克', 'jacket', '港风复古', 'regular', 999, ['BROWN', 'BLACK']),
	product('双面呢大衣', 'jacket', '经典商务', 'regular', 1599, ['CAMEL', 'CHARCOAL'], 1),
	product('牛仔夹克', 'jacket', '周末休闲', 'relaxed', 559, ['BLUE']),
	product('棉服派克大衣', 'jacket', '机能户外', 'relaxed', 1199, ['OLIVE', 'BLACK'], 2),

	product('羊毛混纺针织开衫', 'knitwear', '都市通勤', 'regular', 599, [
		'CHARCOAL',
		'CAMEL',
		'NAVY'
	]),
	product('美利奴羊毛圆领毛衣', 'knitwear', '经典商务', 'slim', 799, ['NAVY', 'GREY', 'BURGUNDY']),
	product('粗针高领毛衣', 'knitwear', '周末休闲', 'relaxed', 499, ['CREAM', 'GREEN']),
	product('羊绒V领毛衣', 'knitwear', '经典商务', 'slim', 999, ['CAMEL', 'GREY']),
	product('麻花针织毛衣', 'knitwear', '港风复古', 'relaxed', 559, ['CREAM', 'NAVY'], 1),
	product('半拉链针织衫', 'knitwear', '都市通勤', 'regular', 459, ['NAVY', 'CHARCOAL']),
	product('针织Polo衫', 'knitwear', '港风复古', 'slim', 399, ['BLACK', 'CREAM', 'GREEN'], 1),
	product('华夫格针织开衫', 'knitwear', '周末休闲', 'regular', 429, ['BEIGE', 'BROWN']),
	product('提花费尔岛毛衣', 'knitwear', '港风复古', 'regular', 659, ['CREAM', 'BURGUNDY'], 2),

	product('弹力修身西裤', 'trousers', '经典商务', 'slim', 459, ['CHARCOAL', 'NAVY', 'BLACK']),
	product('直筒休闲卡其裤', 'trousers', '都市通勤', 'regular', 329, ['KHAKI', 'NAVY', 'BLACK']),
	product('工装束脚裤', 'trousers', '机能户外', 'relaxed', 369, ['OLIVE', 'BLACK']),
	product('水洗直筒牛仔裤', 'trousers', '周末休闲', 'regular', 399, ['BLUE', 'BLACK']),
	product('羊毛混纺九分西裤', 'trousers', '经典商务', 'slim', 599, ['GREY', 'CHARCOAL'], 1),
	product('灯芯绒阔腿裤', 'trousers', '港风复古', 'relaxed', 429, ['BROWN', 'BEIGE'], 2),
	product('速干机能长裤', 'trousers', '机能户外', 'regular', 359, ['BLACK', 'GREY']),
	product('亚麻休闲裤', 'trousers', '周末休闲', 'relaxed', 349, ['BEIGE', 'NAVY'], 1),
	product('高腰打褶西裤', 'trousers', '港风复古', 'regular', 529, ['GREY', 'BROWN']),
	product('抽绳运动卫裤', 'trousers', '都市通勤', 'regular', 299, ['GREY', 'BLACK'])
];

/** Number of core styles per category that the small scale keeps. */
export const CORE_PER_CATEGORY = 3;
