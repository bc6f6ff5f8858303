package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestCompletionScripts wants each shell's script to name every command
// and every option of build, and bash's to parse.
func TestCompletionScripts(t *testing.T) {
	for _, shell := range []string{"bash", "zsh", "fish"} {
		t.Run(shell, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run([]string{"completion", shell}, &stdout, &stderr); code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr.String())
			}
			script := stdout.String()
			for _, cmd := range []string{"init", "build", "check", "serve", "watch", "version", "completion", "help"} {
				if !regexp.MustCompile(`\b` + cmd + `\b`).MatchString(script) {
					t.Errorf("no command %s", cmd)
				}
			}
			for _, flag := range []string{"o", "format", "set", "quiet", "verbose"} {
				spelt := map[bool]string{true: "-", false: "--"}[len(flag) == 1] + flag
				if shell == "fish" {
					spelt = map[bool]string{true: "-s ", false: "-l "}[len(flag) == 1] + flag
				}
				if !strings.Contains(script, spelt) {
					t.Errorf("no build option %s", spelt)
				}
			}
			if shell != "bash" {
				return
			}
			bash, err := exec.LookPath("bash")
			if err != nil {
				t.Skip("no bash")
			}
			path := filepath.Join(t.TempDir(), "quire.bash")
			if err := os.WriteFile(path, stdout.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			if out, err := exec.Command(bash, "-n", path).CombinedOutput(); err != nil {
				t.Errorf("bash -n: %v\n%s", err, out)
			}
		})
	}
}

func TestCompletionUsage(t *testing.T) {
	for _, args := range [][]string{{"completion"}, {"completion", "powershell"}, {"completion", "bash", "zsh"}} {
		var stdout, stderr bytes.Buffer
		if code := run(args, &stdout, &stderr); code != exitUsage {
			t.Errorf("%q: exit %d, want %d", args, code, exitUsage)
		}
		if stdout.Len() > 0 || !strings.Contains(stderr.String(), "Usage: quire completion") {
			t.Errorf("%q: stdout %q, stderr %q", args, stdout.String(), stderr.String())
		}
	}
}

// TestCompletionFlagsMatchHelp checks the completion's commands against the
// usage text and each command's options against its --help, so that a
// new command or option cannot be left out of the scripts.
func TestCompletionFlagsMatchHelp(t *testing.T) {
	cmds := completionCommands()
	var inUsage []string
	for _, m := range regexp.MustCompile(`(?m)^  quire (\w+)`).FindAllStringSubmatch(usage, -1) {
		inUsage = append(inUsage, m[1])
	}
	names := commandNames(cmds, "")
	slices.Sort(inUsage)
	slices.Sort(names)
	if !slices.Equal(inUsage, names) {
		t.Errorf("commands: usage has %q, completion %q", inUsage, names)
	}
	option := regexp.MustCompile(`(?m)^  -([a-z][\w-]*)\b`)
	for _, c := range cmds {
		if c.args != "files" {
			continue
		}
		var stdout, stderr bytes.Buffer
		run([]string{"help", c.name}, &stdout, &stderr)
		var help, got []string
		for _, m := range option.FindAllStringSubmatch(stdout.String()+stderr.String(), -1) {
			help = append(help, m[1])
		}
		for _, f := range c.flags {
			got = append(got, f.name)
		}
		slices.Sort(help)
		if !slices.Equal(help, got) {
			t.Errorf("%s: --help has %q, completion %q", c.name, help, got)
		}
	}
}
