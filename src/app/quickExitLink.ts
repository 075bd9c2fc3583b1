/**
 * Quick exit in the frame that index.html paints before the app has drawn. As a plain link it would add
 * this page to the history, and Back would show it again. From the moment the early script (./early.ts)
 * runs, it leaves the way the app's button does (./quickExit.ts): the search wiped from this entry, and
 * the entry replaced by the link's page. The app's button is a <button>, so this leaves it alone.
 */
addEventListener('click', (event) => {
  const link = event.target;
  if (!(link instanceof HTMLAnchorElement) || !link.matches('.quick-exit')) return;
  event.preventDefault();
  history.replaceState(null, '', location.pathname);
  location.replace(link.href);
});
