import { useId } from 'react';
import type { NetworkRing } from '../../../core';
import { useResultSource, type ResultSourceProps } from '../../context/useResultSource';
import { formatMessage } from '../../i18n/formatMessage';
import { formatValue } from '../../utils/formatValue';
import { headingTag, type HeadingLevel } from '../../utils/heading';
import { partClassName, type StylingProps } from '../../utils/partClassName';
import { visuallyHidden } from '../../utils/visuallyHidden';
import { useFrameSize } from '../../utils/useFrameSize';
import { wrapBalanced } from '../../utils/textMetrics';
import { computeRingStrengths } from './ringStrengths';

/** Props of `NetworkRings`. */
export interface NetworkRingsProps extends ResultSourceProps, StylingProps {
  /** The rings, innermost first (e.g. `socialMediaReference.networkRings`); default: the provider's `reference`, else none. */
  rings?: readonly NetworkRing[];
  /** Show the table of tie strengths under the chart (default true); when false it stays for screen readers only, and a key names the rings. */
  showTable?: boolean;
  /** The heading's text (default: the `network.title` message). */
  title?: string;
  /** The heading level (default 2). */
  headingLevel?: HeadingLevel;
}

// Geometry, in units of a 360-wide drawing scaled to the measured width: the company in the middle, then one band per ring.
const UNITS = 360;
const COMPANY_RADIUS = 52;
const BAND = 26;
const GAP = 4;
const MAX_DRAWN_RINGS = 4;
/** The chart's largest size in px (24rem at a 16 px root); it is centred in a wider frame. */
const MAX_SIZE = 384;
/** Until measured (and on a server): a phone's column, and the kit's small label size. */
const FALLBACK = { width: 320, fontSize: 12.8 } as const;
/** The chart palette has six colours; rings beyond take them again. */
const PALETTE_SIZE = 6;

/** A ring's number on the chart and in the table or key: where the picture and the words meet. */
function RingKey({ number, className }: { number: string; className: string | undefined }) {
  return (
    <span className={className} aria-hidden="true">
      {number}
    </span>
  );
}

/**
 * The company's industry network as concentric rings (seed 2's picture: employees, customers,
 * partners, influencers), each with how strong the ties to it are, from the network answers. Each
 * ring's arc is as long as its tie strength and carries the ring's number; the table below (or, with
 * `showTable={false}`, a key) names the numbered rings and says each strength once, in words and
 * percent. The chart is drawn in real pixels for its width, so its text keeps its size on a phone;
 * it is hidden from screen readers, which read the table. Renders nothing when there are no rings.
 * @example <NetworkRings profile={profile} showTable={false} />
 */
