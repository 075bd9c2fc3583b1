import { NESTED } from '../tabular';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_FIELDS = ['assured_date', 'last_modified', 'last_action_date'];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

interface Entity {
  table: string;
  id: unknown;
  value: Record<string, unknown>;
  path: string;
}

function entitiesOf(service: Record<string, unknown>, index: number): Entity[] {
  const found: Entity[] = [];
  const visit = (table: string, value: Record<string, unknown>, path: string) => {
    found.push({ table, id: value.id, value, path });
    for (const [key, inner] of Object.entries(value)) {
      const nested = NESTED[key];
      if (!nested) continue;
      if (Array.isArray(inner)) inner.forEach((part, at) => isObject(part) && visit(nested, part, `${path}/${key}/${at}`));
      else if (isObject(inner)) visit(nested, inner, `${path}/${key}`);
    }
  };
  visit('service', service, `service #${index + 1}`);
  return found;
}

/** The day part of a date or date-time, when it is later than today. */
function futureDate(value: unknown, today: string): string | undefined {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) && value.slice(0, 10) > today ? value : undefined;
}

/**
 * What the schema cannot see across a feed: ids that are not UUIDs or that two different records share,
 * dates after today, and services that name no organization. Each problem names entity, id and field.
 */
export function feedProblems(services: readonly unknown[], today: string): string[] {
  const problems: string[] = [];
  const seen = new Map<string, { table: string; text: string; path: string }>();
  services.forEach((service, index) => {
    if (!isObject(service)) {
      problems.push(`service #${index + 1}: not an object`);
      return;
    }
    const serviceId = typeof service.id === 'string' ? service.id : `#${index + 1}`;
    if (typeof service.organization_id !== 'string' || service.organization_id === '' || !isObject(service.organization)) {
      problems.push(`service ${serviceId}: organization: the service names no organization (organization_id and the organization itself are required)`);
    }
    for (const entity of entitiesOf(service, index)) {
      const where = `${entity.table} ${typeof entity.id === 'string' ? entity.id : '(no id)'}${entity.table === 'service' ? '' : ` in service ${serviceId}`}`;
      if (typeof entity.id !== 'string' || !UUID.test(entity.id)) {
        problems.push(`${where}: id: not a UUID`);
        continue;
      }
      const text = JSON.stringify(entity.value);
      const earlier = seen.get(entity.id);
      if (earlier && (earlier.table !== entity.table || earlier.text !== text || entity.table === 'service')) {
        problems.push(`${where}: id: also used by a different ${earlier.table} (${earlier.path})`);
      } else if (!earlier) seen.set(entity.id, { table: entity.table, text, path: entity.path });
      for (const field of DATE_FIELDS) {
        const future = futureDate(entity.value[field], today);
        if (future) problems.push(`${where}: ${field}: ${future} is after today (${today})`);
      }
    }
  });
  return problems;
}
