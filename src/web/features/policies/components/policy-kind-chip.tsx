import Chip from '@mui/material/Chip';

/** System policies come with the organization and are read-only; custom ones are its own. */
export function PolicyKindChip({ system }: { system: boolean }) {
  return (
    <Chip
      size="small"
      variant="outlined"
      color={system ? 'secondary' : 'default'}
      label={system ? 'System' : 'Custom'}
    />
  );
}
