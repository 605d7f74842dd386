// The search vocabulary (word → open vacancies having it), fetched by /cari/ to suggest a spelling for an unknown word.
import { currentWorkFolder, readSearchVocabulary } from '../../lib/pipeline/workFolder';

export const GET = () => new Response(JSON.stringify(readSearchVocabulary(currentWorkFolder()).words));
