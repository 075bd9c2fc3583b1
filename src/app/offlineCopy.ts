import { useSyncExternalStore } from 'react';

/**
 * The service worker that keeps the app and its listings on the device (see scripts/offlineCopy.ts
 * for what it keeps). Only the production build has one.
 */

const WORKER_URL = `${import.meta.env.BASE_URL}sw.js`;

function canWorkOffline(): boolean {
  return import.meta.env.PROD && 'serviceWorker' in navigator;
}

let pendingUpdate: (() => void) | null = null;
const updateListeners = new Set<() => void>();

/** The way to move onto a newer version, once one is waiting; null until then. */
export function useUpdateReady(): (() => void) | null {
  return useSyncExternalStore(
    (onChange) => {
      updateListeners.add(onChange);
      return () => updateListeners.delete(onChange);
    },
    () => pendingUpdate,
    () => null,
  );
}

function offerUpdate(update: () => void): void {
  pendingUpdate = update;
  for (const listener of updateListeners) listener();
}

/** How long to wait for a quiet moment before registering the worker anyway. */
const IDLE_TIMEOUT_MS = 5000;

/**
 * Registers the worker once the page has loaded and the browser is idle: installing it downloads the
 * whole app and its data again for the offline copy, which on a slow phone must not compete with the
 * first visit's own files and first render.
 */
export function startOfflineCopy(): void {
  if (!canWorkOffline()) return;
  const whenIdle = () => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(registerWorker, { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(registerWorker, 0);
  };
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}

/**
 * A newer version, once waiting, is offered through useUpdateReady(): accepting it moves every open
 * tab onto it at once (each reloads), so no page keeps asking for files it removed.
 */
function registerWorker(): void {
  const container = navigator.serviceWorker;
  const hadController = container.controller !== null;
  let reloading = false;
  container.addEventListener('controllerchange', function reloadOntoNewVersion() {
    if (!hadController || reloading) return;
    reloading = true;
    window.location.reload();
  });
  container
    .register(WORKER_URL)
    .then((registration) => {
      const offer = (worker: ServiceWorker) => {
        if (container.controller) offerUpdate(() => worker.postMessage({ type: 'SKIP_WAITING' }));
      };
      if (registration.waiting) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          if (installing.state === 'installed') offer(installing);
        });
      });
      return container.ready;
    })
    .then(keepLoadedFilesOffline)
    .catch((error: unknown) => console.warn('The offline copy could not be set up:', error));
}

/**
 * Files fetched before the worker took over (this visit's language, on the first visit) are not in
 * its cache yet: ask it to keep them too. Called again after each change of language.
 */
export function keepLoadedFilesOffline(): void {
  if (!canWorkOffline()) return;
  const ownFiles = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => new URL(url).origin === window.location.origin && url.includes('/assets/lang/'));
  if (ownFiles.length === 0) return;
  void navigator.serviceWorker.ready.then((registration) =>
    registration.active?.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: ownFiles } }),
  );
}

/** Removes the offline copy: the worker and everything it cached. The next visit starts from the network. */
export async function forgetOfflineCopy(): Promise<void> {
  if ('serviceWorker' in navigator) {
    const registrations = await navigator.serviceWorker.getRegistrations();
    await Promise.all(registrations.map((registration) => registration.unregister()));
  }
  if ('caches' in window) {
    const names = await caches.keys();
    await Promise.all(names.map((name) => caches.delete(name)));
  }
}
