import { DEFAULT_END_MS, shopDate, shopTime } from './clock';
import { TEAMS } from './agents';

/** An innovation award of the demo tenant, as an admin would have registered it. */
export interface DemoAward {
	awardId: string;
	title: string;
	effect: string;
	agentId: string | null;
	team: string | null;
	amountFen: number;
	registeredAt: number;
}

/** Months before the demo's last month, day of month, and the award itself. */
const AWARDS: Array<[number, number, Omit<DemoAward, 'registeredAt' | 'awardId'>]> = [
	[
		2,
		9,
		{
			title: '尺码推荐改进：按身高体重推荐尺码',
			effect: '尺码换货减少 18%',
			agentId: null,
			team: TEAMS[0],
			amountFen: 5_000_000
		}
	],
	[
		1,
		14,
		{
			title: '起球问题话术与补偿方案模板',
			effect: '起球投诉一次解决率提高 9%',
			agentId: null,
			team: TEAMS[1],
			amountFen: 1_500_000
		}
	],
	[
		0,
		4,
		{
			title: '粤语同义词扩充 FAQ 检索',
			effect: '粤语咨询 FAQ 命中率提高 12%',
			agentId: null,
			team: TEAMS[3],
			amountFen: 1_200_000
		}
	],
	[
		0,
		11,
		{
			title: '物流延误主动告知流程',
			effect: '物流催单减少 7%',
			agentId: 'A04',
			team: null,
			amountFen: 300_000
		}
	],
	[
		0,
		25,
		{
			title: '会员积分到期提醒话术',
			effect: '会员积分咨询时长缩短 20%',
			agentId: null,
			team: TEAMS[2],
			amountFen: 600_000
		}
	]
];

/**
 * Returns the demo tenant's innovation awards, registered in the last three months before
 * `endMs` (the size-recommendation award is the ¥50,000 team award leadership cites).
 */
export function demoInnovationAwards(endMs = DEFAULT_END_MS): DemoAward[] {
	const last = shopDate(endMs - 1);
	return AWARDS.map(([monthsBack, day, award], index) => {
		const month = last.month - monthsBack;
		const year = month < 1 ? last.year - 1 : last.year;
		const registeredAt = shopTime(year, month < 1 ? month + 12 : month, day, 15);
		return { ...award, awardId: `DEMO-IA-${String(index + 1).padStart(2, '0')}`, registeredAt };
	});
}
