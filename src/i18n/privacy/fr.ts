import type { PrivacyMessages } from './en';

export const privacyFr: PrivacyMessages = {
  link: 'Confidentialité',
  title: 'Votre vie privée',
  intro:
    'Cet annuaire est fait pour que personne ne sache ce que vous cherchez. Cette page dit exactement ce qu’il envoie, ce qu’il garde sur cet appareil et comment l’effacer.',
  sentHeading: 'Ce qui est envoyé, et à qui',
  sentApp: (host: string) =>
    `À ${host}, le site qui fournit cette application\u00a0: les demandes des fichiers de l’application elle-même (son code, les fiches et les traductions). Vos recherches, vos filtres et vos lieux sont écrits après le signe # dans l’adresse, et les navigateurs n’envoient jamais cette partie\u00a0: ils ne sont donc pas envoyés.`,
  sentTiles: (host: string, switchName: string) =>
    `À ${host}, le serveur des images de la carte, seulement quand les images de la carte sont activées\u00a0: les carrés de carte affichés sur votre écran, qui montrent à peu près quelle zone vous regardez, avec votre adresse internet (IP) et le nom de ce site. Pour arrêter cela, choisissez «\u00a0${switchName}\u00a0» sous la carte.`,
  sentLinks:
    'Quand vous ouvrez le site web d’une fiche, appelez un numéro, envoyez un courriel ou demandez un itinéraire, ce site, votre opérateur téléphonique, votre messagerie ou votre application de cartes l’apprend, comme pour n’importe quel lien. L’itinéraire envoie l’adresse du service, pas la vôtre.',
  sentNothingElse:
    'Rien d’autre\u00a0: pas de cookies, pas de comptes, pas de statistiques de visite, pas de publicité, pas de polices ni de scripts venant d’autres sites.',
  locationHeading: 'Votre position',
  location:
    'Votre position est lue seulement quand vous appuyez sur «\u00a0Utiliser ma position\u00a0». Elle reste dans ce navigateur, est arrondie à environ 100\u00a0m (un pâté de maisons) et sert seulement à mesurer les distances. Elle n’est jamais envoyée.',
  storedHeading: 'Ce qui est gardé sur cet appareil',
  storedIntro: 'Seulement les choix que vous faites, pour les retrouver la prochaine fois\u00a0:',
  storedChoices: {
    language: 'votre langue',
    tilesOff: 'que les images de la carte sont désactivées',
    mapApp: 'votre application de cartes pour les itinéraires',
    printList: 'votre liste à imprimer',
  },
  storedNow: 'Gardé en ce moment\u00a0:',
  storedNothing: 'Aucun choix n’est gardé sur cet appareil en ce moment.',
  storedOffline: 'Une copie de l’application et de ses fiches est aussi gardée, pour qu’elle fonctionne sans connexion.',
  notStored:
    'Les recherches et les lieux ne sont pas gardés par l’application. L’historique de votre navigateur montre les pages que vous avez visitées, comme pour tout site\u00a0: une fenêtre de navigation privée (ou incognito) n’en garde aucune.',
  clear: 'Tout effacer',
  clearHint: 'Efface de cet appareil vos choix enregistrés, votre liste à imprimer et la copie hors connexion.',
  cleared: 'C’est fait. Cette application ne garde maintenant plus rien sur cet appareil.',
  openDataHeading: 'Données ouvertes',
  openData: (date: string) =>
    `Les fiches sont publiées en données ouvertes au format Open Referral HSDS 3.0, que lisent d'autres annuaires et les services 211, pour qu'ils puissent les utiliser et envoyer des corrections. Fiches à jour au ${date}.`,
  openDataLink: 'Les fichiers de données ouvertes',
  openDataLicence: 'Aucune licence n\'a encore été choisie pour les fiches : demandez au projet avant de les republier. Les définitions de tables HSDS sont celles d\'Open Referral, sous licence CC BY-SA 4.0.',
};
