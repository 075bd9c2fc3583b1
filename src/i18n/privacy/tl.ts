import type { PrivacyMessages } from './en';

export const privacyTl: PrivacyMessages = {
  link: 'Privacy',
  title: 'Ang inyong privacy',
  intro:
    'Ginawa ang direktoryong ito para walang makaalam kung ano ang hinahanap ninyo. Sinasabi ng page na ito kung ano mismo ang ipinapadala nito, ano ang itinatago nito sa device na ito, at paano ito burahin.',
  sentHeading: 'Ano ang ipinapadala, at kanino',
  sentApp: (host: string) =>
    `Sa ${host}, ang site na nagbibigay ng app na ito: mga hiling para sa sariling mga file ng app (ang code nito, ang mga serbisyo at ang mga salin). Ang mga hinahanap ninyo, mga filter at mga lugar ay nakasulat pagkatapos ng # sa address, at hindi kailanman ipinapadala ng mga browser ang bahaging iyon, kaya hindi naipapadala ang mga ito.`,
  sentTiles: (host: string, switchName: string) =>
    `Sa ${host}, ang server ng mga larawan ng mapa, habang naka-on lang ang mga larawan ng mapa: ang mga parisukat ng mapa sa screen ninyo, na nagpapakita nang humigit-kumulang kung aling lugar ang tinitingnan ninyo, kasama ang internet (IP) address ninyo at ang pangalan ng site na ito. Para ihinto ito, piliin ang “${switchName}” sa ilalim ng mapa.`,
  sentLinks:
    'Kapag binuksan ninyo ang website ng isang serbisyo, tumawag sa isang numero, nagpadala ng email o humingi ng direksyon, malalaman ito ng site na iyon, ng kompanya ng telepono ninyo, ng email ninyo o ng app ng mapa ninyo, gaya ng sa anumang link. Ang address ng serbisyo ang ipinapadala ng direksyon, hindi ang sa inyo.',
  sentNothingElse:
    'Wala nang iba: walang cookies, walang account, walang analytics, walang patalastas, walang font o script mula sa ibang site.',
  locationHeading: 'Ang lokasyon ninyo',
  location:
    'Binabasa lang ang lokasyon ninyo kapag pinindot ninyo ang “Gamitin ang lokasyon ko”. Nananatili ito sa browser na ito, ni-ro-round off sa humigit-kumulang 100 m (isang block), at ginagamit lang para sukatin ang layo. Hindi ito kailanman ipinapadala.',
  storedHeading: 'Ano ang itinatago sa device na ito',
  storedIntro: 'Ang mga pinili lang ninyo, para nandiyan pa rin ang mga ito sa susunod:',
  storedChoices: {
    language: 'ang wika ninyo',
    tilesOff: 'na naka-off ang mga larawan ng mapa',
    mapApp: 'ang app ng mapa ninyo para sa direksyon',
    printList: 'ang listahang ipi-print ninyo',
  },
  storedNow: 'Nakatago ngayon:',
  storedNothing: 'Walang nakatagong pinili sa device na ito ngayon.',
  storedOffline: 'Nakatago rin ang isang kopya ng app at ng mga serbisyo nito, para gumana ito kahit walang koneksyon.',
  notStored:
    'Hindi itinatago ng app ang mga hinanap at mga lugar. Nakalista sa history ng inyong browser ang mga page na binisita ninyo, gaya ng sa anumang site: walang itinatagong history ang private o incognito window.',
  clear: 'Burahin lahat',
  clearHint: 'Binubura sa device na ito ang mga naka-save na pinili ninyo, ang listahang ipi-print ninyo at ang offline na kopya.',
  cleared: 'Tapos na. Wala nang itinatago ang app na ito sa device na ito ngayon.',
  openDataHeading: 'Bukas na datos',
  openData: (date: string) =>
    `Inilalathala ang mga listahan bilang bukas na datos sa format na Open Referral HSDS 3.0, na binabasa ng ibang mga direktoryo at ng mga serbisyong 211, para magamit nila ang mga ito at makapagpadala ng pagwawasto. Mga listahan hanggang ${date}.`,
  openDataLink: 'Ang mga file ng bukas na datos',
  openDataLicence: 'Wala pang napiling lisensya para sa mga listahan: magtanong muna sa proyekto bago ninyo ilathala muli ang mga ito. Ang mga kahulugan ng talahanayan ng HSDS ay sa Open Referral, sa ilalim ng CC BY-SA 4.0.',
};
