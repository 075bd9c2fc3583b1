import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/messages';
import { namesAr } from '../../src/i18n/names/ar';
import { namesPl } from '../../src/i18n/names/pl';
import { namesZhHans } from '../../src/i18n/names/zh-Hans';
import { loadNamesInEveryLanguage } from '../../src/i18n/searchNames';
import { toSearchDocument } from '../../src/search/searchDocument';
import { createSearchIndex } from '../../src/search/searchIndex';
import { courtHelpDesk, neighborsCenter } from '../fixtures/namedServiceRecords';
import { fixtureRecords } from '../fixtures/records';

const [, pantry, shelter] = fixtureRecords;
// No other legal or community listing: whatever the query parser makes of a name, only one listing is right.
const records = [courtHelpDesk, neighborsCenter, ...(pantry ? [pantry] : []), ...(shelter ? [shelter] : [])];

// In order: the first test looks at what is known before the other languages' names are loaded.
describe('the names of the kinds of help, in every interface language', () => {
  it('are only English and the active language until the others are loaded', () => {
    expect(messages.appTitle).toBe('Chicago Help Map');
    const { services, categories } = toSearchDocument(courtHelpDesk);
    expect(services).toEqual(['Immigration court']);
    expect(categories).toEqual(['Legal help']);
  });

  it('are each in the search document once, identical names merged', async () => {
    await loadNamesInEveryLanguage();
    const { services } = toSearchDocument({ ...courtHelpDesk, services: ['immigration-court', 'daca'] });
    expect(services).toContain(namesPl.serviceNames['immigration-court']);
    expect(services).toContain(namesZhHans.serviceNames['immigration-court']);
    expect(services).toContain(namesAr.serviceNames['immigration-court']);
    expect(services.filter((name) => name === 'DACA')).toHaveLength(1);
    expect(new Set(services).size).toBe(services.length);
  });

  it.each([
    ['Polish', namesPl],
    ['Chinese', namesZhHans],
    ['Arabic', namesAr],
  ])('find their listings in %s in an index built while English is shown', async (_language, names) => {
    await loadNamesInEveryLanguage();
    expect(messages.appTitle).toBe('Chicago Help Map');
    const index = createSearchIndex(records);
    const idsFor = (query: string) => Array.from(index.search(query), (doc) => index.records[doc]?.id);
    expect(idsFor(names.serviceNames['immigration-court'])).toEqual([courtHelpDesk.id]);
    expect(idsFor(names.categoryNames.community)).toEqual([neighborsCenter.id]);
  });
});
