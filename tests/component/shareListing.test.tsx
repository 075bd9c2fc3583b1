import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../src/i18n/en';
import { messages, setLocale } from '../../src/i18n/messages';
import { ShareListing } from '../../src/service/ShareListing';
import { fixtureRecords } from '../fixtures/records';

const [record] = fixtureRecords;
if (!record) throw new Error('fixtures missing');
const text = en.reports.share;

function withShare(share: ((data: ShareData) => Promise<void>) | undefined) {
  Object.defineProperty(navigator, 'share', { value: share, configurable: true, writable: true });
}

afterEach(async () => {
  await setLocale('en');
  Reflect.deleteProperty(navigator, 'share');
  vi.restoreAllMocks();
});

describe('sharing a listing', () => {
  it('opens the share sheet with only the listing link in the reader language, not the search or place', async () => {
    await setLocale('es');
    window.history.replaceState(null, '', '/#q=domestic+violence&near=60623&lang=es');
    const share = vi.fn((data: ShareData) => Promise.resolve(data).then(() => undefined));
    withShare(share);
    render(<ShareListing record={record} />);
    expect(share).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: messages.reports.share.share }));
    await waitFor(() => expect(share).toHaveBeenCalledTimes(1));
    const url = share.mock.calls[0]?.[0].url ?? '';
    expect(url).toBe(`${window.location.origin}/#lang=es&id=${record.id}`);
    expect(url).not.toMatch(/q=|near=|60623/);
  });

  it('does nothing when the person cancels the share sheet', async () => {
    withShare(() => Promise.reject(new DOMException('cancelled', 'AbortError')));
    render(<ShareListing record={record} />);
    fireEvent.click(screen.getByRole('button', { name: text.share }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.getByRole('button', { name: text.share })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: text.copyLink })).toBeNull();
  });

  it('offers copy, text message and WhatsApp when the browser refuses the share sheet', async () => {
    withShare(() => Promise.reject(new DOMException('not allowed', 'NotAllowedError')));
    render(<ShareListing record={record} />);
    fireEvent.click(screen.getByRole('button', { name: text.share }));
    expect(await screen.findByRole('button', { name: text.copyLink })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: text.textMessage })).toBeInTheDocument();
  });

  it('without a share sheet, builds the text message and WhatsApp links only from the listing', () => {
    withShare(undefined);
    window.history.replaceState(null, '', '/#q=abogado&near=60623');
    render(<ShareListing record={record} />);
    const link = `${window.location.origin}/#lang=en&id=${record.id}`;
    const sms = screen.getByRole('link', { name: text.textMessage }).getAttribute('href') ?? '';
    const whatsApp = screen.getByRole('link', { name: text.whatsApp }).getAttribute('href') ?? '';
    expect(sms).toBe(`sms:?&body=${encodeURIComponent(`${record.name}: ${link}`)}`);
    expect(whatsApp).toBe(`https://wa.me/?text=${encodeURIComponent(`${record.name}: ${link}`)}`);
    expect(`${sms}${whatsApp}`).not.toMatch(/abogado|60623/);
  });

  it('copies the link and says so, or says it could not', async () => {
    withShare(undefined);
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<ShareListing record={record} />);
    fireEvent.click(screen.getByRole('button', { name: text.copyLink }));
    expect(await screen.findByText(text.linkCopied)).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/#lang=en&id=${record.id}`);

    writeText.mockImplementation(() => Promise.reject(new Error('denied')));
    fireEvent.click(screen.getByRole('button', { name: text.copyLink }));
    expect(await screen.findByText(text.copyFailed)).toBeInTheDocument();
  });
});
