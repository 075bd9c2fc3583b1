import { useEffect, useRef, useState } from 'react';
import type { ServiceRecord } from '../data/schema';
import { formatPartialDate } from '../i18n/formatDate';
import { messages } from '../i18n/messages';
import { readTileConfig, tileOrigin } from '../map/tileConfig';
import { BackButton } from '../service/BackButton';
import { CHOICES, forgetAllChoices, savedChoices, type Choice } from '../storage/deviceChoices';
import { forgetOfflineCopy } from './offlineCopy';
import { newestCheck } from './SiteParts';

const tileHost = tileOrigin(readTileConfig(import.meta.env)).host;

/** What the app sends, to whom, what it keeps on the device, and a button that removes all of it. */
export default function PrivacyPage({ records, onBack, onCleared }: { records: readonly ServiceRecord[]; onBack: () => void; onCleared: () => void }) {
  const text = messages.privacy;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [kept, setKept] = useState<Choice[]>(savedChoices);
  const [cleared, setCleared] = useState(false);
  useEffect(function focusHeading() {
    headingRef.current?.focus();
    document.title = `${messages.privacy.title} · ${messages.appTitle}`;
  }, []);

  async function clearEverything() {
    forgetAllChoices();
    await forgetOfflineCopy().catch((error: unknown) => console.warn('The offline copy could not be removed:', error));
    setKept(savedChoices());
    setCleared(true);
    onCleared();
  }

  return (
    <main className="rights-page privacy-page">
      <BackButton label={messages.safety.backToDirectory} onBack={onBack} />
      <h1 tabIndex={-1} ref={headingRef}>
        {text.title}
      </h1>
      <p>{text.intro}</p>
      <h2>{text.sentHeading}</h2>
      <ul>
        <li>
          <Host name={window.location.host} text={text.sentApp} />
        </li>
        <li>
          <Host name={tileHost} text={(host) => text.sentTiles(host, messages.map.tilesOff)} />
        </li>
        <li>{text.sentLinks}</li>
        <li>{text.sentNothingElse}</li>
      </ul>
      <h2>{text.locationHeading}</h2>
      <p>{text.location}</p>
      <h2>{text.storedHeading}</h2>
      <p>{text.storedIntro}</p>
      <ul>
        {CHOICES.map((choice) => (
          <li key={choice}>{text.storedChoices[choice]}</li>
        ))}
      </ul>
      <p data-testid="kept-now">
        {kept.length > 0 ? `${text.storedNow} ${kept.map((choice) => text.storedChoices[choice]).join(', ')}.` : text.storedNothing}
      </p>
      <p>{text.storedOffline}</p>
      <p>{text.notStored}</p>
      <p>{messages.safety.quickExitLimits}</p>
      <OpenData records={records} />
      <div className="clear-everything">
        <button type="button" className="button" onClick={() => void clearEverything()} aria-describedby="clear-hint">
          {text.clear}
        </button>
        <p id="clear-hint">{text.clearHint}</p>
        <p role="status">{cleared ? text.cleared : ''}</p>
      </div>
    </main>
  );
}

/** Where the listings are published as HSDS, their date and their licence; the files are the app's own, on its own site. */
function OpenData({ records }: { records: readonly ServiceRecord[] }) {
  const text = messages.privacy;
  const date = newestCheck(records);
  return (
    <>
      <h2>{text.openDataHeading}</h2>
      <p>
        {text.openData(date ? formatPartialDate(date) : '—')}{' '}
        <a href="hsds/index.json">{text.openDataLink}</a> (<bdi dir="ltr">hsds/index.json</bdi>, <a href="hsds/datapackage.json"><bdi dir="ltr">datapackage.json</bdi></a>)
      </p>
      <p>{text.openDataLicence}</p>
    </>
  );
}

/** A sentence naming a host, with the host kept left to right inside right-to-left text. */
function Host({ name, text }: { name: string; text: (host: string) => string }) {
  const marker = '\u0000';
  const [before = '', after = ''] = text(marker).split(marker);
  return (
    <>
      {before}
      <bdi dir="ltr">{name}</bdi>
      {after}
    </>
  );
}
