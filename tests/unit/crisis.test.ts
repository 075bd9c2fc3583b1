import { describe, expect, it } from 'vitest';
import { crisisLinesFor } from '../../src/search/crisis';

describe('words of a crisis', () => {
  it.each([
    ['redada', ['family']],
    ['la migra está en mi casa', ['family']],
    ['mi esposo fue detenido', ['family']],
    ['ICE raid', ['family']],
    ['my brother was detained', ['family']],
    ['I want to kill myself', ['crisis']],
    ['quiero morir', ['crisis']],
    ['хочу померти', ['crisis']],
    ['我想自杀', ['crisis']],
    ['mi esposo me pega', ['domesticViolence']],
    ['domestic violence', ['domesticViolence']],
    ['家暴', ['domesticViolence']],
    ['heart attack', ['emergency']],
    ['no puedo respirar', ['emergency']],
    ['he is bleeding and I want to die', ['emergency', 'crisis']],
  ])('"%s" calls for %j', (query, lines) => {
    expect(crisisLinesFor(query)).toEqual(lines);
  });

  it.each(['dentist', 'clínica gratis', 'emergency shelter', 'emergency food', 'deportation defense', 'abogado', 'braid', 'raiders', 'food pantry', '', '!!!'])(
    'leaves "%s" an ordinary query',
    (query) => {
      expect(crisisLinesFor(query)).toEqual([]);
    },
  );
});
