import { forwardRef, useEffect, type ElementType, type ReactNode } from 'react';

/** Props Radix Dialog passes to `react-remove-scroll`'s `RemoveScroll`; only `as` matters here. */
interface LockPageScrollProps {
  as?: ElementType;
  children?: ReactNode;
  allowPinchZoom?: boolean;
  shards?: unknown;
}

let locks = 0;
let overflowBefore = '';

/**
 * Stands in for `react-remove-scroll` in the embed build (aliased in tsup.embed.config.ts). The
 * original locks page scroll by injecting a `<style>` element, which a strict CSP (`style-src
 * 'self'`) blocks and reports; setting `overflow` through the CSSOM is allowed.
 */
export const RemoveScroll = forwardRef<HTMLElement, LockPageScrollProps>(function RemoveScroll(
  { as: Component = 'div', allowPinchZoom: _pinch, shards: _shards, ...rest },
  ref,
) {
  useEffect(() => {
    const { style } = document.documentElement;
    if (locks === 0) overflowBefore = style.overflow;
    locks += 1;
    style.overflow = 'hidden';
    return () => {
      locks -= 1;
      if (locks === 0) style.overflow = overflowBefore;
    };
  }, []);
  return <Component ref={ref} {...rest} />;
});
