// The trade words (an occupation word → the KBJI unit groups whose vacancies have it), fetched by /cari/ with the first search that has words.
import { currentWorkFolder, readSearchVocabulary } from '../../lib/pipeline/workFolder';

export const GET = () => new Response(JSON.stringify(readSearchVocabulary(currentWorkFolder()).trades));
