"""Checks the Python package against the TypeScript library.

REFERENCE_DIR holds, per case of ../cases.json, what the TypeScript library
synthesizes (written by ../reference.ts). Nothing here hard-codes a policy.
"""
import json
import os

import pytest

import app

REFERENCE_DIR = os.environ["REFERENCE_DIR"]
CASES = app.load_cases()


def managed_policies(template):
    """{logical id: properties} of every AWS::IAM::ManagedPolicy."""
    return {k: r["Properties"] for k, r in template["Resources"].items() if r["Type"] == "AWS::IAM::ManagedPolicy"}


def as_reference(template):
    """The same shape reference.ts writes."""
    policies = {}
    for props in managed_policies(template).values():
        assert props["Description"] not in policies, f"two policies share the Description {props['Description']!r}"
        policies[props["Description"]] = {
            k: v for k, v in (("ManagedPolicyName", props.get("ManagedPolicyName")), ("PolicyDocument", props["PolicyDocument"])) if v is not None
        }
    return {"policies": policies, "outputs": sorted(template.get("Outputs", {}))}


def load_reference(name):
    with open(os.path.join(REFERENCE_DIR, f"{name}.json"), encoding="utf-8") as f:
        return json.load(f)


@pytest.fixture(scope="module", params=sorted(CASES))
def synthesized(request, tmp_path_factory):
    name = request.param
    stack_template, consumer_template, consumer = app.build(CASES[name], str(tmp_path_factory.mktemp(f"cdk-out-{name}")))
    return name, stack_template, consumer_template, consumer


def test_permissions_stack_equals_typescript(synthesized):
    name, stack_template, _, _ = synthesized
    reference = load_reference(name)
    assert reference["policies"], "the reference has no policies"
    assert as_reference(stack_template) == reference


def test_construct_in_own_stack_equals_typescript(synthesized):
    name, _, consumer_template, _ = synthesized
    reference = load_reference(name)
    assert as_reference(consumer_template)["policies"] == reference["policies"]


def test_public_properties(synthesized):
    name, _, consumer_template, consumer = synthesized
    reference = load_reference(name)
    perms = consumer.permissions
    assert len(perms.admin_policies) + len(perms.user_policies) == len(reference["policies"])
    assert len(perms.admin_policies) >= 1 and len(perms.user_policies) >= 1


def _ids_by_audience(template, consumer):
    """Logical ids of the admin and the user policies, from the construct's own lists."""
    stack = consumer
    admin = [stack.get_logical_id(p.node.default_child) for p in consumer.permissions.admin_policies]
    user = [stack.get_logical_id(p.node.default_child) for p in consumer.permissions.user_policies]
    policies = managed_policies(template)
    assert set(admin) | set(user) == set(policies)
    return admin, user, policies


def _refs(values):
    return [v["Ref"] for v in values or [] if isinstance(v, dict) and "Ref" in v]


def test_imported_role_is_attached_from_the_policy_side(synthesized):
    _, _, template, consumer = synthesized
    admin, user, policies = _ids_by_audience(template, consumer)
    role_name = app.IMPORTED_ROLE_ARN.rsplit("/", 1)[1]
    for logical_id in user:
        assert role_name in policies[logical_id].get("Roles", []), logical_id
    for logical_id in admin:
        assert role_name not in policies[logical_id].get("Roles", []), logical_id


def test_new_role_lists_the_admin_policies(synthesized):
    _, _, template, consumer = synthesized
    admin, user, _ = _ids_by_audience(template, consumer)
    role = template["Resources"][consumer.get_logical_id(consumer.admin_role.node.default_child)]
    assert role["Type"] == "AWS::IAM::Role"
    arns = _refs(role["Properties"].get("ManagedPolicyArns"))
    assert arns == admin, "each admin policy once, in order, even though it was attached twice"
    assert not set(arns) & set(user)


def test_new_group_lists_the_user_policies(synthesized):
    _, _, template, consumer = synthesized
    _, user, _ = _ids_by_audience(template, consumer)
    group = template["Resources"][consumer.get_logical_id(consumer.users_group.node.default_child)]
    assert group["Type"] == "AWS::IAM::Group"
    assert _refs(group["Properties"].get("ManagedPolicyArns")) == user


def test_imported_group_and_user_are_attached_from_the_policy_side(synthesized):
    _, _, template, consumer = synthesized
    admin, user, policies = _ids_by_audience(template, consumer)
    for logical_id in user:
        assert app.IMPORTED_GROUP_NAME in policies[logical_id].get("Groups", []), logical_id
    for logical_id in admin:
        assert app.IMPORTED_USER_NAME in policies[logical_id].get("Users", []), logical_id
