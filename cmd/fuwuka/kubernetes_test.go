package main

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/fuwuka/fuwuka/render"
	"gopkg.in/yaml.v3"
)

// k8sContainer is what the test reads of a container in the Job.
type k8sContainer struct {
	Name    string   `yaml:"name"`
	Image   string   `yaml:"image"`
	Command []string `yaml:"command"`
	Args    []string `yaml:"args"`
}

// k8sJob is what the test reads of docs/scripts.md's Job.
type k8sJob struct {
	Kind string `yaml:"kind"`
	Spec struct {
		Completions          int    `yaml:"completions"`
		CompletionMode       string `yaml:"completionMode"`
		BackoffLimitPerIndex *int   `yaml:"backoffLimitPerIndex"`
		PodReplacementPolicy string `yaml:"podReplacementPolicy"`
		PodFailurePolicy     struct {
			Rules []struct {
				Action      string `yaml:"action"`
				OnExitCodes struct {
					ContainerName string `yaml:"containerName"`
					Operator      string `yaml:"operator"`
					Values        []int  `yaml:"values"`
				} `yaml:"onExitCodes"`
			} `yaml:"rules"`
		} `yaml:"podFailurePolicy"`
		Template struct {
			Spec struct {
				RestartPolicy  string         `yaml:"restartPolicy"`
				InitContainers []k8sContainer `yaml:"initContainers"`
				Containers     []k8sContainer `yaml:"containers"`
			} `yaml:"spec"`
		} `yaml:"template"`
	} `yaml:"spec"`
}

// The Kubernetes Job in docs/scripts.md runs fuwuka with arguments fuwuka
// accepts, with no shell, and its failure policy names only exit codes
// fuwuka documents: a Job copied from the guide must not fail on a flag
// renamed since, nor retry on a code fuwuka never gives.
func TestDocsKubernetesJob(t *testing.T) {
	doc, err := os.ReadFile("../../docs/scripts.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(doc)
	at := strings.Index(text, "### As a Kubernetes Indexed Job")
	if at < 0 {
		t.Fatal("docs/scripts.md has no Kubernetes section")
	}
	block := regexp.MustCompile("(?s)```yaml\n(.*?)```").FindStringSubmatch(text[at:])
	if block == nil {
		t.Fatal("the Kubernetes section has no yaml block")
	}
	var job k8sJob
	if err := yaml.Unmarshal([]byte(block[1]), &job); err != nil {
		t.Fatal(err)
	}
	s := job.Spec
	if job.Kind != "Job" || s.CompletionMode != "Indexed" || s.BackoffLimitPerIndex == nil || s.PodReplacementPolicy != "Failed" ||
		s.Template.Spec.RestartPolicy != "Never" {
		t.Errorf("not an Indexed Job with backoffLimitPerIndex, podReplacementPolicy: Failed and restartPolicy: Never: %+v", s)
	}

	// the container that runs fuwuka, directly
	var fuwuka *k8sContainer
	names := map[string]bool{}
	for _, c := range append(s.Template.Spec.InitContainers, s.Template.Spec.Containers...) {
		names[c.Name] = true
		if len(c.Command) > 0 && c.Command[0] == "fuwuka" {
			fuwuka = &c
		}
	}
	if fuwuka == nil {
		t.Fatal("no container has command: [\"fuwuka\", ...]")
	}
	// the release's image (scripts/image.sh), as the section pushes it
	if want := "/fuwuka:" + render.Version; !strings.HasSuffix(fuwuka.Image, want) || !strings.Contains(text[at:], "crane push image "+fuwuka.Image) {
		t.Errorf("fuwuka's image %q is not the release's (…%s) that the section pushes", fuwuka.Image, want)
	}
	args := append(fuwuka.Command[1:], fuwuka.Args...)
	if len(args) == 0 || args[0] != "cards" {
		t.Fatalf("fuwuka runs %q, not cards", args)
	}
	getenvWas := getenv
	defer func() { getenv = getenvWas }()
	for _, index := range []int{0, s.Completions - 1} {
		getenv = func(k string) string {
			if k == "JOB_COMPLETION_INDEX" {
				return strconv.Itoa(index)
			}
			return ""
		}
		var got *CardsOptions
		cmd := NewCmdCards(&IO{}, func(o *CardsOptions) error { got = o; return nil })
		cmd.SetArgs(args[1:])
		cmd.SetOut(new(strings.Builder))
		cmd.SetErr(new(strings.Builder))
		if err := cmd.Execute(); err != nil {
			t.Fatalf("fuwuka %s at index %d: %v", strings.Join(args, " "), index, err)
		}
		if got == nil {
			t.Fatalf("fuwuka %s: not run", strings.Join(args, " "))
		}
		// the slices, counted as the Job counts its pods
		if got.Of != s.Completions || got.Index != index {
			t.Errorf("index %d: --of %d --index %d, with completions: %d", index, got.Of, got.Index, s.Completions)
		}
	}

	// every exit code of the failure policy is one fuwuka documents
	documented := map[int]bool{}
	for _, m := range regexp.MustCompile(`(?m)^  (\d+) +\S`).FindAllStringSubmatch(exitHelp(&IO{}), -1) {
		n, _ := strconv.Atoi(m[1])
		documented[n] = true
	}
	actions := map[int]string{}
	for _, r := range s.PodFailurePolicy.Rules {
		if !names[r.OnExitCodes.ContainerName] || r.OnExitCodes.Operator != "In" {
			t.Errorf("a rule on container %q, operator %q", r.OnExitCodes.ContainerName, r.OnExitCodes.Operator)
		}
		for _, c := range r.OnExitCodes.Values {
			if !documented[c] {
				t.Errorf("podFailurePolicy names exit code %d, which fuwuka does not document", c)
			}
			actions[c] = r.Action
		}
	}
	// no retry mends a roster with problems or a wrong flag
	for _, c := range []int{exitUsage, exitInvalid} {
		if a := actions[c]; a != "FailJob" && a != "FailIndex" {
			t.Errorf("exit code %d: %q, want FailJob or FailIndex", c, a)
		}
	}
	if a := actions[exitRuntime]; a != "Count" {
		t.Errorf("exit code %d: %q, want Count (a retry may help)", exitRuntime, a)
	}
}
