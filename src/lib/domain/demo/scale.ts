/** Record volumes per demo scale. */

export type DemoScale = 'small' | 'full';

export interface ScaleVolumes {
	products: number;
	customers: number;
	/** Target order lines; the simulated count varies by a few percent around it. */
	orderLines: number;
	conversations: number;
	reviews: number;
	/** Agents per team; there are five teams. */
	agentsPerTeam: number;
}

export const SCALES: Record<DemoScale, ScaleVolumes> = {
	/** For tests: every record kind and planted fault present, generated in a fraction of a second. */
	small: {
		products: 12,
		customers: 300,
		orderLines: 3000,
		conversations: 300,
		reviews: 300,
		agentsPerTeam: 3
	},
	/** The demo data set users see first. */
	full: {
		products: 40,
		customers: 3000,
		orderLines: 25000,
		conversations: 5000,
		reviews: 3000,
		agentsPerTeam: 8
	}
};
