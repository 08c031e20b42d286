import type { PickerOption } from '../../components/picker-options';

/** A user as a picker offers it: the name, over the email. */
export const userOption = (u: { id: string; name: string; email: string }): PickerOption => ({
  id: u.id,
  primary: u.name,
  secondary: u.email,
});
