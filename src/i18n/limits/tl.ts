import type { LimitsMessages } from './en';

/** Tagalog nouns do not change with the number: "1 na serbisyo", "140 na serbisyo". */
export const limitsTl: LimitsMessages = {
  outsideChicago: (place) =>
    `Nasa labas ng Chicago ang ${place}. Mga serbisyo sa Chicago lang ang nasa direktoryong ito: nauuna ang mga pinakamalapit.`,
  outsideHelp: 'Para sa tulong kung saan ka nakatira, tumawag sa:',
  languagesStated: (stated, total) =>
    `${stated} sa ${total} na serbisyo ang nagsasabi kung anong mga wika ang ginagamit nila.`,
  interpreter: 'Maaaring tumulong ang iba sa pamamagitan ng interpreter: tumawag at magtanong.',
};
