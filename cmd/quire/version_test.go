package main

import (
	"bytes"
	"encoding/json"
	"runtime/debug"
	"testing"
)

func TestReadVersion(t *testing.T) {
	tests := []struct {
		name        string
		info        *debug.BuildInfo
		short, line string
	}{
		{"go install of a release", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.4.0"}},
			"v1.4.0", "quire v1.4.0 go1.26.8 "},
		{"go build in a checkout", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.time", Value: "2026-12-02T10:50:42Z"}, {Key: "vcs.modified", Value: "true"}}},
			"devel-0123456789ab+dirty", "quire devel-0123456789ab+dirty (0123456789abcdef0123, 2026-12-02T10:50:42Z, modified) go1.26.8 "},
		{"no build info", nil, "(devel)", "quire (devel) "},
	}
	for _, tt := range tests {
		v := readVersion(tt.info)
		if got := v.short(); got != tt.short {
			t.Errorf("%s: short %q, want %q", tt.name, got, tt.short)
		}
		if got := v.line(); len(got) < len(tt.line) || got[:len(tt.line)] != tt.line {
			t.Errorf("%s: line %q, want it to start %q", tt.name, got, tt.line)
		}
	}
}

func TestVersionJSON(t *testing.T) {
	var out, errs bytes.Buffer
	if code := runVersion([]string{"--json"}, &out, &errs); code != exitOK {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	var v buildVersion
	if err := json.Unmarshal(out.Bytes(), &v); err != nil || v.Version == "" || v.Go == "" || v.Platform == "" {
		t.Errorf("version --json = %s (%v)", out.String(), err)
	}
	if code := runVersion([]string{"--yaml"}, &out, &errs); code != exitUsage {
		t.Errorf("version --yaml: exit %d, want %d", code, exitUsage)
	}
}
