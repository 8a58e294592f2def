import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { forecastChart } from '../../lib/components/charts/forecast.js';
import { heatmap } from '../../lib/components/charts/heatmap.js';
import { histogramSvg } from '../../../notebooks/lib/histogram.js';
import { escapeXml, forecastSvg, heatmapSvg } from '../../../notebooks/lib/svg.js';
import {
	clearNotebook,
	executedCells,
	failureReport,
	formatNotebook,
	notebooksDir,
	selectNotebooks,
	type Notebook
} from './notebooks.js';

const committed = await selectNotebooks(notebooksDir);
const read = async (file: string) => JSON.parse(await fs.readFile(file, 'utf8')) as Notebook;
const source = (cell: Notebook['cells'][number]) =>
	[(cell as { source?: string | string[] }).source ?? ''].flat().join('');

describe('committed notebooks', () => {
	it('includes the two evaluation notebooks', () => {
		const names = committed.map((file) => path.basename(file));
		expect(names).toContain('sentiment-evaluation.ipynb');
		expect(names).toContain('size-clusters.ipynb');
	});

	it.each(committed.map((file) => [path.basename(file), file]))(
		'%s has no outputs',
		async (_name, file) => {
			expect(executedCells(await read(file))).toEqual([]);
		}
	);

	it.each(committed.map((file) => [path.basename(file), file]))(
		'%s uses the Seam Deno kernel',
		async (_name, file) => {
			const notebook = await read(file);
			expect(notebook.metadata).toMatchObject({ kernelspec: { name: 'seam-deno' } });
		}
	);

	it.each(committed.map((file) => [path.basename(file), file]))(
		'%s imports no remote modules',
		async (_name, file) => {
			const code = (await read(file)).cells
				.filter((cell) => cell.cell_type === 'code')
				.map(source)
				.join('\n');
			expect(code).not.toMatch(/from\s+['"](https?|jsr):/);
			expect(code).not.toMatch(/import\s*\(\s*['"](https?|jsr):/);
		}
	);

	it.each(committed.map((file) => [path.basename(file), file]))(
		'%s keeps its bytes through clear',
		async (_name, file) => {
			const text = await fs.readFile(file, 'utf8');
			expect(formatNotebook(clearNotebook(JSON.parse(text)))).toBe(text);
		}
	);
});

describe('kernel spec', () => {
	it('runs deno from PATH, so a clone elsewhere still finds it', async () => {
		const spec = JSON.parse(
			await fs.readFile(path.join(notebooksDir, 'kernels', 'seam-deno', 'kernel.json'), 'utf8')
		);
		expect(spec.argv[0]).toBe('deno');
		expect(spec.argv).toContain('{connection_file}');
		expect(spec.env).toMatchObject({ NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' });
	});
});

const executed: Notebook = {
	metadata: {},
	nbformat: 4,
	nbformat_minor: 5,
	cells: [
		{ cell_type: 'markdown' },
		{ cell_type: 'code', execution_count: 3, outputs: [{ output_type: 'stream' }] },
		{ cell_type: 'code', execution_count: 4, outputs: [] },
		{ cell_type: 'code', execution_count: null, outputs: [] }
	]
};

describe('executedCells', () => {
	const cases: Array<{ name: string; notebook: Notebook; expected: string[] }> = [
		{
			name: 'lists cells with outputs or counts',
			notebook: executed,
			expected: ['cell 1: 1 outputs, execution count 3', 'cell 2: 0 outputs, execution count 4']
		},
		{ name: 'accepts a cleared notebook', notebook: clearNotebook(executed), expected: [] },
		{ name: 'accepts a notebook without cells', notebook: { cells: [] }, expected: [] }
	];
	it.each(cases)('$name', ({ notebook, expected }) => {
		expect(executedCells(notebook)).toEqual(expected);
	});
});

describe('clearNotebook', () => {
	it('empties outputs and counts of code cells', () => {
		const cleared = clearNotebook(executed);
		expect(cleared.cells.slice(1)).toEqual([
			{ cell_type: 'code', execution_count: null, outputs: [] },
			{ cell_type: 'code', execution_count: null, outputs: [] },
			{ cell_type: 'code', execution_count: null, outputs: [] }
		]);
	});

	it('leaves markdown cells and metadata alone', () => {
		const cleared = clearNotebook(executed);
		expect(cleared.cells[0]).toEqual({ cell_type: 'markdown' });
		expect(cleared.metadata).toBe(executed.metadata);
	});

	it('does not change its input', () => {
		clearNotebook(executed);
		expect(executed.cells[1].outputs).toHaveLength(1);
	});
});

describe('selectNotebooks', async () => {
	const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'seam-notebooks-'));
	await fs.writeFile(path.join(dir, 'b.ipynb'), '{}');
	await fs.writeFile(path.join(dir, 'a.ipynb'), '{}');
	await fs.writeFile(path.join(dir, 'README.md'), '');

	it('lists every notebook in name order', async () => {
		expect(await selectNotebooks(dir)).toEqual([
			path.join(dir, 'a.ipynb'),
			path.join(dir, 'b.ipynb')
		]);
	});

	it('accepts names with and without the extension', async () => {
		expect(await selectNotebooks(dir, ['b', 'a.ipynb'])).toEqual([
			path.join(dir, 'b.ipynb'),
			path.join(dir, 'a.ipynb')
		]);
	});

	it('rejects an unknown name and lists the known ones', async () => {
		await expect(selectNotebooks(dir, ['c'])).rejects.toThrow(
			/No notebook named c .*a\.ipynb, b\.ipynb/
		);
	});
});

describe('failureReport', () => {
	it('keeps the failing cell and drops the traceback above it', () => {
		const stderr = [
			'Traceback (most recent call last):',
			'  File "/usr/bin/jupyter-nbconvert", line 33',
			'nbclient.exceptions.CellExecutionError: An error occurred while executing the following cell:',
			'check(false, "x")',
			'Error: Check failed: x'
		].join('\n');
		const report = failureReport(stderr);
		expect(report.startsWith('An error occurred while executing the following cell')).toBe(true);
		expect(report).toContain('Error: Check failed: x');
		expect(report).not.toContain('Traceback');
	});

	it('falls back to the last lines', () => {
		const stderr = Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n');
		expect(failureReport(stderr).split('\n')).toEqual(
			Array.from({ length: 20 }, (_, i) => `line ${i + 10}`)
		);
	});
});

describe('notebook SVG', () => {
	it('escapes markup in labels', () => {
		expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;'
		);
	});

	it('draws one rect and one count per heatmap cell', () => {
		const cells = [
			{ actual: 'negative', predicted: 'negative', count: 7 },
			{ actual: 'positive', predicted: 'negative', count: 2 }
		];
		const layout = heatmap(cells, {
			width: 200,
			height: 120,
			rows: ['negative', 'positive'],
			columns: ['negative', 'positive'],
			row: (cell) => cell.actual,
			column: (cell) => cell.predicted,
			value: (cell) => cell.count
		});
		const svg = heatmapSvg(layout, { width: 200, height: 140, rowTitle: 'label <' });
		expect(svg.match(/<rect /g)).toHaveLength(4);
		expect(svg).toContain('>7</text>');
		expect(svg).toContain('>0</text>');
		expect(svg).toContain('label &lt;');
	});

	it('forecastSvg draws bands and markers', () => {
		const layout = forecastChart(
			{
				weeks: ['2026-06-08', '2026-06-15'],
				values: [3, 5],
				forecastWeeks: ['2026-06-22', '2026-06-29'],
				point: [4, 4],
				lower80: [3, 3],
				upper80: [5, 5],
				lower95: [2, 2],
				upper95: [6, 6],
				markers: [{ name: '618', date: '2026-06-18' }]
			},
			{ width: 400, height: 200, margin: { top: 48, right: 10, bottom: 20, left: 30 } }
		);
		const svg = forecastSvg(layout, {
			width: 400,
			height: 200,
			title: 'size <尺码>',
			markerLabel: (name) => `event ${name}`
		});
		expect(svg).toContain(`d="${layout.band95}"`);
		expect(svg).toContain(`d="${layout.band80}"`);
		expect(svg).toContain('>event 618</text>');
		expect(svg).toContain('size &lt;尺码&gt;');
	});

	it('histogramSvg colours bars by sign', () => {
		const svg = histogramSvg([-250, -120, 80, 90, 310], {
			width: 300,
			height: 200,
			title: 'change',
			xLabel: 'difference',
			yLabel: 'agents',
			bins: 5
		});
		const bars = [...svg.matchAll(/<rect [^>]*fill="(#[0-9a-f]+)"><title>([^<]+)<\/title>/g)];
		const counts = bars.map(([, , title]) => Number(title.split(': ')[1]));
		expect(counts.reduce((sum, count) => sum + count, 0)).toBe(5);
		expect(bars.filter(([, colour]) => colour === '#d62728')).toHaveLength(2);
		expect(
			bars.every(([, colour, title]) => (colour === '#d62728') === title.startsWith('-'))
		).toBe(true);
	});
});
