/** What a person picks as wrong in a listing; "status" is "it has closed". */
export const REPORT_FIELDS = ['name', 'location', 'phones', 'hours', 'languages', 'website', 'status', 'other'] as const;

export type ReportField = (typeof REPORT_FIELDS)[number];

/** Reporting a problem or suggesting a service (English, the source of truth). */
export const reportsEn = {
  whatIsWrong: 'What is wrong?',
  choices: {
    name: 'The name',
    location: 'The address',
    phones: 'The phone number',
    hours: 'The hours',
    languages: 'The languages',
    website: 'The website',
    status: 'It has closed',
    other: 'Something else',
  } satisfies Record<ReportField, string>,
  whatIsRight: 'What is right? Say how you know, if you can.',
  /** Above the message, when the site has an address for reports. */
  sendTo: (address: string) => `Send this message to the directory's curators: ${address}`,
  noAddress: 'This copy of the directory has no address for reports. Copy the message and give it to the person or group who shared this app with you.',
  nothingAboutYou: 'The message holds only the listing, what you wrote, the date and the app version: nothing about you. Nothing is sent until you send it.',
  suggestWhat: 'Fill in what you know; leave the rest empty.',
  /** Sharing a listing: its link alone, in the reader's language. */
  share: {
    share: "Share this listing",
    copyLink: "Copy link",
    linkCopied: "Link copied.",
    textMessage: "Text message",
    whatsApp: "WhatsApp",
    shareNote: "Shares only this listing's link: not your search, not your place.",
    copyFailed: "This browser would not copy: press and hold the link to copy it.",
  },
};

export type ReportsMessages = typeof reportsEn;
