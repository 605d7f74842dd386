// Entry of the prepare stage's own process (started by buildSite.ts): its input is the JSON in the first argument.
import { EXIT } from './failure';
import { prepare, type PrepareStageInput } from './prepare';
import { keepPrevious, prepareReuse } from './reuse';
import { stageInput } from './runNodeScript';
import { stepTimer } from './stepTimes';
import { workFolder } from './workFolder';

const input = stageInput<PrepareStageInput>();
// What the published site already holds from the same code and data: those pages and search shards are linked, not
// made again (reuse.ts). Read first, because prepare settles the closed vacancies whose pages are unchanged
// (settledPages.ts), and here, so the published pages' keys are freed with this process.
const work = workFolder(input.workDir);
keepPrevious(work, stepTimer()('reuse', () => prepareReuse(work, input.outDir, input.full)));
// The data stopping the build (EXIT.data) is told apart from the stage crashing (any other code).
process.exitCode = prepare(input) ? 0 : EXIT.data;
