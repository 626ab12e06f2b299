/** Props every styled component of the kit takes. */
export interface StylingProps {
  /** Extra class names for the root element, added after the kit's own. */
  className?: string;
  /** Drops the kit's `rk-…` class names so that only the host's styles apply; data attributes stay. */
  unstyled?: boolean;
}

/** Makes a component's part class names: `rk-Root rk-<Component>` for the root, `rk-<Component>-<part>` for parts. */
export type PartClassName = (part?: string, extra?: string) => string | undefined;

/**
 * Returns a function giving stable part class names (as Tremor's `makeClassName`), or none when
 * `unstyled`. Hosts style the kit through these names, its tokens and its data attributes.
 * @example const cn = partClassName('KpiCard', props); cn('value') // 'rk-KpiCard-value'
 */
export function partClassName(component: string, { unstyled, className }: StylingProps = {}): PartClassName {
  return (part, extra) => {
    // Every root also carries `rk-Root`, which sets the kit's type and colours on it.
    const own = unstyled ? undefined : part ? `rk-${component}-${part}` : `rk-Root rk-${component}`;
    const host = part === undefined ? className : undefined;
    // `extra` holds the kit's shared classes (`rk-Button`): unstyled drops them too.
    const names = [own, host, unstyled ? undefined : extra].filter(Boolean).join(' ');
    return names || undefined;
  };
}
