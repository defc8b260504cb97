#!/usr/bin/env node
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { propsFromContext } from './context';
import { AgcPermissionsStack } from '../src';

const app = new App();
// Best-practice checks run on every synth and deploy; every finding the
// construct leaves is acknowledged on it with its reason.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));

new AgcPermissionsStack(app, 'AgcPermissionsStack', propsFromContext(app.node.getAllContext()));

app.synth();
