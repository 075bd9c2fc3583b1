/** The lines in the help bar, each read from its record (and its source), in order of urgency. */
export const HELP_LINES = [
  { id: 'emergency-911', line: 'emergency' },
  { id: '988-suicide-and-crisis-lifeline', line: 'crisis' },
  { id: 'icirr-family-support-hotline', line: 'family' },
  { id: 'illinois-domestic-violence-hotline', line: 'domesticViolence' },
  { id: '211-metro-chicago', line: 'information' },
  { id: 'chicago-311-shelter-placement', line: 'shelter' },
] as const;
