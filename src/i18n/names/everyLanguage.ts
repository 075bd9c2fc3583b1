import type { LocaleCode } from '../locales';
import { namesAr } from './ar';
import { namesEn, type CatalogNames } from './en';
import { namesEs } from './es';
import { namesFr } from './fr';
import { namesKo } from './ko';
import { namesPl } from './pl';
import { namesTl } from './tl';
import { namesUk } from './uk';
import { namesUr } from './ur';
import { namesZhHans } from './zh-Hans';

/** The names in all ten interface languages: about 12 KB gzip, so fetched after the app has started. */
export const NAMES_IN_EVERY_LANGUAGE = {
  en: namesEn,
  es: namesEs,
  pl: namesPl,
  'zh-Hans': namesZhHans,
  ar: namesAr,
  uk: namesUk,
  tl: namesTl,
  ko: namesKo,
  fr: namesFr,
  ur: namesUr,
} satisfies Record<LocaleCode, CatalogNames>;
