"""Start moto (the AWS emulator) on loopback for the deploy test.

    .venv/bin/python test/deploy/moto_server.py --port 5123

scripts/ci.sh starts it and exports MOTO_ENDPOINT=http://localhost:<port>.
It stops cleanly on SIGTERM or SIGINT.

Before starting, it fills one gap in moto 5.2.5 (pinned as MOTO_VERSION in
.projenrc.ts) that the deploy test would otherwise hit. Only the emulator is
patched; the shipped stack is never changed for moto.

moto's CloudFormation model of AWS::IAM::ManagedPolicy supports create only:
`ManagedPolicy` in moto/iam/models.py defines `create_from_cloudformation_json`
but neither `update_from_cloudformation_json` nor
`delete_from_cloudformation_json`. moto/cloudformation/parsing.py then skips
both: `parse_and_update_resource` returns None and `parse_and_delete_resource`
does nothing when the handler is still the abstract one of
`CloudFormationModel` (moto/core/common_models.py). So after a stack update
the policy keeps its old document and the stack loses track of it (its
resource map holds None: DescribeStackResources no longer lists it), and a
stack delete leaves the policy behind. The two handlers below do what
CloudFormation does instead.
"""

import argparse
import json
import signal
import threading

from moto.iam.models import ManagedPolicy, iam_backends
from moto.server import ThreadedMotoServer
from moto.utilities.utils import get_partition

# IAM keeps at most 5 versions of a managed policy (CreatePolicyVersion fails
# with LimitExceeded beyond that; moto checks it in create_policy_version).
MAX_POLICY_VERSIONS = 5


def _backend(account_id, region_name):
    return iam_backends[account_id][get_partition(region_name)]


def _needs_replacement(policy, props):
    """CloudFormation replaces a ManagedPolicy (new ARN) when its name, path or
    description changes; every other change updates it in place."""
    name = props.get("ManagedPolicyName")
    return (
        (name is not None and name != policy.name)
        or (props.get("Path") or "/") != policy.path
        or (props.get("Description") or "") != policy.description
    )


@classmethod
def update_from_cloudformation_json(
    cls, original_resource, new_resource_name, cloudformation_json, account_id, region_name
):
    """In-place update: the new document becomes the default version, and the
    oldest non-default versions are deleted so that at most 5 remain.
    (Users/Groups/Roles attachments are not re-synced; AgcPermissionsStack sets none.)"""
    props = cloudformation_json["Properties"]
    if _needs_replacement(original_resource, props):
        new = cls.create_from_cloudformation_json(
            new_resource_name, cloudformation_json, account_id, region_name
        )
        cls.delete_from_cloudformation_json(
            original_resource.arn, {"Properties": {}}, account_id, region_name
        )
        return new
    document = json.dumps(props.get("PolicyDocument"))
    current = next(v for v in original_resource.versions if v.is_default)
    if json.loads(current.document) != json.loads(document):
        backend = _backend(account_id, region_name)
        old = [v for v in original_resource.versions if not v.is_default]
        while len(old) >= MAX_POLICY_VERSIONS - 1:
            backend.delete_policy_version(original_resource.arn, old.pop(0).version_id)
        backend.create_policy_version(original_resource.arn, document, set_as_default=True)
    return original_resource


@classmethod
def delete_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name):
    """Delete: detach the policy from the identities the template lists, then
    delete it. moto passes the physical id, which for ManagedPolicy is the ARN
    (ManagedPolicy.physical_resource_id; ResourceMap._delete_resource in
    moto/cloudformation/parsing.py)."""
    backend = _backend(account_id, region_name)
    props = cloudformation_json.get("Properties", {})
    for user in props.get("Users", []):
        backend.detach_user_policy(resource_name, user)
    for group in props.get("Groups", []):
        backend.detach_group_policy(resource_name, group)
    for role in props.get("Roles", []):
        backend.detach_role_policy(resource_name, role)
    backend.delete_policy(resource_name)


ManagedPolicy.update_from_cloudformation_json = update_from_cloudformation_json
ManagedPolicy.delete_from_cloudformation_json = delete_from_cloudformation_json


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())

    # Loopback only: nothing outside this machine may reach the emulator.
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=args.port, verbose=False)
    server.start()
    print(f"moto listening on 127.0.0.1:{args.port}", flush=True)
    stop.wait()
    server.stop()
    print("moto stopped", flush=True)


if __name__ == "__main__":
    main()
