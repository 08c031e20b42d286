import type { Control, FieldPath } from 'react-hook-form';
import { FormTextField } from '../../components/form-text-field';

/** What a form that names a group holds, whatever else it holds. */
interface GroupFieldValues {
  display_name: string;
  description?: string;
}

interface GroupFieldsProps<T extends GroupFieldValues> {
  control: Control<T>;
  autoFocus?: boolean;
}

/** Group Name and Group Description, as Create group and Edit group ask for them. */
export function GroupFields<T extends GroupFieldValues>({
  control,
  autoFocus,
}: GroupFieldsProps<T>) {
  // Every T has both fields; TypeScript cannot see it through react-hook-form's paths.
  const name = 'display_name' as FieldPath<T>;
  const description = 'description' as FieldPath<T>;
  return (
    <>
      <FormTextField
        control={control}
        name={name}
        label="Group Name"
        required
        fullWidth
        autoFocus={autoFocus}
      />
      <FormTextField
        control={control}
        name={description}
        label="Group Description"
        fullWidth
        multiline
        minRows={2}
      />
    </>
  );
}
