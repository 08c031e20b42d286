/** An error the STS endpoint answers as AWS error XML. */
export class StsError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly type: 'Sender' | 'Receiver' = 'Sender',
  ) {
    super(message);
    this.name = 'StsError';
  }
}

/** `1 validation error detected: Value '<v>' at '<member>' failed to satisfy constraint: …` */
export function validationError(value: string, member: string, constraint: string): StsError {
  const shown = value.length > 200 ? `${value.slice(0, 200)}…` : value;
  return new StsError(
    'ValidationError',
    400,
    `1 validation error detected: Value '${shown}' at '${member}' failed to satisfy constraint: ${constraint}`,
  );
}

export const missingParameter = (name: string) =>
  new StsError('MissingParameter', 400, `The request must contain the parameter ${name}`);
