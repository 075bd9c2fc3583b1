import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { datapackageTables } from '../../scripts/hsds/datapackageTables';
import { serviceToHsds } from '../../scripts/hsds/serviceToHsds';
import { rowsByTable, tableCsv, tableProblems } from '../../scripts/hsds/tabular';
import { fixtureRecords } from '../fixtures/records';

const { tables } = datapackageTables();
const tableNamed = (name: string) => {
  const table = tables.find((candidate) => candidate.name === name);
  if (!table) throw new Error(`no ${name} table in the datapackage`);
  return table;
};

describe('the tabular form (CSV and datapackage.json)', () => {
  const services = fixtureRecords.map((record) => serviceToHsds(record));
  const rows = rowsByTable(services);

  it('puts each entity in its own table once, and every row meets its table schema', () => {
    expect(rows.get('service')?.size).toBe(fixtureRecords.length);
    const organizations = new Set(fixtureRecords.map((record) => record.organization.name));
    expect(rows.get('organization')?.size).toBe(organizations.size);
    expect(rows.get('phone')?.size).toBe(fixtureRecords.reduce((count, record) => count + record.phones.length, 0));
    for (const [name, tableRows] of rows) expect(tableProblems(tableNamed(name), tableRows.values()), name).toEqual([]);
  });

  it("writes the datapackage's columns in its order, and reads back the same rows", () => {
    const table = tableNamed('service');
    const csv = tableCsv(table, rows.get('service')?.values() ?? []);
    const [header, ...lines]: string[][] = parse(csv);
    expect(header).toEqual(table.fields.map(({ name }) => name));
    expect(lines).toHaveLength(fixtureRecords.length);
    const nameColumn = header?.indexOf('name') ?? -1;
    expect(lines.map((line) => line[nameColumn]).sort()).toEqual(fixtureRecords.map((record) => record.name).sort());
  });

  it('names the table, row and field a row breaks', () => {
    const [service] = services;
    if (!service) throw new Error('fixtures missing');
    expect(tableProblems(tableNamed('service'), [{ ...service, name: '' }])).toEqual([`services.csv row ${String(service.id)}: name is required`]);
    expect(tableProblems(tableNamed('service'), [{ ...service, organization_id: 'org-1' }])).toEqual([`services.csv row ${String(service.id)}: organization_id is not a UUID`]);
  });
});
