import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { host: '127.0.0.1', port: 3000 },
	preview: { host: '127.0.0.1', port: 3000 },
	ssr: {
		external: [
			'@huggingface/transformers',
			'onnxruntime-node',
			'@node-rs/jieba',
			'@node-rs/argon2',
			'@bsull/augurs',
			'@bsull/augurs-prophet-wasmstan',
			'usearch'
		]
	},
	test: {
		environment: 'node',
		env: { TZ: 'Asia/Shanghai' },
		testTimeout: 60_000,
		hookTimeout: 300_000,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: [
						'src/lib/domain/**/*.test.ts',
						'src/lib/components/**/*.test.ts',
						'graph/**/*.test.ts'
					]
				}
			},
			{
				// Tests against the real Neo4j that the global setup starts; files run one at a
				// time because they share the database.
				extends: true,
				test: {
					name: 'graph',
					include: [
						'src/lib/server/**/*.test.ts',
						'src/cli/**/*.test.ts',
						'src/routes/**/*.test.ts'
					],
					globalSetup: ['src/test/globalSetup.ts'],
					fileParallelism: false
				}
			},
			{
				// Browser tests: the global setup loads the small demo tenant into the test
				// graph, builds the app and serves it; Playwright drives Debian's Chromium.
				extends: true,
				test: {
					name: 'e2e',
					include: ['e2e/**/*.e2e.test.ts'],
					globalSetup: ['e2e/setup.ts'],
					fileParallelism: false
				}
			}
		]
	}
});
