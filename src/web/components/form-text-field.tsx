import TextField from '@mui/material/TextField';
import type { TextFieldProps } from '@mui/material/TextField';
import { useController } from 'react-hook-form';
import type { Control, FieldError, FieldPath, FieldValues } from 'react-hook-form';

/**
 * The message a field shows: a schema rule ("must be …") gets the field's label in front so it
 * names the field; a server's message (set with type "server") is a sentence already.
 */
export function fieldMessage(label: unknown, error: FieldError | undefined): string | undefined {
  const message = error?.message;
  if (!message) return undefined;
  if (error.type === 'server' || typeof label !== 'string') return message;
  return /^(must|is|may) /.test(message) ? `${label} ${message}` : message;
}

type FormTextFieldProps<T extends FieldValues> = Omit<
  TextFieldProps,
  'name' | 'value' | 'onChange' | 'onBlur' | 'error' | 'inputRef'
> & {
  control: Control<T>;
  name: FieldPath<T>;
  /** Keeps the value a number (NaN when empty, which the schema reports as "must be an integer"). */
  numeric?: boolean;
};

/** The one form control of the console: a MUI TextField (or select) bound to a react-hook-form field. */
export function FormTextField<T extends FieldValues>(props: FormTextFieldProps<T>) {
  const { control, name, numeric, helperText, ...rest } = props;
  const { field, fieldState } = useController({ control, name });
  const value: unknown = field.value;
  return (
    <TextField
      {...rest}
      name={field.name}
      inputRef={field.ref}
      value={typeof value === 'number' && Number.isNaN(value) ? '' : (value ?? '')}
      onChange={(e) =>
        field.onChange(
          numeric ? (e.target.value === '' ? Number.NaN : Number(e.target.value)) : e.target.value,
        )
      }
      onBlur={field.onBlur}
      error={fieldState.invalid}
      helperText={fieldMessage(rest.label, fieldState.error) ?? helperText}
      type={numeric ? 'number' : rest.type}
    />
  );
}
