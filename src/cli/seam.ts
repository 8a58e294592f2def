import { Command } from 'commander';
import { isSeamError } from '../lib/server/errors.js';
import { registerAnalyseCommand } from './commands/analyse.js';
import { registerBonusCommands } from './commands/bonus.js';
import { registerDemoCommand } from './commands/demo.js';
import { registerEvaluateCommands } from './commands/evaluate.js';
import { registerFaqCommands } from './commands/faq.js';
import { registerForecastCommands } from './commands/forecast.js';
import { registerGraphCommands } from './commands/graph.js';
import { registerImportCommand } from './commands/import.js';
import { registerModelCommands } from './commands/model.js';
import { registerNotebooksCommands } from './commands/notebooks.js';
import { registerSizeCommands } from './commands/size.js';
import { registerStartCommand } from './commands/start.js';
import { registerTopicsCommands } from './commands/topics.js';
import { registerUsersCommand } from './commands/users.js';

const program = new Command('seam')
	.description('Seam: customer-service knowledge graph, sentiment and bonus workbench')
	.showHelpAfterError();

registerStartCommand(program);
registerGraphCommands(program);
registerImportCommand(program);
registerAnalyseCommand(program);
registerBonusCommands(program);
registerDemoCommand(program);
registerEvaluateCommands(program);
registerFaqCommands(program);
registerForecastCommands(program);
registerModelCommands(program);
registerNotebooksCommands(program);
registerSizeCommands(program);
registerTopicsCommands(program);
registerUsersCommand(program);

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
