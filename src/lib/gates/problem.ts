/** One reason a built site must not be published: the page (address or file) and what is wrong with it, in plain words. */
export interface GateProblem {
  page: string;
  problem: string;
}

/** The line a publisher reads for one problem: `/404.html: tautan rusak / broken link https://…/404/`. */
export const problemLine = (p: GateProblem) => `${p.page}: ${p.problem}`;
