import { Command } from 'commander';
import { isSeamError } from '../lib/server/errors.js';
import { registerAnalyseCommand } from './commands/analyse.js';
import { registerDemoCommand } from './commands/demo.js';
import { registerGraphCommands } from './commands/graph.js';
import { registerImportCommand } from './commands/import.js';
import { registerModelCommands } from './commands/model.js';
import { registerStartCommand } from './commands/start.js';

const program = new Command('seam')
	.description('Seam: customer-service knowledge graph, sentiment and bonus workbench')
	.showHelpAfterError();

registerStartCommand(program);
registerGraphCommands(program);
registerImportCommand(program);
registerAnalyseCommand(program);
registerDemoCommand(program);
registerModelCommands(program);

try {
	await program.parseAsync();
} catch (error) {
	if (isSeamError(error)) {
		console.error(`seam: ${error.message}`);
	} else {
		console.error(error);
	}
	process.exitCode = 1;
}
