import {
	forceCenter,
	forceCollide,
	forceLink,
	forceManyBody,
	forceSimulation,
	type SimulationLinkDatum,
	type SimulationNodeDatum
} from 'd3-force';

export interface ForceLayoutOptions<N, L> {
	width: number;
	height: number;
	/** Node id accessor; links name their ends by these ids. */
	id: (node: N) => string;
	source: (link: L) => string;
	target: (link: L) => string;
	/** Pinned at the centre, e.g. the FAQ the view is about. */
	pinned?: (node: N) => boolean;
	/** Target length of each link in px; default 90. */
	linkDistance?: (link: L) => number;
	/** Simulation steps run before returning; default 300 (d3's default alpha decay settles in ~300). */
	ticks?: number;
	/** Node radius used for collision and for keeping nodes inside the box; default 18. */
	radius?: number;
}

export interface PlacedNode<N> {
	node: N;
	x: number;
	y: number;
}

export interface PlacedLink<L> {
	link: L;
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

export interface ForceLayout<N, L> {
	nodes: PlacedNode<N>[];
	links: PlacedLink<L>[];
}

type SimNode<N> = SimulationNodeDatum & { key: string; data: N };

/**
 * Places a small graph with d3-force, run to rest without a browser. d3-force seeds its
 * jitter from a fixed linear congruential generator (d3-force 3), so the same input always
 * gives the same layout. Links whose ends are missing are dropped.
 */
export function forceLayout<N, L>(
	nodes: N[],
	links: L[],
	options: ForceLayoutOptions<N, L>
): ForceLayout<N, L> {
	const radius = options.radius ?? 18;
	const simNodes: SimNode<N>[] = nodes.map((data) => {
		const pinned = options.pinned?.(data) ?? false;
		return {
			key: options.id(data),
			data,
			...(pinned ? { fx: options.width / 2, fy: options.height / 2 } : {})
		};
	});
	const byKey = new Map(simNodes.map((node) => [node.key, node]));
	const linksWithEnds = links.filter(
		(link) => byKey.has(options.source(link)) && byKey.has(options.target(link))
	);
	const simLinks: Array<SimulationLinkDatum<SimNode<N>> & { data: L }> = linksWithEnds.map(
		(data) => ({
			source: options.source(data),
			target: options.target(data),
			data
		})
	);
	const simulation = forceSimulation(simNodes)
		.force(
			'link',
			forceLink<SimNode<N>, (typeof simLinks)[number]>(simLinks)
				.id((node) => node.key)
				.distance((link) => options.linkDistance?.(link.data) ?? 90)
		)
		.force('charge', forceManyBody().strength(-260))
		.force('collide', forceCollide(radius * 1.4))
		.force('centre', forceCenter(options.width / 2, options.height / 2))
		.stop();
	simulation.tick(options.ticks ?? 300);

	const clampX = (x: number) => Math.min(options.width - radius, Math.max(radius, x));
	const clampY = (y: number) => Math.min(options.height - radius, Math.max(radius, y));
	const placed = new Map(
		simNodes.map((node) => [
			node.key,
			{ node: node.data, x: clampX(node.x ?? 0), y: clampY(node.y ?? 0) }
		])
	);
	return {
		nodes: [...placed.values()],
		links: linksWithEnds.map((link) => {
			const from = placed.get(options.source(link))!;
			const to = placed.get(options.target(link))!;
			return { link, x1: from.x, y1: from.y, x2: to.x, y2: to.y };
		})
	};
}
