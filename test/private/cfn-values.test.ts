import { flattenCfnDocument, flattenCfnValue, nagRef, policySize, worstCaseRef } from '../../src/private/cfn-values';

describe('flattenCfnValue', () => {
  const arn = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':s3:::agc-', { Ref: 'AWS::AccountId' }, '-*']] };

  test('worst case uses the longest partition and a 12-digit account', () => {
    expect(flattenCfnValue(arn, worstCaseRef)).toBe('arn:aws-us-gov:s3:::agc-123456789012-*');
  });

  test('cdk-nag renders references in angle brackets', () => {
    expect(flattenCfnValue(arn, nagRef)).toBe('arn:<AWS::Partition>:s3:::agc-<AWS::AccountId>-*');
  });

  test('fails if the value holds an intrinsic AGC policies never use', () => {
    expect(() => flattenCfnValue({ 'Fn::GetAtt': ['X', 'Arn'] }, worstCaseRef)).toThrow(/only strings, Fn::Join and Ref/);
  });

  test('a reference to an execution policy counts as the longest managed policy ARN', () => {
    expect(flattenCfnValue({ Ref: 'AgcExec1A2B3C4D' }, worstCaseRef)).toBe(`arn:aws-us-gov:iam::123456789012:policy/${'x'.repeat(128)}`);
  });

  test('documents keep their structure; size is the JSON without whitespace', () => {
    const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: [arn] }] };
    const flat = flattenCfnDocument(doc, worstCaseRef);
    expect(flat).toEqual({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: ['arn:aws-us-gov:s3:::agc-123456789012-*'] }] });
    expect(policySize(flat)).toBe(JSON.stringify(flat).length);
    expect(JSON.stringify(flat)).not.toMatch(/\s/);
  });
});
