#!/usr/bin/env bash
# Everything CI runs, from a fresh clone after `npm ci`:
#   1. Python tools (cfn-lint, moto) into the project-local .venv
#   2. the AWS emulator (moto) on a free loopback port, stopped on any exit
#   3. projen build: synth check, compile (jsii), API.md, jest + eslint
#   3b. the deploy test (test/deploy) against that emulator: npx projen test:deploy
#   4. README snippets under jsii-rosetta strict, cfn-lint over the templates
#   5. every package (npm, PyPI, Maven, Go) and the consumer tests
set -euo pipefail
cd "$(dirname "$0")/.."

: "${CFN_LINT_VERSION:?run through npx projen ci}"
: "${MOTO_VERSION:?run through npx projen ci}"
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20
export JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION=1

step() { echo; echo "=== $(date -u +%H:%M:%S) $*"; }

step "Python tools into .venv (cfn-lint ${CFN_LINT_VERSION}, moto ${MOTO_VERSION})"
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/pip install --quiet --disable-pip-version-check "cfn-lint==${CFN_LINT_VERSION}" "moto[server]==${MOTO_VERSION}"
export PATH="$PWD/.venv/bin:$PATH"

step "Starting moto on a free loopback port"
MOTO_PORT=$(.venv/bin/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
mkdir -p .tmp
.venv/bin/python test/deploy/moto_server.py --port "$MOTO_PORT" > .tmp/moto.log 2>&1 &
MOTO_PID=$!
stop_moto() {
  if kill -0 "$MOTO_PID" 2>/dev/null; then
    kill "$MOTO_PID" 2>/dev/null || true
    wait "$MOTO_PID" 2>/dev/null || true
    echo "moto (pid $MOTO_PID) stopped"
  fi
}
trap stop_moto EXIT INT TERM
for _ in $(seq 1 60); do
  if curl -sf "http://localhost:${MOTO_PORT}/moto-api/" >/dev/null 2>&1; then break; fi
  sleep 0.5
done
curl -sf "http://localhost:${MOTO_PORT}/moto-api/" >/dev/null || { cat .tmp/moto.log; echo "moto did not start"; exit 1; }
export MOTO_ENDPOINT="http://localhost:${MOTO_PORT}"
echo "moto listening at ${MOTO_ENDPOINT}"

step "projen build (compile, API.md, unit and simulation tests, eslint)"
npx projen build

step "Deploy test: cdk bootstrap, deploy, update, destroy against moto; IAM enforcement"
npx projen test:deploy

step "Generated files are up to date"
git diff --exit-code -- API.md docs/ README.md || { echo "Generated files changed during the build: run 'npx projen build' and commit them."; exit 1; }

step "README snippets compile under jsii-rosetta strict"
npx jsii-rosetta extract --strict --fail

step "The README's main command, with options, prints the scoped policies"
npx projen synth-app -c regions=us-east-1 -c projects=demo > .tmp/synth-app.txt
grep -q 'Agc-Context-demo-' .tmp/synth-app.txt || { echo "npx projen synth-app -c projects=demo did not scope the policies"; exit 1; }
grep -q 'managed policies in cdk.out/AgcPermissionsStack.template.json' .tmp/synth-app.txt

step "cfn-lint over the synthesized templates"
npx cdk synth --quiet -o .tmp/cdk.out.default > /dev/null
npx cdk synth --quiet -o .tmp/cdk.out.scoped -c regions=us-east-1,eu-west-1 -c projects=demo,genomics -c policyNamePrefix=Agc > /dev/null
cfn-lint .tmp/cdk.out.default/AgcPermissionsStack.template.json .tmp/cdk.out.scoped/AgcPermissionsStack.template.json

step "Packages for every language"
npx projen package-all

step "Consumer tests against the built packages"
bash test-consumers/run.sh

step "Benchmark (numbers, not a test)"
npx projen bench

stop_moto

step "All steps passed. Test totals of the jest unit and deploy suites, from their JUnit reports:"
.venv/bin/python - <<'PY'
import glob
import xml.etree.ElementTree as ET
passed = failed = skipped = 0
for path in sorted(glob.glob("test-reports/*.xml")):
    root = ET.parse(path).getroot()
    suites = [root] if root.tag == "testsuite" else root.findall("testsuite")
    for s in suites:
        tests, fails, errors, skips = (int(s.get(k, 0)) for k in ("tests", "failures", "errors", "skipped"))
        passed += tests - fails - errors - skips
        failed += fails + errors
        skipped += skips
print(f"CI: {passed} passed, {failed} failed, {skipped} skipped")
PY
