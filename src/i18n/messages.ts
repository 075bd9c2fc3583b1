import { en } from './en';

/** The active catalog; later locales plug in here. */
export const messages = en;
export type { Messages } from './en';
