package preview

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

// TestDebouncer drives the state machine with a script of steps at given
// times (milliseconds): "add PATH", "take" (expects a batch or none),
// "done", and checks when it next wakes.
func TestDebouncer(t *testing.T) {
	type step struct {
		at   int    // ms
		do   string // "add a.md", "take", "done", "start"
		want string // for take: the batch, comma-separated, or "-" for none
		wake int    // after the step: when Wake says (ms), -1 for never
	}
	tests := []struct {
		name  string
		steps []step
	}{
		{"nothing pending never wakes", []step{
			{0, "take", "-", -1},
		}},
		{"one event fires after the quiet time", []step{
			{0, "add a.md", "", 100},
			{99, "take", "-", 100},
			{100, "take", "a.md", -1},
		}},
		{"a burst is one batch, each path once, in order", []step{
			{0, "add a.md", "", 100},
			{30, "add b.md", "", 130},
			{60, "add a.md", "", 160},
			{130, "take", "-", 160},
			{160, "take", "a.md,b.md", -1},
		}},
		{"events that never stop still build after MaxWait", []step{
			{0, "add a.md", "", 100},
			{90, "add a.md", "", 190},
			{180, "add b.md", "", 280},
			{270, "add c.md", "", 300},
			{300, "take", "a.md,b.md,c.md", -1},
		}},
		{"no batch while a build runs; events then coalesce", []step{
			{0, "add a.md", "", 100},
			{100, "take", "a.md", -1},
			{150, "add b.md", "", -1},
			{200, "add c.md", "", -1},
			{400, "take", "-", -1},
			{500, "done", "", 300},
			{500, "take", "b.md,c.md", -1},
			{600, "done", "", -1},
		}},
		{"the first build blocks batches until done", []step{
			{0, "start", "", -1},
			{10, "add a.md", "", -1},
			{50, "done", "", 110},
			{109, "take", "-", 110},
			{110, "take", "a.md", -1},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t0 := time.Unix(1000, 0)
			ms := func(n int) time.Time { return t0.Add(time.Duration(n) * time.Millisecond) }
			d := Debouncer{Quiet: 100 * time.Millisecond, MaxWait: 300 * time.Millisecond}
			for i, s := range tt.steps {
				verb, arg, _ := strings.Cut(s.do, " ")
				switch verb {
				case "add":
					d.Add(arg, ms(s.at))
				case "start":
					d.Start()
				case "done":
					d.Done()
				case "take":
					batch, ok := d.Take(ms(s.at))
					got := "-"
					if ok {
						got = strings.Join(batch, ",")
					}
					if got != s.want {
						t.Fatalf("step %d (%s at %d ms): batch %q, want %q", i, s.do, s.at, got, s.want)
					}
				default:
					t.Fatalf("bad step %q", s.do)
				}
				at, ok := d.Wake()
				got := -1
				if ok {
					got = int(at.Sub(t0) / time.Millisecond)
				}
				if got != s.wake {
					t.Fatalf("step %d (%s at %d ms): wakes at %d ms, want %d", i, s.do, s.at, got, s.wake)
				}
			}
		})
	}
}

func TestDebouncerRunning(t *testing.T) {
	var d Debouncer
	if d.Running() {
		t.Fatal("a new Debouncer is running")
	}
	d.Add("a", time.Unix(0, 0))
	if _, ok := d.Take(time.Unix(1, 0)); !ok || !d.Running() {
		t.Fatalf("Take: ok %v, running %v; want a batch and running", ok, d.Running())
	}
	d.Done()
	if d.Running() || !reflect.DeepEqual(d.pending, []string(nil)) {
		t.Fatalf("after Done: running %v, pending %q", d.Running(), d.pending)
	}
}
