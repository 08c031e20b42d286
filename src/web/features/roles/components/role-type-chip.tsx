import Chip from '@mui/material/Chip';
/** `assignable` or `assumable`; any other word an upstream sends is shown as it came. */
export function RoleTypeChip({ type }: { type: string }) {
  return (
    <Chip
      size="small"
      variant="outlined"
      color={type === 'assumable' ? 'secondary' : 'default'}
      label={
        type === 'assumable'
          ? 'Assumable'
          : type === 'assignable'
            ? 'Assignable'
            : type || 'Unknown'
      }
    />
  );
}
