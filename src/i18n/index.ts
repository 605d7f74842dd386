import { id, type Messages } from './id';

/** The text of this edition of the site (Indonesian); an English edition would export its own `Messages` here. */
export const t: Messages = id;
export type { Messages };
