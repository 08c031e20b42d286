import Chip from '@mui/material/Chip';
import type { RoleType } from '../../../../shared/schemas/role';

export function RoleTypeChip({ type }: { type: RoleType }) {
  return (
    <Chip
      size="small"
      variant="outlined"
      color={type === 'assumable' ? 'secondary' : 'default'}
      label={type === 'assumable' ? 'Assumable' : 'Assignable'}
    />
  );
}
