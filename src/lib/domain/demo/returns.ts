import type { ReturnRecord } from '../records/schemas';
import { DAY_MS, HOUR_MS, type DemoPeriod } from './clock';
import { fitPhrases, SIZE_OFF } from './fitPhrases';
import type { OrderLineSim } from './orders';
import type { ProductQualityFault, QualityIssue } from './plantedFaults';
import type { Random } from './random';

type ReturnReason = ReturnRecord['reason'];

export interface ReturnSim {
	record: ReturnRecord;
	line: OrderLineSim;
	/** The planted quality issue behind a quality or colour return, when there is one. */
	issue: QualityIssue | undefined;
}

/** Chance that an order line is returned for each reason unrelated to fit. */
const BASE_RATES = {
	quality: 0.012,
	color: 0.01,
	notAsDescribed: 0.008,
	changedMind: 0.02,
	/** Impulse buys in the festival sales come back more often. */
	changedMindInSale: 0.035,
	other: 0.003
};

const QUALITY_NOTES = ['起球', '开线', '线头多', '扣子掉了', '有污渍'];
const ISSUE_NOTES: Record<QualityIssue, readonly string[]> = {
	pilling: ['穿了两次就起球', '洗了一次就起球'],
	seam: ['裤裆开线', '口袋开线', '侧缝开线'],
	color: ['色差明显', '和图片颜色不一样，色差大', '洗后掉色']
};
const COLOR_NOTES = ['色差', '颜色和图片不一样'];
const NOT_AS_DESCRIBED_NOTES = ['面料和描述不符', '版型和图片不一样'];
const CHANGED_MIND_NOTES = ['不想要了', '买多了', '七天无理由退货'];

/** Returns the chance that a misfit line comes back: worse fits come back more often. */
function misfitReturnChance(excessCm: number): number {
	return Math.min(0.85, 0.3 + 0.2 * excessCm);
}

interface Decision {
	reason: ReturnReason;
	note: string;
	issue?: QualityIssue;
}

function fitDecision(random: Random, line: OrderLineSim): Decision | undefined {
	const { fit } = line;
	if (fit.verdict === 'fit' || !random.chance(misfitReturnChance(fit.excessCm))) return undefined;
	const phrase = random.pick(fitPhrases('zh', line.product.category, fit.bodyPart, fit.verdict));
	const note = random.chance(0.4) ? `${phrase}，${SIZE_OFF.zh[fit.verdict]}` : phrase;
	return { reason: fit.verdict === 'small' ? 'size_small' : 'size_large', note };
}

function faultDecision(
	random: Random,
	fault: ProductQualityFault | undefined
): Decision | undefined {
	if (!fault || !random.chance(fault.extraReturnRate)) return undefined;
	const note = random.pick(ISSUE_NOTES[fault.issue]);
	const reason: ReturnReason = fault.issue === 'color' && note !== '洗后掉色' ? 'color' : 'quality';
	return { reason, note, issue: fault.issue };
}

function otherDecision(random: Random, line: OrderLineSim): Decision | undefined {
	const inSale = line.event !== undefined && line.event.demandFactor > 1;
	const changedMind = inSale ? BASE_RATES.changedMindInSale : BASE_RATES.changedMind;
	const draw = random.next();
	let threshold = BASE_RATES.quality;
	if (draw < threshold) return { reason: 'quality', note: random.pick(QUALITY_NOTES) };
	threshold += BASE_RATES.color;
	if (draw < threshold) return { reason: 'color', note: random.pick(COLOR_NOTES) };
	threshold += BASE_RATES.notAsDescribed;
	if (draw < threshold)
		return { reason: 'not_as_described', note: random.pick(NOT_AS_DESCRIBED_NOTES) };
	threshold += changedMind;
	if (draw < threshold) return { reason: 'changed_mind', note: random.pick(CHANGED_MIND_NOTES) };
	threshold += BASE_RATES.other;
	if (draw < threshold) return { reason: 'other', note: '其他原因' };
	return undefined;
}

/**
 * Decides which order lines come back and why: misfits first (by how badly they fit), then
 * planted quality faults, then everyday reasons. Returns after the period end are left out
 * because they have not happened yet. Return ids R00001… follow return time.
 */
export function buildReturns(
	random: Random,
	lines: readonly OrderLineSim[],
	qualityFaults: readonly ProductQualityFault[],
	period: DemoPeriod
): ReturnSim[] {
	const faultByProduct = new Map(qualityFaults.map((fault) => [fault.productId, fault]));
	const returns: ReturnSim[] = [];
	for (const line of lines) {
		const fault = faultByProduct.get(line.product.record.productId);
		const decision =
			fitDecision(random, line) ?? faultDecision(random, fault) ?? otherDecision(random, line);
		if (!decision) continue;
		const returnedAtMs =
			line.deliveredAtMs + random.int(1, 7) * DAY_MS + random.int(0, 10) * HOUR_MS;
		if (returnedAtMs >= period.endMs) continue;
		const record: ReturnRecord = {
			returnId: '',
			orderId: line.record.orderId,
			skuId: line.record.skuId,
			reason: decision.reason,
			note: decision.note,
			returnedAt: returnedAtMs
		};
		returns.push({ record, line, issue: decision.issue });
	}
	returns.sort((a, b) => a.record.returnedAt - b.record.returnedAt);
	returns.forEach((entry, index) => {
		entry.record.returnId = `R${String(index + 1).padStart(5, '0')}`;
	});
	return returns;
}
