import { z } from 'zod/mini';
import { REPORT_FIELDS } from '../../src/i18n/reports/en';
import { REPORT_END, REPORT_START } from '../../src/service/reportBlock';

const problemSchema = z.strictObject({
  kind: z.literal('problem'),
  listing: z.string().check(z.minLength(1)),
  field: z.enum(REPORT_FIELDS),
  says: z.string(),
  date: z.string(),
  app: z.string(),
});

const suggestionSchema = z.strictObject({
  kind: z.literal('suggestion'),
  name: z.string(),
  address: z.string(),
  phone: z.string(),
  website: z.string(),
  languages: z.string(),
  help: z.string(),
  source: z.string(),
  date: z.string(),
  app: z.string(),
});

const reportSchema = z.discriminatedUnion('kind', [problemSchema, suggestionSchema]);

export type ParsedReport = z.infer<typeof reportSchema>;

const KEY_LINE = /^([a-z]+): ?(.*)$/;
const KEYS = new Set(['kind', 'listing', 'field', 'says', 'date', 'app', 'name', 'address', 'phone', 'website', 'languages', 'help', 'source']);

/**
 * The report block of a pasted e-mail, however the mail program treated it: quoted with "> ", long
 * lines wrapped (a line that starts with no known key continues the one before), or with the rest
 * of the message around it.
 */
export function parseReport(pasted: string): { ok: true; report: ParsedReport } | { ok: false; message: string } {
  const lines = pasted.split(/\r?\n/).map((line) => line.replace(/^(\s*>)+\s?/, '').trimEnd());
  const start = lines.findIndex((line) => line.trim() === REPORT_START);
  const end = lines.findIndex((line, index) => index > start && line.trim() === REPORT_END);
  if (start === -1 || end === -1) {
    return { ok: false, message: `This is not a report from the app: paste the whole message, with the lines from "${REPORT_START}" to "${REPORT_END}".` };
  }
  const values = new Map<string, string>();
  let last: string | undefined;
  for (const line of lines.slice(start + 1, end)) {
    const match = KEY_LINE.exec(line.trim());
    if (match?.[1] && KEYS.has(match[1])) {
      last = match[1];
      values.set(last, (match[2] ?? '').trim());
    } else if (last && line.trim()) {
      values.set(last, `${values.get(last) ?? ''} ${line.trim()}`.trim());
    }
  }
  const parsed = reportSchema.safeParse(Object.fromEntries(values));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `The report's block is damaged (${issue?.path.map(String).join('.') || 'kind'}: ${issue?.message ?? 'not readable'}); ask the sender for the message again, or read it and enter the change by hand.` };
  }
  return { ok: true, report: parsed.data };
}
