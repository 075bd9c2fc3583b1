import { useEffect, useState } from 'react';
import type ServiceMap from '../map/ServiceMap';

type ServiceMapComponent = typeof ServiceMap;

let loaded: ServiceMapComponent | undefined;
let loading: Promise<ServiceMapComponent> | undefined;

/** Starts fetching and running the map's code, once; main.tsx calls it at start, beside the listings. */
export function loadServiceMap(): Promise<ServiceMapComponent> {
  loading ??= import('../map/ServiceMap').then((module) => {
    loaded = module.default;
    return module.default;
  });
  return loading;
}

/**
 * The map component, or null while its code loads. Not React.lazy: a lazy component shows its fallback
 * first even when its code is already here, and React then holds the map back for 300 ms after any
 * fallback, so that content does not flicker. Here a map whose code has arrived is drawn with the list,
 * and one that arrives later is drawn as soon as it does. A failed load is thrown to the error boundary.
 */
export function useServiceMap(): ServiceMapComponent | null {
  const [component, setComponent] = useState<ServiceMapComponent | null>(() => loaded ?? null);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  useEffect(() => {
    if (component) return undefined;
    let current = true;
    loadServiceMap().then(
      (arrived) => {
        if (current) setComponent(() => arrived);
      },
      (error: unknown) => {
        if (current) setFailure({ error });
      },
    );
    return () => {
      current = false;
    };
  }, [component]);
  if (failure) throw failure.error;
  return component;
}
