"""A Python CDK app that consumes the cdk-agc-minimal-permissions wheel.

It builds, for one option case of ../cases.json:

* ``AgcPermissionsStack`` with those options, and
* ``ConsumerStack``, its own stack in which ``AgcMinimalPermissions`` is attached
  to an imported role, a new role, a new group, an imported group and an
  imported user.

Run it alone with ``python app.py [case] [outdir]``; test_consumer.py imports
it and checks what it synthesizes.
"""
import json
import os
import sys

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from constructs import Construct

from cdk_agc_minimal_permissions import AgcMinimalPermissions, AgcPermissionsStack

CASES_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cases.json")

# camelCase keys of cases.json -> the Python (snake_case) keyword arguments.
PROP_NAMES = {
    "regions": "regions",
    "agcBucketNames": "agc_bucket_names",
    "bootstrapQualifier": "bootstrap_qualifier",
    "projects": "projects",
    "policyNamePrefix": "policy_name_prefix",
}

IMPORTED_ROLE_ARN = "arn:aws:iam::123456789012:role/AgcUsersRole"
IMPORTED_GROUP_NAME = "AgcUsersGroup"
IMPORTED_USER_NAME = "agc-admin-user"


def load_cases():
    with open(CASES_FILE, encoding="utf-8") as f:
        return {k: v for k, v in json.load(f).items() if not k.startswith("_")}


def props_for(case):
    unknown = set(case) - set(PROP_NAMES)
    if unknown:
        raise ValueError(f"cases.json: unknown props {sorted(unknown)}")
    return {PROP_NAMES[k]: v for k, v in case.items()}


class ConsumerStack(cdk.Stack):
    """A consumer's own stack: the construct plus identities to attach to."""

    def __init__(self, scope: Construct, construct_id: str, case: dict, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        self.permissions = AgcMinimalPermissions(self, "AgcPermissions", **props_for(case))

        imported_role = iam.Role.from_role_arn(self, "ImportedRole", IMPORTED_ROLE_ARN)
        self.permissions.attach_user_policies(imported_role)

        self.admin_role = iam.Role(self, "AdminRole", assumed_by=iam.AccountRootPrincipal())
        self.permissions.attach_admin_policies(self.admin_role)
        # Attaching twice is harmless.
        self.permissions.attach_admin_policies(self.admin_role)

        self.users_group = iam.Group(self, "UsersGroup")
        self.permissions.attach_user_policies(self.users_group)

        imported_group = iam.Group.from_group_name(self, "ImportedGroup", IMPORTED_GROUP_NAME)
        self.permissions.attach_user_policies(imported_group)

        imported_user = iam.User.from_user_name(self, "ImportedUser", IMPORTED_USER_NAME)
        self.permissions.attach_admin_policies(imported_user)


def build(case: dict, outdir: str):
    """Synthesizes both stacks; returns (AgcPermissionsStack template, ConsumerStack template, consumer stack)."""
    app = cdk.App(outdir=outdir)
    AgcPermissionsStack(app, "AgcPermissionsStack", **props_for(case))
    consumer = ConsumerStack(app, "ConsumerStack", case)
    assembly = app.synth()
    return (
        assembly.get_stack_by_name("AgcPermissionsStack").template,
        assembly.get_stack_by_name("ConsumerStack").template,
        consumer,
    )


if __name__ == "__main__":
    name = sys.argv[1] if len(sys.argv) > 1 else "default"
    out = sys.argv[2] if len(sys.argv) > 2 else "cdk.out"
    stack_template, consumer_template, _ = build(load_cases()[name], out)
    for title, template in (("AgcPermissionsStack", stack_template), ("ConsumerStack", consumer_template)):
        n = sum(1 for r in template["Resources"].values() if r["Type"] == "AWS::IAM::ManagedPolicy")
        print(f"{title}: {n} managed policies, synthesized to {out}")
