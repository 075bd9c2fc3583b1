import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { setLocale } from '../../src/i18n/messages';
import { namesPl } from '../../src/i18n/names/pl';
import pl from '../../src/i18n/locales/pl';
import { loadNamesInEveryLanguage } from '../../src/i18n/searchNames';
import { createSearchIndex } from '../../src/search/searchIndex';
import { courtHelpDesk, neighborsCenter } from '../fixtures/namedServiceRecords';
import { fixtureRecords } from '../fixtures/records';
import { NOW, shownIds } from './renderApp';

vi.mock('../../src/map/ServiceMap', () => ({ default: () => null }));

const records = [...fixtureRecords, courtHelpDesk, neighborsCenter];
const communityInPolish = namesPl.categoryNames.community;

afterEach(() => setLocale('en'));

/** What main.tsx does: an index from the names known at the start, then one from every language's names. */
function openApp(url: string) {
  window.history.replaceState(null, '', url);
  const view = render(<App records={records} index={createSearchIndex(records)} now={NOW} />);
  return {
    ...view,
    async whenEveryLanguageIsLoaded() {
      await loadNamesInEveryLanguage();
      view.rerender(<App records={records} index={createSearchIndex(records)} now={NOW} />);
    },
  };
}

// In order: the page opened in Polish is measured before the other languages' names are loaded.
// Typing a whole name, one keystroke at a time and twice over, takes a few seconds.
describe('searching for the name of a kind of help', { timeout: 20_000 }, () => {
  let openedInPolish: string[] = [];

  it('finds its listings on a page opened in Polish', async () => {
    await setLocale('pl');
    const { container } = openApp('/#lang=pl');
    await userEvent.type(screen.getByRole('searchbox', { name: pl.searchLabel }), communityInPolish);
    openedInPolish = shownIds(container);
    expect(openedInPolish).toEqual([neighborsCenter.id]);
  });

  it('finds the same listings in Polish on a page opened in English, before and after switching to Polish', async () => {
    const { container, whenEveryLanguageIsLoaded } = openApp('/');
    await whenEveryLanguageIsLoaded();
    const english = screen.getByRole('searchbox', { name: 'Search for help' });
    await userEvent.type(english, communityInPolish);
    expect(shownIds(container)).toEqual(openedInPolish);

    await userEvent.clear(english);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'pl');
    const polish = await screen.findByRole('searchbox', { name: pl.searchLabel });
    await userEvent.type(polish, communityInPolish);
    expect(screen.getByRole('combobox', { name: pl.languageSwitcher })).toHaveValue('pl');
    expect(shownIds(container)).toEqual(openedInPolish);
  });
});
