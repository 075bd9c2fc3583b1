/** What bench/map.html offers the benchmark script that drives it. */
declare global {
  interface Window {
    benchReady?: boolean;
    renderMap?: () => Promise<number>;
    startFrames?: () => void;
    stopFrames?: () => number[];
  }
}

export {};
