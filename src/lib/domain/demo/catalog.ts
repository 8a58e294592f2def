import type { ProductRecord, SkuRecord } from '../records/schemas';
import { DAY_MS, HOUR_MS, shopDate, shopTime, type DemoPeriod } from './clock';
import {
	BASE_M_MEASUREMENTS,
	COLOR_NAMES,
	CORE_PER_CATEGORY,
	PRODUCT_TEMPLATES,
	type ColorCode,
	type ProductTemplate
} from './productTemplates';
import type { Random } from './random';
import {
	SIZES,
	gradeMeasurements,
	type BodyPart,
	type Category,
	type Measurements,
	type Size
} from './sizing';

export interface ProductSim {
	record: ProductRecord;
	template: ProductTemplate;
	category: Category;
	launchedAtMs: number;
	/** Relative sales weight before seasonality. */
	popularity: number;
	skus: SkuSim[];
}

export interface SkuSim {
	record: SkuRecord;
	product: ProductSim;
	size: Size;
	sizeIndex: number;
	colorCode: ColorCode;
	colorName: string;
	/** Share of the product's sales in this colour. */
	colorWeight: number;
	/** Deviation of the real garments from the size chart in cm, set only by a planted fit fault. */
	actualOffsetCm: Partial<Record<BodyPart, number>>;
}

/** Sales share by colour position: the first colour of a product sells best. */
const COLOR_SHARES = [0.5, 0.3, 0.2];

/** Keeps the whole range at full scale, or the first core styles of each category at small. */
export function selectTemplates(productCount: number): ProductTemplate[] {
	if (productCount >= PRODUCT_TEMPLATES.length) return [...PRODUCT_TEMPLATES];
	const perCategory = Math.max(1, Math.round(productCount / 4));
	const seen = new Map<Category, number>();
	return PRODUCT_TEMPLATES.filter((template) => {
		const count = seen.get(template.category) ?? 0;
		seen.set(template.category, count + 1);
		return count < Math.min(perCategory, CORE_PER_CATEGORY);
	});
}

/**
 * Returns when a product went on sale: core styles some time before the period, new
 * collections on 1 March (shirts, trousers) or 1 September (jackets, knitwear).
 */
function launchTime(template: ProductTemplate, period: DemoPeriod, random: Random): number {
	if (template.collection === 0) {
		return period.startMs - random.int(120, 900) * DAY_MS + 10 * HOUR_MS;
	}
	const launchMonth = template.category === 'shirt' || template.category === 'trousers' ? 3 : 9;
	let found = 0;
	for (let year = shopDate(period.startMs).year; year <= shopDate(period.endMs).year; year++) {
		const candidate = shopTime(year, launchMonth, 1, 10);
		if (candidate < period.startMs || candidate >= period.endMs) continue;
		found++;
		if (found === template.collection) return candidate;
	}
	// A custom period too short for that collection: launch it part-way through instead.
	const share = template.collection === 1 ? 0.3 : 0.6;
	return period.startMs + Math.round((period.endMs - period.startMs) * share);
}

/** Varies each measurement by up to ±1 cm in 0.5 cm steps, so styles of one cut differ. */
function varyMeasurements(base: Measurements, random: Random): Measurements {
	const varied: Measurements = {};
	for (const [part, value] of Object.entries(base) as Array<[keyof Measurements, number]>) {
		varied[part] = value + random.int(-2, 2) * 0.5;
	}
	return varied;
}

function buildSkus(product: ProductSim, baseM: Measurements): SkuSim[] {
	const skus: SkuSim[] = [];
	const { colors } = product.template;
	const shares = COLOR_SHARES.slice(0, colors.length);
	const shareTotal = shares.reduce((sum, share) => sum + share, 0);
	for (const size of SIZES) {
		const measurements = gradeMeasurements(product.category, baseM, size);
		colors.forEach((colorCode, position) => {
			const colorName = COLOR_NAMES[colorCode];
			const record: SkuRecord = {
				skuId: `${product.record.productId}-${size}-${colorCode}`,
				productId: product.record.productId,
				size,
				color: colorName,
				...measurements
			};
			skus.push({
				record,
				product,
				size,
				sizeIndex: SIZES.indexOf(size),
				colorCode,
				colorName,
				colorWeight: shares[position] / shareTotal,
				actualOffsetCm: {}
			});
		});
	}
	return skus;
}

/** Builds products P001… and their SKUs, one per size and colour, graded from size M. */
export function buildCatalog(
	random: Random,
	productCount: number,
	period: DemoPeriod
): ProductSim[] {
	return selectTemplates(productCount).map((template, index) => {
		const launchedAtMs = launchTime(template, period, random);
		const record: ProductRecord = {
			productId: `P${String(index + 1).padStart(3, '0')}`,
			name: template.name,
			category: template.category,
			line: template.line,
			priceFen: template.priceYuan * 100,
			launchedAt: launchedAtMs
		};
		const product: ProductSim = {
			record,
			template,
			category: template.category,
			launchedAtMs,
			popularity: random.logNormal(template.collection === 0 ? 1.3 : 1, 0.45),
			skus: []
		};
		const baseM = varyMeasurements(BASE_M_MEASUREMENTS[template.category][template.cut], random);
		product.skus = buildSkus(product, baseM);
		return product;
	});
}