export function NetworkRings(props: NetworkRingsProps) {
  const { showTable = true, title, headingLevel = 2, className, unstyled } = props;
  const { profile, locale, messages, text, reference } = useResultSource('NetworkRings', props);
  const cn = partClassName('NetworkRings', { className, unstyled });
  const id = useId();
  const { frameRef, textRef, size: frame } = useFrameSize<HTMLDivElement, SVGSVGElement>(FALLBACK);
  const rings = props.rings ?? reference?.networkRings ?? [];
  if (rings.length === 0) return null;

  const strengths = computeRingStrengths(profile, rings);
  const Heading = headingTag(headingLevel);
  const percent = (strength: number) => formatValue(Math.round(strength * 100), 'percent', { locale });
  const number = (index: number) => formatValue(index + 1, 'count', { locale });
  const strengthText = (strength: number | null, level: (typeof strengths)[number]['level']) =>
    strength === null || level === null
      ? messages['network.notAnswered']
      : formatMessage(messages, 'network.strengthValue', { level: messages[`network.level.${level}`], percent: percent(strength) });

  const size = Math.min(frame.width, MAX_SIZE);
  const unit = size / UNITS;
  const centre = size / 2;
  const fontSize = frame.fontSize;
  // More rings than the default four get thinner bands so that they still fit.
  const crowded = rings.length > MAX_DRAWN_RINGS ? MAX_DRAWN_RINGS / rings.length : 1;
  const band = BAND * crowded * unit;
  const gap = GAP * crowded * unit;
  const companyRadius = COMPANY_RADIUS * unit;
  const badgeRadius = Math.max(band / 2 - unit, fontSize * 0.75);
  // Numbers that would touch their neighbours' (thin bands) alternate between two angles.
  const staggered = band + gap < 2 * badgeRadius + 2;
  const companyLines = wrapBalanced(messages['network.company'], companyRadius * 1.7, fontSize);
  const lineHeight = fontSize * 1.2;

  // The SVG is laid out in left-to-right coordinates: `direction="ltr"` keeps its text anchors there on a right-to-left page (each label keeps its own bidi).
  return (
    <section className={cn()} aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className={cn('title', 'rk-Heading')}>
        {title ?? messages['network.title']}
      </Heading>
      <p className={cn('description')}>{messages['network.description']}</p>
      <div ref={frameRef} className={cn('frame')}>
        <svg
          ref={textRef}
          direction="ltr"
          className={cn('chart')}
          width={size}
          height={size}
          viewBox={`0 0 ${size} ${size}`}
          aria-hidden="true"
          focusable="false"
        >
          {strengths
            .map((item, index) => ({ ...item, index, radius: companyRadius + gap + band / 2 + index * (band + gap) }))
            .reverse()
            .map(({ ring, strength, level, radius, index }) => {
              // The strength arc runs along the middle of the band, on a track as long as the whole ring.
              const arcWidth = band * 0.45;
              const angle = Math.PI / 2 + (staggered && index % 2 === 1 ? 0.45 : 0);
              const badge = { x: centre + radius * Math.cos(angle), y: centre + radius * Math.sin(angle) };
              return (
                <g
                  key={ring.id}
                  className={cn('ring')}
                  data-ring={ring.id}
                  data-level={level ?? 'unanswered'}
                  data-palette={(index % PALETTE_SIZE) + 1}
                >
                  <circle className={cn('band')} cx={centre} cy={centre} r={radius} fill="none" stroke="currentColor" strokeOpacity={0.06} strokeWidth={band} />
                  <circle
                    className={cn('track')}
                    cx={centre}
                    cy={centre}
                    r={radius}
                    fill="none"
                    stroke="currentColor"
                    strokeOpacity={0.25}
                    strokeWidth={arcWidth}
                    strokeDasharray={strength === null ? '3 3' : undefined}
                  />
                  {strength !== null && strength > 0 && (
                    <circle
                      className={cn('arc')}
                      cx={centre}
                      cy={centre}
                      r={radius}
                      fill="none"
                      stroke="currentColor"
                      strokeWidth={arcWidth}
                      strokeLinecap="round"
                      pathLength={100}
                      strokeDasharray={`${strength * 100} 100`}
                      transform={`rotate(-90 ${centre} ${centre})`}
                    />
                  )}
                  <g className={cn('badge')}>
                    <circle className={cn('badgeDisc')} cx={badge.x} cy={badge.y} r={badgeRadius} fill="none" stroke="currentColor" strokeWidth={2} />
                    <text className={cn('badgeNumber')} x={badge.x} y={badge.y} textAnchor="middle" dominantBaseline="central" fill="currentColor">
                      {number(index)}
                    </text>
                  </g>
                </g>
              );
            })}
          <circle className={cn('company')} cx={centre} cy={centre} r={companyRadius} fill="currentColor" fillOpacity={0.08} />
          <text
            className={cn('companyLabel')}
            y={centre - ((companyLines.length - 1) * lineHeight) / 2}
            textAnchor="middle"
            dominantBaseline="central"
            fill="currentColor"
          >
            {companyLines.map((line, index) => (
              <tspan key={index} x={centre} dy={index === 0 ? 0 : lineHeight}>
                {line}
              </tspan>
            ))}
          </text>
        </svg>
      </div>
      {!showTable && (
        // The chart's key for sighted readers; screen readers read the same in the table.
        <ol className={cn('key')} aria-hidden="true">
          {strengths.map(({ ring, strength, level }, index) => (
            <li key={ring.id} className={cn('keyItem')} data-ring={ring.id} data-level={level ?? 'unanswered'} data-palette={(index % PALETTE_SIZE) + 1}>
              <RingKey number={number(index)} className={cn('ringNumber')} />
              <span className={cn('keyName')}>{text(ring.label)}</span>
              <span className={cn('keyStrength')}>{strengthText(strength, level)}</span>
            </li>
          ))}
        </ol>
      )}
      {/* A wrapper, not the table, is hidden: a table box ignores the 1px width and would widen the page. */}
      <div className={cn('tableWrapper')} style={showTable ? undefined : visuallyHidden} data-state={showTable ? 'visible' : 'hidden'}>
        <table className={cn('table')}>
          <caption className={cn('caption')}>{messages['network.tableCaption']}</caption>
          <thead>
            <tr>
              <th scope="col" className={cn('headerCell')}>{messages['network.ring']}</th>
              <th scope="col" className={cn('headerCell')}>{messages['network.who']}</th>
              <th scope="col" className={cn('headerCell')}>{messages['network.strength']}</th>
            </tr>
          </thead>
          <tbody>
            {strengths.map(({ ring, strength, level }, index) => (
              <tr key={ring.id} className={cn('row')} data-ring={ring.id} data-level={level ?? 'unanswered'} data-palette={(index % PALETTE_SIZE) + 1}>
                <th scope="row" className={cn('ringName')}>
                  <span className={cn('ringHeader')}>
                    <RingKey number={number(index)} className={cn('ringNumber')} />
                    <span className={cn('ringText')}>{text(ring.label)}</span>
                  </span>
                </th>
                <td className={cn('ringDescription')}>{text(ring.description)}</td>
                <td className={cn('strength')}>{strengthText(strength, level)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
