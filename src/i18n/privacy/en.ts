/** What the privacy page says: what is sent, what is kept, and how to remove it. */
export const privacyEn = {
  link: 'Privacy',
  title: 'Your privacy',
  intro: 'This directory is built so that nobody learns what you look for. This page says exactly what it sends, what it keeps on this device, and how to remove it.',
  sentHeading: 'What is sent, and to whom',
  sentApp: (host: string) =>
    `To ${host}, the site that serves this app: requests for the app's own files (its code, the listings and the translations). Your searches, filters and places are written after the # in the address, and browsers never send that part, so they are not sent.`,
  sentTiles: (host: string, switchName: string) =>
    `To ${host}, the map image server, only while map images are on: the map squares on your screen, which show roughly which area you are looking at, with your internet (IP) address and the name of this site. To stop this, choose "${switchName}" under the map.`,
  sentLinks:
    "When you open a listing's website, call a number, send an email or ask for directions, that site, your phone company, your email or your map app learns it, as with any link. Directions send the service's address, not yours.",
  sentNothingElse: 'Nothing else: no cookies, no accounts, no analytics, no advertising, no fonts or scripts from other sites.',
  locationHeading: 'Your location',
  location:
    'Your location is read only when you press "Use my location". It stays in this browser, is rounded to about 100 m (one block), and is only used to measure distances. It is never sent.',
  storedHeading: 'What is kept on this device',
  storedIntro: 'Only the choices you make, so they are there next time:',
  storedChoices: {
    language: 'your language',
    tilesOff: 'that map images are off',
    mapApp: 'your map app for directions',
    printList: 'your print list',
  },
  storedNow: 'Kept now:',
  storedNothing: 'No choices are kept on this device now.',
  storedOffline: 'A copy of the app and its listings is also kept, so it works without a connection.',
  notStored:
    'Searches and places are not kept by the app. Your browser history lists the pages you visited, as for any site: a private or incognito window keeps none.',
  clear: 'Clear everything',
  clearHint: 'Removes your saved choices, your print list and the offline copy from this device.',
  cleared: 'Done. This app keeps nothing on this device now.',
  openDataHeading: 'Open data',
  openData: (date: string) =>
    `The listings are published as open data in the Open Referral HSDS 3.0 format, which other directories and 211 services read, so they can use them and send corrections. Listings as of ${date}.`,
  openDataLink: 'The open data files',
  openDataLicence: 'No licence has been chosen for the listings yet: ask the project before you republish them. The HSDS table definitions are Open Referral\'s, under CC BY-SA 4.0.',
};

export type PrivacyMessages = typeof privacyEn;
