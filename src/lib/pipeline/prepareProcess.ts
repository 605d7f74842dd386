// Entry of the prepare stage's own process (started by buildSite.ts): its input is the JSON in the first argument.
import { EXIT } from './failure';
import { prepare, type PrepareInput } from './prepare';
import { stageInput } from './runNodeScript';

// The data stopping the build (EXIT.data) is told apart from the stage crashing (any other code).
process.exitCode = prepare(stageInput<PrepareInput>()) ? 0 : EXIT.data;
