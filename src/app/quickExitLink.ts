/**
 * Quick exit in the frame that index.html paints before the app has drawn. As a plain link it would add
 * this page to the history, and Back would show it again. From the moment the early script (./early.ts)
 * runs, it leaves the way the app's button does (./quickExit.ts): the search wiped from this entry, and
 * the entry replaced by the link's page. Escape pressed twice leaves too, as it does in the app. The app's
 * button is a <button>, so once the app has drawn there is no link and this leaves it to the app.
 */

/** The app's window for two presses of Escape (./quickExit.ts). */
const DOUBLE_PRESS_MS = 1000;

function leaveBy(link: HTMLAnchorElement): void {
  history.replaceState(null, '', location.pathname);
  location.replace(link.href);
}

addEventListener('click', (event) => {
  const link = event.target;
  if (!(link instanceof HTMLAnchorElement) || !link.matches('.quick-exit')) return;
  event.preventDefault();
  leaveBy(link);
});

let lastEscape = Number.NEGATIVE_INFINITY;
addEventListener(
  'keydown',
  (event) => {
    if (event.key !== 'Escape') return;
    const link = document.querySelector('a.quick-exit');
    if (link instanceof HTMLAnchorElement && event.timeStamp - lastEscape <= DOUBLE_PRESS_MS) leaveBy(link);
    lastEscape = event.timeStamp;
  },
  { capture: true },
);
