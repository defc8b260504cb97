/** Path prefix of AGC's Go CLI packages (aws/amazon-genomics-cli at f9774847). */
export const AGC = 'packages/cli/internal/pkg';
/** Prefix of evidence in the aws-cdk CLI that AGC pins (npm pack aws-cdk@2.128.0). */
export const CDK = 'aws-cdk@2.128.0:lib';
/** The bootstrap template of aws-cdk 2.128.0 (version 20). */
export const BOOTSTRAP_TEMPLATE = `${CDK}/api/bootstrap/bootstrap-template.yaml`;
/** CloudFormation resource provider schemas (shared/cfn-schemas): handlers.*.permissions. */
export const SCHEMA = 'cfn-schema';
/** The tag every AGC stack, and so every taggable resource in it, carries. */
export const AGC_TAG_KEY = 'application-name';
export const AGC_TAG_VALUE = 'agc';
