/**
 * Names Chicagoans use for neighborhoods that are not community-area names, with the community area
 * each lies in. The first area is the one a place search centres on.
 */
export const NEIGHBORHOOD_AREAS: readonly (readonly [string, readonly string[]])[] = [
  ['pilsen', ['Lower West Side']],
  ['little village', ['South Lawndale']],
  ['la villita', ['South Lawndale']],
  ['chinatown', ['Armour Square']],
  ['back of the yards', ['New City']],
  ['andersonville', ['Edgewater']],
  ['devon', ['West Ridge']],
  ['little india', ['West Ridge']],
  ['ukrainian village', ['West Town']],
  ['wicker park', ['West Town']],
  ['bucktown', ['Logan Square']],
  ['argyle', ['Uptown']],
  ['little saigon', ['Uptown']],
  ['jackowo', ['Avondale']],
  ['downtown', ['Loop', 'Near North Side', 'Near South Side']],
  ['lakeview', ['Lake View']],
  ['wrigleyville', ['Lake View']],
  ['west loop', ['Near West Side']],
  ['greektown', ['Near West Side']],
  ['little italy', ['Near West Side']],
  ['south loop', ['Near South Side']],
  ['gold coast', ['Near North Side']],
  ['streeterville', ['Near North Side']],
  ['river north', ['Near North Side']],
  ['bronzeville', ['Douglas', 'Grand Boulevard']],
  ['唐人街', ['Armour Square']],
  ['华埠', ['Armour Square']],
  ['barrio chino', ['Armour Square']],
];
