import type { PrivacyMessages } from './en';

export const privacyEs: PrivacyMessages = {
  link: 'Privacidad',
  title: 'Su privacidad',
  intro:
    'Este directorio está hecho para que nadie sepa lo que usted busca. Esta página dice exactamente qué envía, qué guarda en este dispositivo y cómo borrarlo.',
  sentHeading: 'Qué se envía y a quién',
  sentApp: (host: string) =>
    `A ${host}, el sitio que entrega esta aplicación: los pedidos de los archivos de la propia aplicación (su código, las fichas y las traducciones). Sus búsquedas, filtros y lugares se escriben después del signo # en la dirección, y los navegadores nunca envían esa parte, así que no se envían.`,
  sentTiles: (host: string, switchName: string) =>
    `A ${host}, el servidor de las imágenes del mapa, solo mientras las imágenes del mapa están activadas: los cuadros del mapa que aparecen en su pantalla, que muestran más o menos qué zona está mirando, junto con su dirección de internet (IP) y el nombre de este sitio. Para evitarlo, elija “${switchName}” debajo del mapa.`,
  sentLinks:
    'Cuando usted abre el sitio web de una ficha, llama a un número, envía un correo electrónico o pide indicaciones para llegar, se enteran ese sitio, su compañía de teléfono, su servicio de correo electrónico o su aplicación de mapas, como con cualquier enlace. Las indicaciones envían la dirección del servicio, no la suya.',
  sentNothingElse:
    'Nada más: sin cookies, sin cuentas, sin estadísticas de visitas, sin publicidad, sin tipos de letra ni scripts de otros sitios.',
  locationHeading: 'Su ubicación',
  location:
    'Su ubicación solo se lee cuando usted presiona “Usar mi ubicación”. Se queda en este navegador, se redondea a unos 100 m (una cuadra) y solo se usa para medir distancias. Nunca se envía.',
  storedHeading: 'Qué se guarda en este dispositivo',
  storedIntro: 'Solo las opciones que usted elige, para que estén ahí la próxima vez:',
  storedChoices: {
    language: 'su idioma',
    tilesOff: 'que las imágenes del mapa están desactivadas',
    mapApp: 'su aplicación de mapas para las indicaciones',
    printList: 'su lista para imprimir',
  },
  storedNow: 'Guardado ahora:',
  storedNothing: 'Ahora no hay ninguna opción guardada en este dispositivo.',
  storedOffline: 'También se guarda una copia de la aplicación y de sus fichas, para que funcione sin conexión.',
  notStored:
    'La aplicación no guarda las búsquedas ni los lugares. El historial de su navegador muestra las páginas que usted visitó, como con cualquier sitio: una ventana privada o de incógnito no guarda ninguna.',
  clear: 'Borrar todo',
  clearHint: 'Quita de este dispositivo sus opciones guardadas, su lista para imprimir y la copia para usar sin conexión.',
  cleared: 'Listo. Ahora esta aplicación no guarda nada en este dispositivo.',
  openDataHeading: 'Datos abiertos',
  openData: (date: string) =>
    `Las fichas se publican como datos abiertos en el formato Open Referral HSDS 3.0, que leen otros directorios y los servicios 211, para que puedan usarlas y enviar correcciones. Fichas al ${date}.`,
  openDataLink: 'Los archivos de datos abiertos',
  openDataLicence: 'Todavía no se ha elegido una licencia para las fichas: pregunte al proyecto antes de volver a publicarlas. Las definiciones de tablas de HSDS son de Open Referral, con licencia CC BY-SA 4.0.',
};
