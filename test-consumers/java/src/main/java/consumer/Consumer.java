package consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cdk_agc_minimal_permissions.AgcMinimalPermissions;
import io.github.cdk_agc_minimal_permissions.AgcPermissionsStack;
import java.io.File;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.cxapi.CloudAssembly;
import software.amazon.awscdk.services.iam.AccountRootPrincipal;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.Role;

/**
 * Synthesizes every case of cases.json with the Maven artifact and compares the
 * managed policies with the TypeScript reference (written by reference.ts).
 * Usage: java consumer.Consumer CASES_FILE REFERENCE_DIR
 */
public final class Consumer {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String IMPORTED_ROLE_ARN = "arn:aws:iam::123456789012:role/AgcUsersRole";
  private static int passed = 0;
  private static final List<String> failures = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    JsonNode cases = JSON.readTree(new File(args[0]));
    File referenceDir = new File(args[1]);
    for (Iterator<String> it = cases.fieldNames(); it.hasNext();) {
      String name = it.next();
      if (name.startsWith("_")) continue;
      try {
        runCase(name, cases.get(name), JSON.readTree(new File(referenceDir, name + ".json")));
      } catch (Exception | AssertionError e) {
        failures.add(name + ": " + e.getMessage());
      }
    }
    failures.forEach(f -> System.out.println("FAILED " + f));
    System.out.println("java consumer: " + passed + " passed, " + failures.size() + " failed");
    System.exit(failures.isEmpty() ? 0 : 1);
  }

  private static List<String> strings(JsonNode c, String key) {
    if (!c.has(key)) return null;
    List<String> out = new ArrayList<>();
    c.get(key).forEach(n -> out.add(n.asText()));
    return out;
  }

  private static String string(JsonNode c, String key) {
    return c.has(key) ? c.get(key).asText() : null;
  }

  private static void runCase(String name, JsonNode c, JsonNode reference) throws Exception {
    File outdir = Files.createTempDirectory("agc-java-consumer-").toFile();
    try {
      synthesizeAndCheck(name, c, reference, outdir);
    } finally {
      try (java.util.stream.Stream<java.nio.file.Path> paths = Files.walk(outdir.toPath())) {
        paths.sorted(java.util.Comparator.reverseOrder()).map(java.nio.file.Path::toFile).forEach(File::delete);
      }
    }
  }

  private static void synthesizeAndCheck(String name, JsonNode c, JsonNode reference, File outdir) {
    App app = new App(AppProps.builder().outdir(outdir.getPath()).build());
    AgcPermissionsStack.Builder.create(app, "AgcPermissionsStack")
        .regions(strings(c, "regions"))
        .agcBucketNames(strings(c, "agcBucketNames"))
        .bootstrapQualifier(string(c, "bootstrapQualifier"))
        .projects(strings(c, "projects"))
        .policyNamePrefix(string(c, "policyNamePrefix"))
        .build();

    Stack consumer = new Stack(app, "ConsumerStack");
    AgcMinimalPermissions permissions = AgcMinimalPermissions.Builder.create(consumer, "AgcPermissions")
        .regions(strings(c, "regions"))
        .agcBucketNames(strings(c, "agcBucketNames"))
        .bootstrapQualifier(string(c, "bootstrapQualifier"))
        .projects(strings(c, "projects"))
        .policyNamePrefix(string(c, "policyNamePrefix"))
        .build();
    permissions.attachUserPolicies(Role.fromRoleArn(consumer, "ImportedRole", IMPORTED_ROLE_ARN));
    Role adminRole = Role.Builder.create(consumer, "AdminRole").assumedBy(new AccountRootPrincipal()).build();
    permissions.attachAdminPolicies(adminRole);

    CloudAssembly assembly = app.synth();
    JsonNode stackTemplate = JSON.valueToTree(assembly.getStackByName("AgcPermissionsStack").getTemplate());
    JsonNode consumerTemplate = JSON.valueToTree(assembly.getStackByName("ConsumerStack").getTemplate());

    check(reference.get("policies").size() > 0, name + ": the reference has no policies");
    JsonNode got = asReference(stackTemplate);
    check(got.get("policies").size() == reference.get("policies").size(),
        name + ": AgcPermissionsStack has " + got.get("policies").size() + " managed policies, the TypeScript reference " + reference.get("policies").size());
    check(got.equals(reference), name + ": AgcPermissionsStack differs from the TypeScript reference:\n" + got.toPrettyString());
    check(asReference(consumerTemplate).get("policies").equals(reference.get("policies")),
        name + ": AgcMinimalPermissions in ConsumerStack differs from the TypeScript reference");

    JsonNode resources = consumerTemplate.get("Resources");
    for (ManagedPolicy p : permissions.getUserPolicies()) {
      String id = consumer.getLogicalId((CfnElement) p.getNode().getDefaultChild());
      JsonNode roles = resources.get(id).get("Properties").get("Roles");
      check(roles != null && roles.toString().contains("\"AgcUsersRole\""), name + ": " + id + " is not attached to the imported role");
    }
    List<String> adminIds = new ArrayList<>();
    for (ManagedPolicy p : permissions.getAdminPolicies()) {
      adminIds.add(consumer.getLogicalId((CfnElement) p.getNode().getDefaultChild()));
    }
    List<String> arns = new ArrayList<>();
    resources.get(consumer.getLogicalId((CfnElement) adminRole.getNode().getDefaultChild()))
        .get("Properties").get("ManagedPolicyArns").forEach(a -> arns.add(a.get("Ref").asText()));
    check(arns.equals(adminIds), name + ": new role's ManagedPolicyArns " + arns + ", want " + adminIds);
    passed++;
  }

  /** The same shape reference.ts writes. */
  private static JsonNode asReference(JsonNode template) {
    ObjectNode out = JSON.createObjectNode();
    ObjectNode policies = out.putObject("policies");
    for (Iterator<Map.Entry<String, JsonNode>> it = template.get("Resources").fields(); it.hasNext();) {
      JsonNode r = it.next().getValue();
      if (!"AWS::IAM::ManagedPolicy".equals(r.get("Type").asText())) continue;
      JsonNode p = r.get("Properties");
      String description = p.get("Description").asText();
      check(!policies.has(description), "two policies share the Description " + description);
      ObjectNode entry = policies.putObject(description);
      if (p.has("ManagedPolicyName")) entry.set("ManagedPolicyName", p.get("ManagedPolicyName"));
      entry.set("PolicyDocument", p.get("PolicyDocument"));
    }
    ArrayNode outputs = out.putArray("outputs");
    TreeSet<String> names = new TreeSet<>();
    if (template.has("Outputs")) template.get("Outputs").fieldNames().forEachRemaining(names::add);
    names.forEach(outputs::add);
    return out;
  }

  private static void check(boolean ok, String message) {
    if (!ok) throw new AssertionError(message);
  }
}
