import type { Boundaries } from '../geo/loadGeography';

export interface NumberedPoint {
  number: number;
  latitude: number;
  longitude: number;
}

type Ring = [number, number][];

interface LocatorMapProps {
  boundaries: Boundaries;
  /** A community area's name or a ZIP code. */
  area: string;
  points: readonly NumberedPoint[];
  label: string;
}

const WIDTH = 1000;

/**
 * The area's outline, its neighbours and the numbered services, drawn from the boundary files: a map
 * that prints crisp in black and white and needs no tiles and no network.
 */
export function LocatorMap({ boundaries, area, points, label }: LocatorMapProps) {
  const wanted = area.trim().toLowerCase();
  const target: Ring[] = [
    ...boundaries.areas.features.filter(({ properties }) => properties.name.toLowerCase() === wanted),
    ...boundaries.zips.features.filter(({ properties }) => properties.zip === wanted),
  ].flatMap(({ geometry }) => geometry.coordinates.flat());
  const located = [...target.flat(), ...points.map(({ latitude, longitude }): [number, number] => [longitude, latitude])];
  if (located.length === 0) return null;

  const longitudes = located.map(([longitude]) => longitude);
  const latitudes = located.map(([, latitude]) => latitude);
  const [west, east, south, north] = [Math.min(...longitudes), Math.max(...longitudes), Math.min(...latitudes), Math.max(...latitudes)];
  // A degree of longitude is shorter than one of latitude this far north.
  const squeeze = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const spanX = Math.max((east - west) * squeeze, 0.004);
  const spanY = Math.max(north - south, 0.004);
  const scale = (WIDTH * 0.9) / Math.max(spanX, spanY * 1.4);
  const height = Math.round(spanY * scale + WIDTH * 0.1);
  const x = (longitude: number) => WIDTH / 2 + (longitude - (west + east) / 2) * squeeze * scale;
  const y = (latitude: number) => height / 2 - (latitude - (south + north) / 2) * scale;
  const path = (rings: readonly Ring[]) =>
    rings.map((ring) => `M${ring.map(([longitude, latitude]) => `${x(longitude).toFixed(1)} ${y(latitude).toFixed(1)}`).join('L')}Z`).join('');

  return (
    <svg className="locator-map" role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${height}`} preserveAspectRatio="xMidYMid meet">
      <rect width={WIDTH} height={height} fill="#fff" />
      {boundaries.areas.features.map(({ properties, geometry }) => (
        <path key={properties.number} d={path(geometry.coordinates.flat())} fill="none" stroke="#999" strokeWidth={2} />
      ))}
      <path d={path(target)} fill="#eee" stroke="#000" strokeWidth={5} />
      {points.map(({ number, latitude, longitude }) => (
        <g key={number} transform={`translate(${x(longitude).toFixed(1)} ${y(latitude).toFixed(1)})`}>
          <circle r={20} fill="#000" stroke="#fff" strokeWidth={3} />
          <text textAnchor="middle" dominantBaseline="central" fill="#fff" fontSize={number > 99 ? 16 : 22} fontWeight="bold">
            {number}
          </text>
        </g>
      ))}
    </svg>
  );
}
