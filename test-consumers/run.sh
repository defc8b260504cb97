#!/usr/bin/env bash
# Consumer tests: each package that `npx projen package-all` built into dist/
# is installed into a scratch app of its own language, synthesized, and
# compared with what the TypeScript library (../src) synthesizes for the same
# options (test-consumers/cases.json). No policy content is written down here.
#
#   npx projen compile && npx projen package-all && bash test-consumers/run.sh
#
# Consumers: python (wheel, pytest), npm (tarball, node --test), go (dist/go
# through a replace directive, go test), java (dist/java as a file:// Maven
# repository). AGC_CONSUMERS="python npm" runs a subset; the others are
# reported as skipped.
#
# Scratch apps, the venv and cdk.out folders live in a mktemp folder that is
# removed on exit. Download caches (pip, Go modules and build cache, Maven)
# live in .tmp/consumer-cache/ and are reused by the next run; a fresh clone
# fills them on its first run.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

# pytest for the Python consumer (the other versions come from package.json).
PYTEST_VERSION="${PYTEST_VERSION:-9.2.0}"
CONSUMERS="${AGC_CONSUMERS:-python npm go java}"

export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="${JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION:-20}"
export JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION=1
export CASES_FILE="$ROOT/test-consumers/cases.json"

step() { echo; echo "=== $(date -u +%H:%M:%S) consumers: $*"; }
die() { echo "test-consumers/run.sh: $*" >&2; exit 1; }

