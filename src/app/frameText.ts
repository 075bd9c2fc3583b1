import { frameLocale } from './frameLocale';

/** What index.html's first frame says, in one language (written into the page by scripts/frameText.ts). */
export interface FrameText {
  dir: 'ltr' | 'rtl';
  quickExit: string;
  quickExitHint: string;
  stillLoading: string;
}

export const FRAME_TEXT_ID = 'frame-text';
/** The key the app saves the chosen language under (src/storage/deviceChoices.ts). */
export const SAVED_LANGUAGE_KEY = 'helpmap.lang';

function isFrameText(value: unknown): value is FrameText {
  if (typeof value !== 'object' || value === null) return false;
  const fields = ['quickExit', 'quickExitHint', 'stillLoading'].map((field) => Reflect.get(value, field));
  const dir: unknown = Reflect.get(value, 'dir');
  return (dir === 'ltr' || dir === 'rtl') && fields.every((field) => typeof field === 'string');
}

/** Each language's frame text, from the page; languages whose entry is malformed are left out. */
export function readFrameTexts(json: string | null | undefined): Map<string, FrameText> {
  const texts = new Map<string, FrameText>();
  if (!json) return texts;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return texts;
  }
  if (typeof parsed !== 'object' || parsed === null) return texts;
  for (const [code, text] of Object.entries(parsed)) if (isFrameText(text)) texts.set(code, text);
  return texts;
}

function savedLanguage(): string | null {
  try {
    return localStorage.getItem(SAVED_LANGUAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * Puts the first frame in the user's language, right to left where it reads so, with quick exit named
 * in that language: the app's own code may take seconds more on a slow network. Once the app has drawn,
 * the frame is gone and this does nothing.
 */
export function translateFrame(): void {
  const link = document.querySelector('#root > .safety-strip > a.quick-exit');
  if (!link) return;
  const texts = readFrameTexts(document.getElementById(FRAME_TEXT_ID)?.textContent);
  const code = frameLocale(location, savedLanguage(), navigator.languages, [...texts.keys()]);
  const text = texts.get(code);
  if (!text) return;
  document.documentElement.lang = code;
  document.documentElement.dir = text.dir;
  link.textContent = text.quickExit;
  link.setAttribute('title', text.quickExitHint);
  const slow = document.querySelector('#root > .boot-slow');
  if (slow) slow.textContent = text.stillLoading;
}
