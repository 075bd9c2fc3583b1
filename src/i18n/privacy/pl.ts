import type { PrivacyMessages } from './en';

export const privacyPl: PrivacyMessages = {
  link: 'Prywatność',
  title: 'Twoja prywatność',
  intro:
    'Ten wykaz działa tak, żeby nikt nie dowiedział się, czego szukasz. Ta strona mówi dokładnie, co wysyła, co przechowuje na tym urządzeniu i jak to usunąć.',
  sentHeading: 'Co jest wysyłane i do kogo',
  sentApp: (host: string) =>
    `Do ${host}, czyli strony, z której pochodzi ta aplikacja: prośby o pliki samej aplikacji (jej kod, wpisy i tłumaczenia). Twoje wyszukiwania, filtry i miejsca są zapisane po znaku # w adresie, a przeglądarki nigdy nie wysyłają tej części, więc nie są one wysyłane.`,
  sentTiles: (host: string, switchName: string) =>
    `Do ${host}, czyli serwera obrazów mapy, tylko wtedy, gdy obrazy mapy są włączone: kwadraty mapy widoczne na ekranie, które mniej więcej pokazują, jaki obszar oglądasz, razem z twoim adresem internetowym (IP) i nazwą tej strony. Aby to wyłączyć, wybierz „${switchName}” pod mapą.`,
  sentLinks:
    'Gdy otwierasz stronę internetową z wpisu, dzwonisz pod numer, wysyłasz e-mail albo sprawdzasz dojazd, dowiaduje się o tym ta strona, twój operator telefonu, twoja poczta e-mail albo twoja aplikacja z mapami, jak przy każdym linku. Przy dojeździe wysyłany jest adres usługi, a nie twój.',
  sentNothingElse:
    'Nic więcej: bez plików cookie, bez kont, bez statystyk odwiedzin, bez reklam, bez czcionek i skryptów z innych stron.',
  locationHeading: 'Twoja lokalizacja',
  location:
    'Twoja lokalizacja jest odczytywana tylko wtedy, gdy naciśniesz „Użyj mojej lokalizacji”. Zostaje w tej przeglądarce, jest zaokrąglana do około 100 m (jedna przecznica) i służy tylko do liczenia odległości. Nigdy nie jest wysyłana.',
  storedHeading: 'Co jest przechowywane na tym urządzeniu',
  storedIntro: 'Tylko twoje wybory, żeby były gotowe następnym razem:',
  storedChoices: {
    language: 'twój język',
    tilesOff: 'to, że obrazy mapy są wyłączone',
    mapApp: 'twoja aplikacja z mapami do wyznaczania dojazdu',
    printList: 'twoja lista do druku',
  },
  storedNow: 'Teraz przechowywane:',
  storedNothing: 'Na tym urządzeniu nie są teraz przechowywane żadne wybory.',
  storedOffline: 'Przechowywana jest też kopia aplikacji i jej wpisów, żeby działała bez połączenia z internetem.',
  notStored:
    'Aplikacja nie przechowuje wyszukiwań ani miejsc. Historia przeglądarki pokazuje odwiedzone strony, jak przy każdej stronie: okno prywatne lub incognito nie zapisuje żadnych.',
  clear: 'Usuń wszystko',
  clearHint: 'Usuwa z tego urządzenia zapisane wybory, listę do druku i kopię do działania bez internetu.',
  cleared: 'Gotowe. Ta aplikacja nie przechowuje teraz niczego na tym urządzeniu.',
  openDataHeading: 'Otwarte dane',
  openData: (date: string) =>
    `Wpisy są publikowane jako otwarte dane w formacie Open Referral HSDS 3.0, który czytają inne katalogi i serwisy 211, aby mogły z nich korzystać i przysyłać poprawki. Wpisy według stanu na ${date}.`,
  openDataLink: 'Pliki z otwartymi danymi',
  openDataLicence: 'Dla wpisów nie wybrano jeszcze licencji: zanim je opublikujesz gdzie indziej, zapytaj projekt. Definicje tabel HSDS pochodzą od Open Referral i są na licencji CC BY-SA 4.0.',
};
