/** What old links and print lists need of listings that are no longer shown. */
export interface RetiredListings {
  /** A closed place: its name, when it closed (if a source says), and the source that says it closed. */
  closed: Record<string, { name: string; closedOn?: string; source: { name: string; url: string; date: string } }>;
  /** A merged listing's old id, and the id of the listing it became part of. */
  merged: Record<string, string>;
}

let loaded: Promise<RetiredListings> | undefined;

/** Fetched the first time a link or a print list names an id the listings do not have. */
export function loadRetiredListings(): Promise<RetiredListings> {
  loaded ??= import('virtual:retired-listings').then(
    (module) => module.default,
    (error: unknown) => {
      loaded = undefined; // asked again once the connection is back
      throw error;
    },
  );
  return loaded;
}
