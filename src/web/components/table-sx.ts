/**
 * Table styles shared by every list: cells that give way on narrow screens, and text read by
 * screen readers but not shown (sizes in px: a bare 1 means 100% to MUI).
 */
export const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/** Shown from the small breakpoint up. */
export const mediumCell = { display: { xs: 'none', sm: 'table-cell' } } as const;
/** Shown from the medium breakpoint up. */
export const wideCell = { display: { xs: 'none', md: 'table-cell' } } as const;
