import { FRAME_TEXT_ID, type FrameText } from '../src/app/frameText';
import { en, type Messages } from '../src/i18n/en';
import { LOCALES, type LocaleCode } from '../src/i18n/locales';
import ar from '../src/i18n/locales/ar';
import es from '../src/i18n/locales/es';
import fr from '../src/i18n/locales/fr';
import ko from '../src/i18n/locales/ko';
import pl from '../src/i18n/locales/pl';
import tl from '../src/i18n/locales/tl';
import uk from '../src/i18n/locales/uk';
import ur from '../src/i18n/locales/ur';
import zhHans from '../src/i18n/locales/zh-Hans';

const CATALOGS: Record<LocaleCode, Messages> = { en, es, pl, 'zh-Hans': zhHans, ar, uk, tl, ko, fr, ur };

/** The first frame's words in every interface language, from the catalogs the app speaks them from. */
export function frameTexts(): Record<string, FrameText> {
  return Object.fromEntries(
    LOCALES.map(({ code, dir }) => {
      const { safety, stillLoading } = CATALOGS[code];
      return [code, { dir, quickExit: safety.quickExit, quickExitHint: safety.quickExitHint, stillLoading }];
    }),
  );
}

/**
 * Writes the frame's words into index.html as data, for the early script (src/app/frameText.ts) to
 * pick from. A JSON script is never run, so the Content-Security-Policy has nothing to allow; "<" is
 * escaped so that no text can close the element.
 */
export function withFrameText(html: string, texts: Record<string, FrameText>): string {
  const headEnd = html.indexOf('</head>');
  if (headEnd === -1) throw new Error('earlyScriptPlugin: index.html has no </head> to put the frame text before.');
  const json = JSON.stringify(texts).replace(/</g, '\\u003c');
  return `${html.slice(0, headEnd)}  <script type="application/json" id="${FRAME_TEXT_ID}">${json}</script>\n  ${html.slice(headEnd)}`;
}
