import type { PickerOption } from '../../components/picker-options';

/** A role as a picker offers it: the name, over the description (or that there is none). */
export const roleOption = (r: { id: string; name: string; description: string }): PickerOption => ({
  id: r.id,
  primary: r.name,
  secondary: r.description || 'No description',
});