# --- versions, all from package.json ------------------------------------------
pkg() { node -p "const p=require('./package.json'); $1"; }
PACKAGE_VERSION=$(pkg 'p.version')
CDK_VERSION=$(pkg "p.devDependencies['aws-cdk-lib']")
CONSTRUCTS_VERSION=$(pkg 'p.devDependencies.constructs')
MAVEN_GROUP=$(pkg 'p.jsii.targets.java.maven.groupId')
MAVEN_ARTIFACT=$(pkg 'p.jsii.targets.java.maven.artifactId')
for v in "$CDK_VERSION" "$CONSTRUCTS_VERSION"; do
  [[ "$v" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || die "package.json: expected an exact devDependency version, got '$v'"
done

# --- the packages -------------------------------------------------------------
one() { # one <description> <glob>: the single file matching the glob
  local matches=()
  shopt -s nullglob; matches=($2); shopt -u nullglob
  [ "${#matches[@]}" -eq 1 ] || die "expected exactly one $1 ($2), found ${#matches[@]}. Run 'npx projen package-all' first."
  echo "${matches[0]}"
}
NPM_TGZ=$(one "npm tarball" "$ROOT/dist/js/*.tgz")
WHEEL=$(one "Python wheel" "$ROOT/dist/python/*.whl")
GO_MOD_FILE=$(one "Go module" "$ROOT/dist/go/*/go.mod")
GO_MODULE_DIR=$(dirname "$GO_MOD_FILE")
MAVEN_JAR=$(one "Maven jar" "$ROOT/dist/java/${MAVEN_GROUP//.//}/$MAVEN_ARTIFACT/$PACKAGE_VERSION/$MAVEN_ARTIFACT-$PACKAGE_VERSION.jar")

CACHE="$ROOT/.tmp/consumer-cache"
mkdir -p "$CACHE"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/agc-consumers.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export TMPDIR="$WORK"   # every cdk.out and temp file of the consumers goes here too

echo "package $PACKAGE_VERSION; aws-cdk-lib $CDK_VERSION; constructs $CONSTRUCTS_VERSION; scratch $WORK"

# --- the TypeScript reference -------------------------------------------------
step "TypeScript reference from src/ (test-consumers/reference.ts)"
export REFERENCE_DIR="$WORK/reference"
npx ts-node --project tsconfig.dev.json test-consumers/reference.ts "$REFERENCE_DIR"

# --- consumers ----------------------------------------------------------------
consumer_python() {
  local venv="$WORK/python-venv"
  python3 -m venv "$venv"
  PIP_CACHE_DIR="$CACHE/pip" "$venv/bin/pip" install --quiet --disable-pip-version-check \
    "$WHEEL" "aws-cdk-lib==$CDK_VERSION" "constructs==$CONSTRUCTS_VERSION" "pytest==$PYTEST_VERSION"
  "$venv/bin/pip" list --disable-pip-version-check 2>/dev/null | grep -Ei '^(cdk-agc-minimal-permissions|aws-cdk-lib|constructs|jsii) '
  cd "$ROOT/test-consumers/python"
  PYTHONDONTWRITEBYTECODE=1 "$venv/bin/python" -m pytest -p no:cacheprovider -v test_consumer.py test_readme.py
}

consumer_npm() {
  local app="$WORK/npm-app" stray
  # The tarball is also embedded in every jsii package: nothing local may leak into it.
  stray=$(tar tzf "$NPM_TGZ" | grep -E '^package/(\.tmp|\.venv|cdk\.out|node_modules|src|test|test-consumers|dist)/' | head -5 || true)
  [ -z "$stray" ] || { echo "the npm tarball contains local files (see .npmignore):"; echo "$stray"; return 1; }
  echo "npm tarball: $(tar tzf "$NPM_TGZ" | wc -l) files, $(du -k "$NPM_TGZ" | cut -f1) KiB"
  mkdir -p "$app"
  cp "$ROOT/test-consumers/npm/consumer.test.js" "$app/"
  cd "$app"
  npm init -y > /dev/null
  npm install --no-audit --no-fund --loglevel=error \
    "$NPM_TGZ" "aws-cdk-lib@$CDK_VERSION" "constructs@$CONSTRUCTS_VERSION"
  npm ls --depth=0
  node --test --test-reporter=spec consumer.test.js
}

consumer_go() {
  local app="$WORK/go-app" module go_directive
  module=$(awk '$1 == "module" { print $2 }' "$GO_MOD_FILE")
  go_directive=$(awk '$1 == "go" { print $2 }' "$GO_MOD_FILE")
  mkdir -p "$app"
  cp "$ROOT"/test-consumers/go/*.go "$app/"
  cat > "$app/go.mod" <<EOF
module agcconsumer

go $go_directive

require (
	github.com/aws/aws-cdk-go/awscdk/v2 v$CDK_VERSION
	$module v$PACKAGE_VERSION
)

replace $module => $GO_MODULE_DIR
EOF
  export GOMODCACHE="$CACHE/gomod" GOCACHE="$CACHE/gobuild"
  GOFLAGS="-modcacherw $(go env GOFLAGS)"
  export GOFLAGS
  cd "$app"
  go mod tidy
  grep -E 'aws-cdk-go|jsii-runtime-go|constructs-go|cloud-assembly-schema-go' go.mod
  go test -count=1 -v ./...
}

consumer_java() {
  local app="$WORK/java-app"
  cp -r "$ROOT/test-consumers/java" "$app"
  # A release version is never downloaded again once cached: drop our own
  # artifact from the cache so the jar under test is always the one in dist/.
  rm -rf "$CACHE/m2/${MAVEN_GROUP//.//}/$MAVEN_ARTIFACT"
  cd "$app"
  # (sed: Maven 3.8 prints colour resets even in batch mode.)
  mvn --batch-mode --quiet -Dstyle.color=never -Dmaven.repo.local="$CACHE/m2" \
    -Ddist.repo="file://$ROOT/dist/java" -Dagc.version="$PACKAGE_VERSION" \
    -Dcdk.version="$CDK_VERSION" -Dconstructs.version="$CONSTRUCTS_VERSION" \
    compile dependency:build-classpath -Dmdep.outputFile=classpath.txt 2>&1 | sed 's/\x1b\[[0-9;]*m//g'
  tr ':' '\n' < classpath.txt | grep -E "/($MAVEN_ARTIFACT|aws-cdk-lib|constructs|jsii-runtime)-[0-9.]+\.jar$" | sed 's#.*/##'
  java -cp "target/classes:$(cat classpath.txt)" consumer.Consumer "$CASES_FILE" "$REFERENCE_DIR"
}

declare -A RESULT SECONDS_TAKEN
FAILED=0
for c in python npm go java; do
  if [[ " $CONSUMERS " != *" $c "* ]]; then
    RESULT[$c]="skipped (not in AGC_CONSUMERS='$CONSUMERS')"
    SECONDS_TAKEN[$c]="-"
    echo "--- $c: ${RESULT[$c]}"
    continue
  fi
  step "$c"
  start=$(date +%s)
  # A background subshell keeps `set -e` in force inside the consumer (it is
  # ignored in an `if` condition), and `wait` collects its status.
  ( set -euo pipefail; "consumer_$c" ) &
  if wait $!; then RESULT[$c]=passed; else RESULT[$c]=FAILED; FAILED=$((FAILED + 1)); fi
  SECONDS_TAKEN[$c]="$(( $(date +%s) - start ))s"
  echo "--- $c: ${RESULT[$c]} (${SECONDS_TAKEN[$c]})"
done

step "summary"
passed=0 skipped=0
for c in python npm go java; do
  printf '  %-7s %5s  %s\n' "$c" "${SECONDS_TAKEN[$c]}" "${RESULT[$c]}"
  case "${RESULT[$c]}" in passed) passed=$((passed + 1)) ;; skipped*) skipped=$((skipped + 1)) ;; esac
done
echo "consumers: $passed passed, $FAILED failed, $skipped skipped"
[ "$FAILED" -eq 0 ]
