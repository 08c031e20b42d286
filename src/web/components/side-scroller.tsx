import SwipeIcon from '@mui/icons-material/SwipeOutlined';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';

/** Whether the scroller hides part of its content on either side, kept up to date. */
function useOverflow() {
  const ref = useRef<HTMLDivElement>(null);
  const [hidden, setHidden] = useState({ before: false, after: false });
  const measure = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    const before = el.scrollLeft > 1;
    const after = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
    setHidden((h) => (h.before === before && h.after === after ? h : { before, after }));
  }, []);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(el);
    el.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer?.disconnect();
      el.removeEventListener('scroll', measure);
    };
  }, [measure]);
  return [ref, hidden] as const;
}

/** A soft shadow on the side where the content goes on past the edge. */
function EdgeShadow({ side }: { side: 'left' | 'right' }) {
  return (
    <Box
      aria-hidden="true"
      sx={{
        position: 'absolute',
        top: 0,
        bottom: 0,
        [side]: 0,
        width: 20,
        pointerEvents: 'none',
        background: (theme) =>
          `linear-gradient(to ${side === 'left' ? 'right' : 'left'}, ${theme.palette.text.primary}40, transparent)`,
        opacity: 0.5,
      }}
    />
  );
}

interface SideScrollerProps {
  /** Names the scrolling group, e.g. "Weekly schedule in Europe/Berlin". */
  label: string;
  /** What lies past the right edge, then past the left one: "the later hours", "the earlier hours". */
  hiddenWords: readonly [after: string, before: string];
  children: ReactNode;
}

/**
 * Content that scrolls sideways when it is wider than the room it has, and never silently: a
 * shadow on each side that goes on, and a line saying which way to scroll. Focusable, so the
 * keyboard scrolls it too. The content is a size container (CSS container queries work in it).
 */
export function SideScroller({ label, hiddenWords, children }: SideScrollerProps) {
  const [scroller, overflow] = useOverflow();
  return (
    <>
      <Box sx={{ position: 'relative' }}>
        <Box
          ref={scroller}
          tabIndex={0}
          role="group"
          aria-label={label}
          sx={{
            overflowX: 'auto',
            containerType: 'inline-size',
            pb: 0.5,
            '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: 2 },
          }}
        >
          {children}
        </Box>
        {overflow.before && <EdgeShadow side="left" />}
        {overflow.after && <EdgeShadow side="right" />}
      </Box>
      {(overflow.before || overflow.after) && (
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', mt: 0.5 }}>
          <SwipeIcon fontSize="inherit" color="action" aria-hidden="true" />
          <Typography variant="caption" color="text.secondary">
            Scroll sideways for {overflow.after ? hiddenWords[0] : hiddenWords[1]}
          </Typography>
        </Stack>
      )}
    </>
  );
}
