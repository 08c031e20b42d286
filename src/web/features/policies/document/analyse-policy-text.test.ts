import { describe, expect, it } from 'vitest';
import { POLICY_VERSION } from '../../../../shared/schemas/policy';
import { analysePolicyText } from './analyse-policy-text';
import { builderToDocument, formatDocument } from './builder-model';

const text = (document: unknown) => formatDocument(document);

describe('analysePolicyText', () => {
  it('reads a valid document into the builder', () => {
    const analysis = analysePolicyText(
      text({ Statement: [{ Effect: 'Allow', Action: 'compute.*', Resource: '*' }] }),
    );
    expect(analysis).toMatchObject({ syntax: null, problems: [], empty: false });
    expect(analysis.builder && builderToDocument(analysis.builder)).toEqual({
      Version: POLICY_VERSION,
      Statement: [{ Effect: 'Allow', Action: ['compute.*'], Resource: ['*'] }],
    });
  });

  it('places a syntax error by line and column, and leaves the builder alone', () => {
    const analysis = analysePolicyText('{\n  "Version": "1",\n    }');
    expect(analysis.syntax?.message).toBe('Unexpected token } at line 3, column 5');
    expect(analysis.builder).toBeNull();
  });

  it('lists unknown actions with their statement and entry', () => {
    const analysis = analysePolicyText(
      text({
        Statement: [
          {
            Effect: 'Allow',
            Action: ['compute.instance.Create', 'compute.*', 'compute.instanse.Create'],
            Resource: ['*'],
          },
          { Effect: 'Deny', Action: 'iam.nothing.Here', Resource: ['*'] },
        ],
      }),
    );
    expect(analysis.problems).toEqual([
      'Statement[0].Action[2] "compute.instanse.Create" is not a known action',
      'Statement[1].Action[0] "iam.nothing.Here" is not a known action',
    ]);
    expect(analysis.builder).toBeNull();
  });

  it('names other rules the way the server does', () => {
    expect(analysePolicyText('[]').problems).toEqual(['The document must be an object']);
    expect(
      analysePolicyText(text({ Statement: [{ Action: ['*'], Resource: ['*'] }] })).problems,
    ).toEqual(['Statement[0].Effect is required']);
    expect(
      analysePolicyText(text({ Statement: [{ Effect: 'Allow', Action: [], Resource: '*' }] }))
        .problems,
    ).toEqual(['Statement[0].Action must contain at least one action']);
  });

  it('lets the builder start from a document without statements, flagged as empty', () => {
    const analysis = analysePolicyText(text({ Version: '2026-03-20', Statement: [] }));
    expect(analysis).toMatchObject({ syntax: null, problems: [], empty: true });
    expect(analysis.builder).toEqual({ version: '2026-03-20', choices: new Map() });
  });

  it('explains when a valid document is beyond the builder', () => {
    const analysis = analysePolicyText(
      text({ Statement: [{ Effect: 'Allow', Action: '*', Resource: ['vpc-1'] }] }),
    );
    expect(analysis.problems).toEqual([]);
    expect(analysis.builder).toBeNull();
    expect(analysis.unsupported).toMatch(/^Statement\[0\] applies to specific resources/);
  });

  it('caps a long list of problems', () => {
    const Action = Array.from({ length: 12 }, (_, i) => `nope.${i}.X`);
    const analysis = analysePolicyText(
      text({ Statement: [{ Effect: 'Allow', Action, Resource: '*' }] }),
    );
    expect(analysis.problems).toHaveLength(9);
    expect(analysis.problems.at(-1)).toBe('… and 4 more');
  });
});
