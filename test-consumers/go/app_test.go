package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"testing"

	"github.com/aws/aws-cdk-go/awscdk/v2"
)

// asReference gives a template the shape reference.ts writes.
func asReference(t *testing.T, template map[string]interface{}) map[string]interface{} {
	policies := map[string]interface{}{}
	resources, _ := template["Resources"].(map[string]interface{})
	for _, r := range resources {
		res := r.(map[string]interface{})
		if res["Type"] != "AWS::IAM::ManagedPolicy" {
			continue
		}
		p := res["Properties"].(map[string]interface{})
		desc := p["Description"].(string)
		if _, dup := policies[desc]; dup {
			t.Fatalf("two policies share the Description %q", desc)
		}
		entry := map[string]interface{}{"PolicyDocument": p["PolicyDocument"]}
		if name, ok := p["ManagedPolicyName"]; ok {
			entry["ManagedPolicyName"] = name
		}
		policies[desc] = entry
	}
	outputs := []interface{}{}
	outs, _ := template["Outputs"].(map[string]interface{})
	for k := range outs {
		outputs = append(outputs, k)
	}
	sort.Slice(outputs, func(i, j int) bool { return outputs[i].(string) < outputs[j].(string) })
	return map[string]interface{}{"policies": policies, "outputs": outputs}
}

func TestConsumerMatchesTypeScript(t *testing.T) {
	casesFile, refDir := os.Getenv("CASES_FILE"), os.Getenv("REFERENCE_DIR")
	if casesFile == "" || refDir == "" {
		t.Fatal("set CASES_FILE and REFERENCE_DIR (run through test-consumers/run.sh)")
	}
	cases, names, err := loadCases(casesFile)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(refDir, name+".json"))
			if err != nil {
				t.Fatal(err)
			}
			reference := map[string]interface{}{}
			if err := json.Unmarshal(raw, &reference); err != nil {
				t.Fatal(err)
			}
			s, err := build(cases[name], t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			refPolicies := reference["policies"].(map[string]interface{})
			if len(refPolicies) == 0 {
				t.Fatal("the reference has no policies")
			}
			got := asReference(t, s.stackTemplate)
			if n := len(got["policies"].(map[string]interface{})); n != len(refPolicies) {
				t.Fatalf("AgcPermissionsStack: %d managed policies, the TypeScript reference has %d", n, len(refPolicies))
			}
			if !reflect.DeepEqual(got, reference) {
				gotJSON, _ := json.MarshalIndent(got, "", "  ")
				t.Fatalf("AgcPermissionsStack differs from the TypeScript reference.\nGo:\n%s\nTypeScript:\n%s", gotJSON, raw)
			}
			if own := asReference(t, s.consumerTemplate)["policies"]; !reflect.DeepEqual(own, refPolicies) {
				t.Fatal("AgcMinimalPermissions in the consumer stack differs from the TypeScript reference")
			}

			resources := s.consumerTemplate["Resources"].(map[string]interface{})
			var userIDs, adminIDs []interface{}
			for _, p := range *s.permissions.UserPolicies() {
				userIDs = append(userIDs, *s.consumer.GetLogicalId(p.Node().DefaultChild().(awscdk.CfnElement)))
			}
			for _, p := range *s.permissions.AdminPolicies() {
				adminIDs = append(adminIDs, *s.consumer.GetLogicalId(p.Node().DefaultChild().(awscdk.CfnElement)))
			}
			for _, id := range userIDs {
				roles, _ := resources[id.(string)].(map[string]interface{})["Properties"].(map[string]interface{})["Roles"].([]interface{})
				if !contains(roles, "AgcUsersRole") {
					t.Errorf("user policy %s is not attached to the imported role: Roles=%v", id, roles)
				}
			}
			roleID := *s.consumer.GetLogicalId(s.adminRole.Node().DefaultChild().(awscdk.CfnElement))
			arns, _ := resources[roleID].(map[string]interface{})["Properties"].(map[string]interface{})["ManagedPolicyArns"].([]interface{})
			var refs []interface{}
			for _, a := range arns {
				refs = append(refs, a.(map[string]interface{})["Ref"])
			}
			if !reflect.DeepEqual(refs, adminIDs) {
				t.Errorf("new role's ManagedPolicyArns %v, want the admin policies %v", refs, adminIDs)
			}
		})
	}
}

func contains(list []interface{}, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}
