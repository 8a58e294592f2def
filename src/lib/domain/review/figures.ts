/**
 * Counts and sums behind the review's KPIs for one period, as the graph returns them. The
 * ratios are computed from these in `kpis.ts`, so they can be checked without a database.
 */
export interface ReviewFigures {
	/** First response times of the period's conversations that a person replied to. */
	frtSeconds: number[];
	/** Conversations started in the period with a stored `resolved` flag. */
	resolutionBase: number;
	resolved: number;
	/** Survey responses in the period: all, scores 9–10, scores 0–6. */
	surveys: number;
	promoters: number;
	detractors: number;
	/** Conversations a person replied to that have a start and an end. */
	handled: number;
	handlingMs: number;
	/** Escalations detected in the period, and those not picked up within the deadline. */
	escalations: number;
	breaches: number;
	orders: number;
	unitsSold: number;
	salesFen: number;
	returns: number;
	/** Customers with an order in the period, and those of them who had ordered before it. */
	customers: number;
	repeatCustomers: number;
}

export const emptyFigures: ReviewFigures = {
	frtSeconds: [],
	resolutionBase: 0,
	resolved: 0,
	surveys: 0,
	promoters: 0,
	detractors: 0,
	handled: 0,
	handlingMs: 0,
	escalations: 0,
	breaches: 0,
	orders: 0,
	unitsSold: 0,
	salesFen: 0,
	returns: 0,
	customers: 0,
	repeatCustomers: 0
};
