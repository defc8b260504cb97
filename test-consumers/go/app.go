// A Go CDK app that consumes the jsii-built Go module (dist/go). run.sh copies
// this directory to a scratch module whose go.mod points at dist/go with a
// replace directive, then runs `go test` there.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"

	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsiam"
	"github.com/aws/jsii-runtime-go"
	agc "github.com/cdk-agc-minimal-permissions/cdk-agc-minimal-permissions-go/cdkagcminimalpermissions"
)

const importedRoleArn = "arn:aws:iam::123456789012:role/AgcUsersRole"

// loadCases reads cases.json; its camelCase keys are the props' json tags.
func loadCases(file string) (map[string]json.RawMessage, []string, error) {
	raw, err := os.ReadFile(file)
	if err != nil {
		return nil, nil, err
	}
	all := map[string]json.RawMessage{}
	if err := json.Unmarshal(raw, &all); err != nil {
		return nil, nil, err
	}
	names := []string{}
	for name := range all {
		if name[0] != '_' {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	return all, names, nil
}

type synthesized struct {
	stackTemplate    map[string]interface{}
	consumerTemplate map[string]interface{}
	consumer         awscdk.Stack
	permissions      agc.AgcMinimalPermissions
	adminRole        awsiam.Role
}

// build synthesizes AgcPermissionsStack and a consumer stack that attaches the
// construct's policies to an imported role and a new role.
func build(caseJSON json.RawMessage, outdir string) (*synthesized, error) {
	var stackProps agc.AgcPermissionsStackProps
	var props agc.AgcMinimalPermissionsProps
	if err := json.Unmarshal(caseJSON, &stackProps); err != nil {
		return nil, err
	}
	if err := json.Unmarshal(caseJSON, &props); err != nil {
		return nil, err
	}
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(outdir)})
	agc.NewAgcPermissionsStack(app, jsii.String("AgcPermissionsStack"), &stackProps)

	consumer := awscdk.NewStack(app, jsii.String("ConsumerStack"), nil)
	permissions := agc.NewAgcMinimalPermissions(consumer, jsii.String("AgcPermissions"), &props)
	permissions.AttachUserPolicies(awsiam.Role_FromRoleArn(consumer, jsii.String("ImportedRole"), jsii.String(importedRoleArn), nil))
	adminRole := awsiam.NewRole(consumer, jsii.String("AdminRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewAccountRootPrincipal()})
	permissions.AttachAdminPolicies(adminRole)

	assembly := app.Synth(nil)
	s := &synthesized{consumer: consumer, permissions: permissions, adminRole: adminRole}
	var err error
	if s.stackTemplate, err = normalize(assembly.GetStackByName(jsii.String("AgcPermissionsStack")).Template()); err != nil {
		return nil, err
	}
	if s.consumerTemplate, err = normalize(assembly.GetStackByName(jsii.String("ConsumerStack")).Template()); err != nil {
		return nil, err
	}
	return s, nil
}

// normalize round-trips a value through JSON so it compares like a parsed file.
func normalize(v interface{}) (map[string]interface{}, error) {
	raw, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	out := map[string]interface{}{}
	return out, json.Unmarshal(raw, &out)
}

func main() {
	if len(os.Args) != 4 {
		fmt.Fprintln(os.Stderr, "usage: consumer <cases.json> <case> <outdir>")
		os.Exit(2)
	}
	cases, _, err := loadCases(os.Args[1])
	if err == nil {
		_, err = build(cases[os.Args[2]], os.Args[3])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println("synthesized to", os.Args[3])
}
