import { describe, expect, it } from 'vitest';
import { readCsv } from '../../scripts/import/csv';
import { chicagoOffices, isCurrent, listingForOffice, withRecognition } from '../../scripts/import/eoirRoster';
import { fixtureInputs } from '../fixtures/records';

const offices = chicagoOffices(readCsv('tests/fixtures/import/eoir-roster_2026-09-19.csv'));
const roster = { name: 'EOIR roster (fixture)', url: 'https://example.org/roster', date: '2026-09-19' };
const [clinic, pantry] = fixtureInputs;
if (!clinic || !pantry) throw new Error('fixtures missing');
const [fixtureOffice, lapsed, renewing] = offices;

describe('the EOIR roster of recognized organizations', () => {
  it('reads the active Chicago offices, with ISO expiry dates and the phone in listing form', () => {
    expect(offices.map((office) => office.organization)).toEqual(['Fixture Justice Center', 'Lapsed Legal Aid', 'Renewing Neighbors']);
    expect(fixtureOffice).toMatchObject({ expiresOn: '2030-01-02', phone: '+13125550101', representatives: 3 });
  });

  it('names the line of a row it cannot read', () => {
    expect(() => chicagoOffices([{ organization_name: 'X', organization_recognition_expiration: 'soon' }])).toThrow(/Roster line 2/);
  });

  it('counts a recognition as current unless it has expired with no renewal pending', () => {
    expect(fixtureOffice && isCurrent(fixtureOffice, '2026-12-03')).toBe(true);
    expect(lapsed && isCurrent(lapsed, '2026-12-03')).toBe(false);
    expect(lapsed && isCurrent(lapsed, '2026-10-01')).toBe(true);
    expect(renewing && isCurrent(renewing, '2026-12-03')).toBe(true);
  });

  it('finds the organization’s own listing at the office’s address, and nothing at another address or run by another', () => {
    if (!fixtureOffice) throw new Error('no office');
    expect(listingForOffice(fixtureOffice, fixtureInputs)?.id).toBe(clinic.id);
    const elsewhere = { ...clinic, location: clinic.location && { ...clinic.location, street: '99 N. Other Street' } };
    expect(listingForOffice(fixtureOffice, [elsewhere])).toBeUndefined();
    const pantryThere = { ...pantry, location: clinic.location };
    expect(listingForOffice(fixtureOffice, [pantryThere])).toBeUndefined();
  });

  it('flags the listing, cites the roster for the address, phone and flags, and dates the check by it', () => {
    if (!fixtureOffice) throw new Error('no office');
    const flagged = withRecognition(clinic, fixtureOffice, roster);
    expect(flagged.trust).toEqual(['accredited-representatives', 'doj-recognized']);
    expect(flagged.sources.at(-1)).toEqual({ ...roster, kind: 'official-list', fields: ['location', 'phones', 'trust'] });
    expect(flagged.verified.date).toBe('2026-09-19');
    // Applying it twice changes nothing more.
    expect(withRecognition(flagged, fixtureOffice, roster)).toEqual(flagged);
  });

  it('keeps, on a re-run, the fields and place a curator gave the roster in a listing made from it', () => {
    if (!fixtureOffice) throw new Error('no office');
    const other = { name: 'Own page (page undated)', url: 'https://example.org/own', date: 'undated', kind: 'organization-page' as const, fields: ['services' as const] };
    const curated = { ...clinic, sources: [{ ...roster, kind: 'official-list' as const, fields: ['name' as const, 'location' as const] }, other] };
    const flagged = withRecognition(curated, fixtureOffice, roster);
    expect(flagged.sources[0]?.fields).toEqual(['name', 'location', 'phones', 'trust']);
    expect(flagged.sources[1]).toEqual(other);
  });
});
