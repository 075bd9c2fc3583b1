import { messages } from '../i18n/messages';
import { useId, useMemo } from 'react';
import type { Unit } from '../filters/searchState';
import type { Boundaries } from '../geo/loadGeography';
import type { PlacedLabel } from './locatorLabels';
import { LAKE_FONT, locatorLayout, STREET_FONT, type NumberedPoint, type ScaleBar } from './locatorLayout';
import { useMapStreets } from './useMapStreets';

export type { NumberedPoint } from './locatorLayout';

interface LocatorMapProps {
  boundaries: Boundaries;
  /** A community area's name or a ZIP code. */
  area: string;
  points: readonly NumberedPoint[];
  label: string;
  /** The scale bar's unit. */
  unit?: Unit;
}

/**
 * The area's outline, its neighbours, the main streets, the lake and the numbered services, drawn from the boundary
 * files and the street table: a map that prints crisp in black and white and needs no tiles. The streets come later
 * than the rest, or never if their table fails to load; the map is whole without them.
 */
export function LocatorMap({ boundaries, area, points, label, unit = 'mi' }: LocatorMapProps) {
  const streets = useMapStreets();
  const layout = useMemo(() => locatorLayout({ boundaries, area, points, streets, unit }), [boundaries, area, points, streets, unit]);
  const ids = useId();
  if (!layout) return null;
  const { width, height } = layout;
  const landId = `${ids}-land`;
  const waterId = `${ids}-water`;

  return (
    <svg className="locator-map" role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="xMidYMid meet">
      <defs>
        <clipPath id={landId}>
          <path d={layout.landPath} />
        </clipPath>
        <pattern id={waterId} width={12} height={12} patternUnits="userSpaceOnUse">
          <rect width={12} height={12} fill="#eee" />
          <path d="M0 6h12" stroke="#bbb" strokeWidth={1.5} />
        </pattern>
      </defs>
      <rect width={width} height={height} fill="#fff" />
      {layout.lakePath ? <path className="locator-lake" d={layout.lakePath} fill={`url(#${waterId})`} /> : null}
      <path d={layout.targetPath} fill="#eee" />
      <g className="locator-streets" clipPath={`url(#${landId})`} fill="none" stroke="#b3b3b3" strokeWidth={4} strokeLinejoin="round">
        {layout.streetPaths.map(({ key, d }) => (
          <path key={key} d={d} />
        ))}
      </g>
      {layout.areaPaths.map(({ key, d }) => (
        <path key={key} d={d} fill="none" stroke="#999" strokeWidth={1.5} strokeDasharray="8 5" />
      ))}
      <path d={layout.targetPath} fill="none" stroke="#000" strokeWidth={5} />
      {layout.streetNames.map(({ name, x, y, angle }) => (
        <text
          key={name}
          className="locator-street-name"
          x={x.toFixed(1)}
          y={y.toFixed(1)}
          transform={`rotate(${angle.toFixed(1)} ${x.toFixed(1)} ${y.toFixed(1)})`}
          textAnchor="middle"
          dominantBaseline="central"
          fontSize={STREET_FONT}
          fill="#444"
          stroke="#fff"
          strokeWidth={4}
          strokeLinejoin="round"
          paintOrder="stroke"
        >
          {name}
        </text>
      ))}
      {layout.lakeLabel ? (
        <text x={layout.lakeLabel.x} y={layout.lakeLabel.y} textAnchor="middle" fontSize={LAKE_FONT} fontStyle="italic" fill="#444">
          {messages.map.lake}
        </text>
      ) : null}
      <NumberLabels labels={layout.labels} />
      <ScaleBarMark bar={layout.scaleBar} />
      <NorthArrow x={layout.northArrow.left + 20} y={layout.northArrow.top} />
    </svg>
  );
}

function NumberLabels({ labels }: { labels: readonly PlacedLabel[] }) {
  return (
    <g className="locator-labels">
      {labels.flatMap(({ numbers, uncovered, x, y }) =>
        uncovered.map((point, index) => (
          <g key={`${numbers.join('-')}-${index}`} className="locator-leader">
            <line x1={point.x.toFixed(1)} y1={point.y.toFixed(1)} x2={x.toFixed(1)} y2={y.toFixed(1)} stroke="#000" strokeWidth={1.5} />
            <circle cx={point.x.toFixed(1)} cy={point.y.toFixed(1)} r={4.5} fill="#000" stroke="#fff" strokeWidth={1.5} />
          </g>
        )),
      )}
      {labels.map(({ numbers, lines, shape, x, y, halfWidth, halfHeight, fontSize }) => (
        <g key={numbers.join('-')} className="locator-label" data-numbers={numbers.join(' ')}>
          {shape === 'circle' ? (
            <circle cx={x.toFixed(1)} cy={y.toFixed(1)} r={halfWidth} fill="#000" stroke="#fff" strokeWidth={3} />
          ) : (
            <rect
              x={(x - halfWidth).toFixed(1)}
              y={(y - halfHeight).toFixed(1)}
              width={(2 * halfWidth).toFixed(1)}
              height={(2 * halfHeight).toFixed(1)}
              rx={halfHeight > halfWidth ? halfWidth : Math.min(halfHeight, 14)}
              fill="#000"
              stroke="#fff"
              strokeWidth={3}
            />
          )}
          <text textAnchor="middle" dominantBaseline="central" fill="#fff" fontSize={fontSize} fontWeight="bold">
            {lines.map((line, index) => (
              <tspan key={line} x={x.toFixed(1)} y={(y + (index - (lines.length - 1) / 2) * fontSize * 1.15).toFixed(1)}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
    </g>
  );
}

function ScaleBarMark({ bar }: { bar: ScaleBar }) {
  const { x, y, length, text, box } = bar;
  const half = length / 2;
  return (
    <g className="locator-scale">
      <rect x={box.left} y={box.top} width={box.right - box.left} height={box.bottom - box.top} fill="#fff" stroke="#000" strokeWidth={1} />
      <rect x={x} y={y - 10} width={half} height={10} fill="#000" />
      <rect x={x + half} y={y - 10} width={half} height={10} fill="#fff" stroke="#000" strokeWidth={2} />
      <text x={x} y={y - 18} fontSize={18} fill="#000">
        0
      </text>
      <text x={x + length} y={y - 18} textAnchor="end" fontSize={18} fill="#000">
        {text}
      </text>
    </g>
  );
}

function NorthArrow({ x, y }: { x: number; y: number }) {
  return (
    <g className="locator-north" aria-hidden="true">
      <path d={`M${x} ${y}L${x + 13} ${y + 36}L${x} ${y + 28}L${x - 13} ${y + 36}Z`} fill="#000" />
      <text x={x} y={y + 62} textAnchor="middle" fontSize={24} fontWeight="bold" fill="#000">
        N
      </text>
    </g>
  );
}
