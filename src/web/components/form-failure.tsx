import Alert from '@mui/material/Alert';

/** Why a form's request failed, when the answer is about none of its fields; nothing otherwise. */
export function FormFailure({ failure, prefix = '' }: { failure: string | null; prefix?: string }) {
  if (!failure) return null;
  return (
    <Alert severity="error" sx={{ mt: 2 }}>
      {prefix}
      {failure}
    </Alert>
  );
}
