import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { HELP_LINES } from '../../src/app/helpLines';
import { validateDataset } from '../../src/data/validate';
import { OUTSIDE_CHICAGO_LINE_ID } from '../../src/filters/PlaceBox';
import { LanguageFilter } from '../../src/filters/LanguageFilter';
import { distanceMetres } from '../../src/geo/distance';
import { nearbyPlacesSchema } from '../../src/geo/geoSchemas';
import { fixtureRecords } from '../fixtures/records';
import { renderApp, shownIds } from './renderApp';

vi.mock('../../src/map/ServiceMap', () => ({ default: () => null }));

const nearby = nearbyPlacesSchema.parse(JSON.parse(readFileSync('data/geo/nearby-places.json', 'utf8')));
/** The 211 line's voice number as its record states it, read here from the data file itself. */
function recorded211(): string {
  const { records } = validateDataset([{ file: 'hotlines.json', content: JSON.parse(readFileSync('data/records/hotlines.json', 'utf8')) }]);
  const number = records.find((record) => record.id === '211-metro-chicago')?.phones.find((phone) => phone.kind === 'voice')?.number;
  if (!number) throw new Error('no 211 number in data/records/hotlines.json');
  return number;
}

function evanston() {
  const town = nearby.places.find((place) => place.kind === 'place' && place.name === 'Evanston');
  if (!town) throw new Error('Evanston missing from data/geo/nearby-places.json');
  return { latitude: town.lat, longitude: town.lon };
}

describe('a place outside Chicago', () => {
  it('says "outside Chicago", offers 211 from its record, and lists the nearest Chicago services first', async () => {
    const { container } = renderApp();
    const before = shownIds(container);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Near' }), 'Evanston');
    await userEvent.click(screen.getByRole('button', { name: 'Go' }));

    const status = container.querySelector('.place-status');
    if (!(status instanceof HTMLElement)) throw new Error('no place status');
    await waitFor(() => expect(status).toHaveTextContent(/Evanston, IL.* is outside Chicago\. This directory has only Chicago services/));
    expect(within(status).queryByText(/not found|couldn’t find|could not find/i)).toBeNull();
    const call = await within(status).findByRole('link', { name: recorded211() });
    expect(call).toHaveAttribute('href', `tel:${recorded211()}`);
    expect(status).toHaveTextContent('211 Metro Chicago helpline');

    const from = evanston();
    const byDistance = fixtureRecords
      .flatMap((record) => (record.location?.point ? [{ id: record.id, metres: distanceMetres(from, record.location.point) }] : []))
      .sort((a, b) => a.metres - b.metres)
      .map(({ id }) => id);
    expect(byDistance[0]).toBe('fixture-food-pantry');
    await waitFor(() => expect(shownIds(container).slice(0, byDistance.length)).toEqual(byDistance));
    // The order is the place's doing, not the list's own.
    expect(before.slice(0, byDistance.length)).not.toEqual(byDistance);
  });

  it('offers the same line as the help bar\'s "information" line', () => {
    expect(OUTSIDE_CHICAGO_LINE_ID).toBe(HELP_LINES.find(({ line }) => line === 'information')?.id);
  });
});

describe('the language filter', () => {
  it('says how few listings state their languages, and that the others may help through an interpreter', async () => {
    render(<LanguageFilter selected={[]} counts={new Map([['es', 1]])} languagesStated={{ stated: 12, total: 140 }} onChange={() => undefined} />);
    await userEvent.click(screen.getByText(/Language:/));
    expect(
      screen.getByText('12 of 140 listings say which languages they speak. Others may help through an interpreter: call and ask.'),
    ).toBeInTheDocument();
  });

  it('does not speak of "others" when every listing states its languages, and says nothing for an empty list', async () => {
    const { unmount } = render(
      <LanguageFilter selected={[]} counts={new Map([['es', 1]])} languagesStated={{ stated: 1, total: 1 }} onChange={() => undefined} />,
    );
    await userEvent.click(screen.getByText(/Language:/));
    expect(screen.getByText('1 of 1 listing says which languages it speaks.')).toBeInTheDocument();
    unmount();
    render(<LanguageFilter selected={[]} counts={new Map()} languagesStated={{ stated: 0, total: 0 }} onChange={() => undefined} />);
    await userEvent.click(screen.getByText(/Language:/));
    expect(screen.queryByText(/listings? says?/)).toBeNull();
  });
});
