import { CopyButton } from '../../../components/copy-button';
import type { StsProxyResponse } from '../../../../shared/schemas/sts';
import { mask } from '../model/exports';
import { ExpiryText, RevokedText } from './expiry-text';
import { Field, FieldList } from './field-list';

interface CredentialFieldsProps {
  response: StsProxyResponse;
  revealed: boolean;
  /** When the session was terminated (ms), or null: then nothing is offered for copying. */
  revokedAt: number | null;
}

/**
 * The STS answer, field by field: secrets masked until revealed, each value with a copy button
 * while the credentials still work.
 */
export function CredentialFields({ response, revealed, revokedAt }: CredentialFieldsProps) {
  const c = response.credentials;
  const user = response.assumed_role_user;
  const copy = (value: string, what: string) =>
    revokedAt === null ? <CopyButton value={value} label={`Copy ${what}`} /> : undefined;
  return (
    <FieldList>
      <Field label="AccessKeyId" actions={copy(c.access_key_id, 'AccessKeyId')}>
        {c.access_key_id}
      </Field>
      <Field label="SecretAccessKey" actions={copy(c.secret_access_key, 'SecretAccessKey')}>
        {revealed ? c.secret_access_key : mask(c.secret_access_key)}
      </Field>
      <Field label="SessionToken" actions={copy(c.session_token, 'SessionToken')}>
        {revealed ? c.session_token : mask(c.session_token)}
      </Field>
      <Field label="Expiration" monospace={false}>
        {revokedAt === null ? (
          <ExpiryText expiration={c.expiration} />
        ) : (
          <RevokedText expiration={c.expiration} revokedAt={revokedAt} />
        )}
      </Field>
      <Field label="Assumed role ARN" actions={copy(user.arn, 'assumed role ARN')}>
        {user.arn}
      </Field>
      <Field label="Assumed role ID">{user.assumed_role_id}</Field>
      {response.action === 'AssumeRoleWithWebIdentity' && (
        <>
          <Field label="Subject">{response.subject_from_web_identity_token ?? ''}</Field>
          <Field label="Provider">{response.provider ?? ''}</Field>
          <Field label="Audience">{response.audience ?? ''}</Field>
        </>
      )}
      <Field label="Request ID" actions={copy(response.request_id, 'request ID')}>
        {response.request_id}
      </Field>
    </FieldList>
  );
}
