import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CITY_SITE_KINDS } from '../../scripts/import/citySites';
import { DFSS_SOURCE } from '../../scripts/import/dfss';
import { HEALTH_CENTERS_SOURCE } from '../../scripts/import/healthCenters';
import { readDataFiles } from '../../scripts/readDataFiles';
import { validateDataset } from '../../src/data/validate';

/** The dataset table in data/README.md: portal id and date, one row per City list. */
function datasetTable(): Map<string, string> {
  const readme = readFileSync('data/README.md', 'utf8');
  const rows = [...readme.matchAll(/^\| [^|]+ \| ([a-z0-9]{4}-[a-z0-9]{4}) \| (\d{4}-\d{2}-\d{2}|undated) \|/gm)];
  return new Map(rows.map((row) => [row[1] ?? '', row[2] ?? '']));
}

const portalId = (url: string) => /data\.cityofchicago\.org\/d\/([a-z0-9]{4}-[a-z0-9]{4})/.exec(url)?.[1] ?? url;
const importSources = [DFSS_SOURCE, HEALTH_CENTERS_SOURCE, ...Object.values(CITY_SITE_KINDS).map((kind) => kind.source)];

describe('source dates', () => {
  const table = datasetTable();

  it.each(importSources.map((source) => [portalId(source.url), source]))('dates the %s import as data/README.md does', (id, source) => {
    expect(table.get(id), `${id} is missing from the dataset table in data/README.md`).toBeDefined();
    expect(source.date).toBe(table.get(id));
    // The name says the date, so a reader of the source list sees it too.
    expect(source.name).toContain(source.date === 'undated' ? 'undated' : source.date);
  });

  it('dates every City list citation in data/ as its import does', () => {
    const { records } = validateDataset(readDataFiles(process.cwd()).files);
    const wrong = records.flatMap((record) =>
      record.sources
        .filter((source) => source.kind === 'city-list' && table.has(portalId(source.url)) && !/xtdn-h9nk/.test(source.name))
        .filter((source) => source.date !== table.get(portalId(source.url)))
        .map((source) => `${record.id}: ${source.name} (${source.date})`),
    );
    expect(wrong).toEqual([]);
  });
});
