// Entry of the prepare stage's own process (started by buildSite.ts): its input is the JSON in the first argument.
import { prepare, type PrepareInput } from './prepare';
import { stageInput } from './runNodeScript';

process.exitCode = prepare(stageInput<PrepareInput>()) ? 0 : 1;
