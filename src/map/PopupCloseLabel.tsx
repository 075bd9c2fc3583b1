import { useMapEvents } from 'react-leaflet';

/** Leaflet names its popup close button "Close popup" in English whatever the page's language. */
export function PopupCloseLabel({ label }: { label: string }) {
  useMapEvents({
    popupopen: ({ popup }) => {
      const button = popup.getElement()?.querySelector('.leaflet-popup-close-button');
      button?.setAttribute('aria-label', label);
      button?.setAttribute('title', label);
    },
  });
  return null;
}
