/**
 * The reviewed list of actions per audience and per packed policy. Any change
 * to what the policies allow changes the snapshot, so it shows in review.
 * Update deliberately with `npx projen test:update` after reviewing the diff.
 */
import { actionsOf, concreteDocument, synth } from './support/synth';

describe.each([
  ['default options', {}],
  ['regions and projects', { regions: ['us-east-1', 'eu-west-1'], projects: ['demo', 'genomics'] }],
  ['hardenExecutionRole', { hardenExecutionRole: true }],
])('pinned actions: %s', (_name, props) => {
  const { stack, construct } = synth(props);

  test('per packed policy', () => {
    const anyRef = (ref: string) => `arn:aws:iam::111122223333:policy/${ref}`;
    const perPolicy = Object.fromEntries([...construct.adminPolicies, ...construct.userPolicies, ...construct.executionPolicies]
      .map((p) => [p.node.id, actionsOf([concreteDocument(stack, p, 'aws', undefined, anyRef)])]));
    expect(perPolicy).toMatchSnapshot();
  });

  test('per audience', () => {
    const anyRef = (ref: string) => `arn:aws:iam::111122223333:policy/${ref}`;
    expect({
      admin: actionsOf(construct.adminPolicies.map((p) => concreteDocument(stack, p, 'aws', undefined, anyRef))),
      user: actionsOf(construct.userPolicies.map((p) => concreteDocument(stack, p, 'aws'))),
      exec: actionsOf(construct.executionPolicies.map((p) => concreteDocument(stack, p, 'aws'))),
    }).toMatchSnapshot();
  });
});
