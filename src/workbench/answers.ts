import type { Fact, Field } from './api';

export type Result = 'confirmed' | 'changed' | 'not-asked';

export interface Answer {
  result: Result;
  /** What the organization says now, when it changed; starts as what the directory says. */
  value: string;
}

export type Answers = Partial<Record<Field, Answer>>;

export const OUTCOMES = {
  confirmed: 'Confirmed: all asked facts are right',
  changed: 'Changed: some facts corrected',
  moved: 'Moved: new address',
  closed: 'Closed for good',
  'no-answer': 'No answer',
  'wrong-number': 'Wrong number',
} as const;

export type Outcome = keyof typeof OUTCOMES;

export const isOutcome = (value: string): value is Outcome => Object.keys(OUTCOMES).includes(value);

export function startingAnswers(facts: readonly Fact[], prefill?: { field: string; value: string }): Answers {
  const answers: Answers = {};
  for (const fact of facts) {
    const changed = prefill?.field === fact.field;
    answers[fact.field] = { result: changed ? 'changed' : 'not-asked', value: changed ? prefill.value : fact.value };
  }
  return answers;
}

/** The outcome the answers point to, so a caller who only marks facts gets the right one by default. */
export function suggestedOutcome(answers: Answers): Outcome {
  const values = Object.entries(answers);
  if (values.some(([field, answer]) => field === 'location' && answer.result === 'changed')) return 'moved';
  if (values.some(([, answer]) => answer.result === 'changed')) return 'changed';
  return 'confirmed';
}

/** Which fact a problem from the server is about: "facts.phones" and "phones.0.number" are both the phones. */
export function problemField(path: string): string {
  const [first = '', second = ''] = path.split('.');
  return first === 'facts' ? second : first === 'verified' || first === 'sources' ? 'outcome' : first;
}
