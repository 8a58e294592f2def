import { describe, expect, it } from 'vitest';
import { forceLayout } from './forceLayout';

interface Node {
	id: string;
	centre?: boolean;
}
interface Link {
	from: string;
	to: string;
}

const options = {
	width: 400,
	height: 300,
	id: (node: Node) => node.id,
	source: (link: Link) => link.from,
	target: (link: Link) => link.to,
	pinned: (node: Node) => !!node.centre
};

const nodes: Node[] = [{ id: 'a', centre: true }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
const links: Link[] = [
	{ from: 'a', to: 'b' },
	{ from: 'a', to: 'c' },
	{ from: 'c', to: 'd' }
];

describe('forceLayout', () => {
	it('pins the centre node in the middle', () => {
		const layout = forceLayout(nodes, links, options);
		const centre = layout.nodes.find((placed) => placed.node.id === 'a')!;
		expect(centre.x).toBe(200);
		expect(centre.y).toBe(150);
	});

	it('keeps every node inside the box', () => {
		const layout = forceLayout(nodes, links, { ...options, width: 120, height: 90 });
		for (const placed of layout.nodes) {
			expect(placed.x).toBeGreaterThanOrEqual(18);
			expect(placed.x).toBeLessThanOrEqual(102);
			expect(placed.y).toBeGreaterThanOrEqual(18);
			expect(placed.y).toBeLessThanOrEqual(72);
		}
	});

	it('gives the same layout for the same input', () => {
		const first = forceLayout(nodes, links, options);
		const second = forceLayout(nodes, links, options);
		expect(second.nodes.map(({ x, y }) => [x, y])).toEqual(first.nodes.map(({ x, y }) => [x, y]));
	});

	it('draws links between the placed ends', () => {
		const layout = forceLayout(nodes, links, options);
		const byId = new Map(layout.nodes.map((placed) => [placed.node.id, placed]));
		for (const placed of layout.links) {
			expect(placed.x1).toBe(byId.get(placed.link.from)!.x);
			expect(placed.y2).toBe(byId.get(placed.link.to)!.y);
		}
	});

	it('drops links to missing nodes', () => {
		const layout = forceLayout(nodes, [...links, { from: 'a', to: 'zz' }], options);
		expect(layout.links).toHaveLength(3);
	});

	it('separates nodes rather than stacking them', () => {
		const layout = forceLayout(nodes, links, options);
		const [b, c] = ['b', 'c'].map((id) => layout.nodes.find((placed) => placed.node.id === id)!);
		expect(Math.hypot(b.x - c.x, b.y - c.y)).toBeGreaterThan(20);
	});
});
