import { useId } from 'react';
import type { NetworkRing } from '../../../core';
import { useResultSource, type ResultSourceProps } from '../../context/useResultSource';
import { formatMessage } from '../../i18n/formatMessage';
import { formatValue } from '../../utils/formatValue';
import { headingTag, type HeadingLevel } from '../../utils/heading';
import { partClassName, type StylingProps } from '../../utils/partClassName';
import { visuallyHidden } from '../../utils/visuallyHidden';
import { computeRingStrengths } from './ringStrengths';

/** Props of `NetworkRings`. */
export interface NetworkRingsProps extends ResultSourceProps, StylingProps {
  /** The rings, innermost first (e.g. `socialMediaReference.networkRings`); default: the provider's `reference`, else none. */
  rings?: readonly NetworkRing[];
  /** Show the table of tie strengths under the chart (default true); when false it stays for screen readers only. */
  showTable?: boolean;
  /** The heading's text (default: the `network.title` message). */
  title?: string;
  /** The heading level (default 2). */
  headingLevel?: HeadingLevel;
}

// Geometry of the chart, in viewBox units: the company in the middle, then one band per ring.
const SIZE = 360;
const CENTRE = SIZE / 2;
const COMPANY_RADIUS = 40;
const BAND = 30;
const GAP = 4;
const MAX_DRAWN_RINGS = 4;

/** Shortens a name to `length` characters with an ellipsis; the table below always has it in full. */
function shorten(name: string, length: number): string {
  const room = Math.max(6, length);
  return name.length > room ? `${name.slice(0, room - 1).trimEnd()}…` : name;
}

/**
 * The company's industry network as concentric rings (seed 2's picture: employees, customers,
 * partners, influencers), each with how strong the ties to it are, from the network answers. Each
 * ring's arc is as long as its tie strength and labelled with its percentage; the chart is hidden
 * from screen readers, which read the table of rings and strengths instead. Renders nothing when
 * there are no rings.
 * @example <NetworkRings profile={profile} showTable={false} />
 */
export function NetworkRings(props: NetworkRingsProps) {
  const { showTable = true, title, headingLevel = 2, className, unstyled } = props;
  const { profile, locale, messages, text, reference } = useResultSource('NetworkRings', props);
  const cn = partClassName('NetworkRings', { className, unstyled });
  const id = useId();
  const rings = props.rings ?? reference?.networkRings ?? [];
  if (rings.length === 0) return null;

  const strengths = computeRingStrengths(profile, rings);
  const Heading = headingTag(headingLevel);
  const percent = (strength: number) => formatValue(Math.round(strength * 100), 'percent', { locale });
  // More rings than the default four get thinner bands so that they still fit.
  const band = rings.length > MAX_DRAWN_RINGS ? (BAND * MAX_DRAWN_RINGS) / rings.length : BAND;
  const gap = rings.length > MAX_DRAWN_RINGS ? (GAP * MAX_DRAWN_RINGS) / rings.length : GAP;

  // The SVG is laid out in left-to-right coordinates: `direction="ltr"` keeps its text anchors there on a right-to-left page (each label keeps its own bidi).
  return (
    <section className={cn()} aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className={cn('title', 'rk-Heading')}>
        {title ?? messages['network.title']}
      </Heading>
      <p className={cn('description')}>{messages['network.description']}</p>
      <svg direction="ltr" className={cn('chart')} viewBox={`0 0 ${SIZE} ${SIZE}`} aria-hidden="true" focusable="false">
        {strengths
          .map((item, index) => ({ ...item, index, radius: COMPANY_RADIUS + gap + band / 2 + index * (band + gap) }))
          .reverse()
          .map(({ ring, strength, level, radius, index }) => {
            // The strength arc runs in the inner half of the band, the label along its outer half.
            const arcRadius = radius - band * 0.22;
            const arcWidth = band * 0.35;
            const fontSize = Math.min(11, band * 0.38);
            const baseline = radius + band * 0.38;
            const pathId = `${id}-ring-${index}`;
            const value = strength === null ? messages['network.notAnswered'] : percent(strength);
            // The label follows the lower half of the ring; a name longer than that half is shortened.
            const room = Math.floor((Math.PI * baseline * 0.9) / (fontSize * 0.6));
            const name = shorten(text(ring.label), room - value.length - 2);
            return (
              <g key={ring.id} className={cn('ring')} data-ring={ring.id} data-level={level ?? 'unanswered'}>
                <circle
                  className={cn('band')}
                  cx={CENTRE}
                  cy={CENTRE}
                  r={radius}
                  fill="none"
                  stroke="currentColor"
                  strokeOpacity={0.06}
                  strokeWidth={band}
                />
                <circle
                  className={cn('track')}
                  cx={CENTRE}
                  cy={CENTRE}
                  r={arcRadius}
                  fill="none"
                  stroke="currentColor"
                  strokeOpacity={0.25}
                  strokeWidth={arcWidth}
                  strokeDasharray={strength === null ? '3 3' : undefined}
                />
                {strength !== null && strength > 0 && (
                  <circle
                    className={cn('arc')}
                    cx={CENTRE}
                    cy={CENTRE}
                    r={arcRadius}
                    fill="none"
                    stroke="currentColor"
                    strokeWidth={arcWidth}
                    pathLength={100}
                    strokeDasharray={`${strength * 100} 100`}
                    transform={`rotate(-90 ${CENTRE} ${CENTRE})`}
                  />
                )}
                <path
                  id={pathId}
                  d={`M ${CENTRE - baseline} ${CENTRE} A ${baseline} ${baseline} 0 0 0 ${CENTRE + baseline} ${CENTRE}`}
                  fill="none"
                />
                <text className={cn('ringLabel')} fontSize={fontSize} fill="currentColor">
                  <textPath href={`#${pathId}`} startOffset="50%" textAnchor="middle">
                    {`${name}: ${value}`}
                  </textPath>
                </text>
              </g>
            );
          })}
        <circle className={cn('company')} cx={CENTRE} cy={CENTRE} r={COMPANY_RADIUS} fill="currentColor" fillOpacity={0.08} />
        <text
          className={cn('companyLabel')}
          x={CENTRE}
          y={CENTRE}
          textAnchor="middle"
          dominantBaseline="central"
          fontSize={12}
          fill="currentColor"
        >
          {messages['network.company']}
        </text>
      </svg>
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
            {strengths.map(({ ring, strength, level }) => (
              <tr key={ring.id} className={cn('row')} data-ring={ring.id} data-level={level ?? 'unanswered'}>
                <th scope="row" className={cn('ringName')}>
                  {text(ring.label)}
                </th>
                <td className={cn('ringDescription')}>{text(ring.description)}</td>
                <td className={cn('strength')}>
                  {strength === null || level === null
                    ? messages['network.notAnswered']
                    : formatMessage(messages, 'network.strengthValue', {
                        level: messages[`network.level.${level}`],
                        percent: percent(strength),
                      })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
