#!/usr/bin/env node
/**
 * The emulator's copy of app/main.ts, used only by the deploy tests against
 * moto (test/deploy/). Same stack, same `-c` keys, same cdk-nag checks; two
 * settings differ, neither of which touches a policy:
 *
 * - `generateBootstrapVersionRule: false` leaves out CDK's `BootstrapVersion`
 *   parameter. On an update the CLI passes it as `UsePreviousValue: true`, and
 *   moto 5.2.5 looks that up among the parameters given explicitly when the
 *   stack was created (`CloudFormationBackend._resolve_update_parameters` in
 *   moto/cloudformation/models.py), where a template default is not: KeyError,
 *   HTTP 500, and no second deploy could ever be shown.
 * - `analyticsReporting: false` leaves out the `AWS::CDK::Metadata` resource.
 *   moto has no model for it, keeps None in the stack's resource map, and then
 *   fails DescribeStackResources on that None (`StackResourceDTO` in
 *   moto/cloudformation/responses.py).
 *
 * The shipped app keeps the default synthesizer and its version reporting.
 */
import { App, DefaultStackSynthesizer, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { propsFromContext } from '../../app/context';
import { AgcPermissionsStack } from '../../src';

const app = new App({ analyticsReporting: false });
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));

new AgcPermissionsStack(app, 'AgcPermissionsStack', {
  ...propsFromContext(app.node.getAllContext()),
  synthesizer: new DefaultStackSynthesizer({ generateBootstrapVersionRule: false }),
});

app.synth();
