package epub

import (
	"reflect"
	"strings"
	"testing"
)

func TestAccessibility(t *testing.T) {
	base := []string{"structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability"}
	for _, tc := range []struct {
		name       string
		facts      contentFacts
		modes      []string
		sufficient []string
		features   []string
		conforms   bool
		summary    string
	}{
		{
			name:       "text only",
			facts:      contentFacts{},
			modes:      []string{"textual"},
			sufficient: []string{"textual"},
			features:   base,
			conforms:   true,
			summary:    "no images",
		},
		{
			name:       "images with alt text",
			facts:      contentFacts{Images: 3, AllAlt: true},
			modes:      []string{"textual", "visual"},
			sufficient: []string{"textual,visual", "textual"},
			features:   append(append([]string{}, base...), "alternativeText"),
			conforms:   true,
			summary:    "3 images all have a text alternative",
		},
		{
			name:       "one image with alt text",
			facts:      contentFacts{Images: 1, AllAlt: true},
			modes:      []string{"textual", "visual"},
			sufficient: []string{"textual,visual", "textual"},
			features:   append(append([]string{}, base...), "alternativeText"),
			conforms:   true,
			summary:    "Its image has a text alternative",
		},
		{
			name:       "an image without alt text",
			facts:      contentFacts{Images: 2, AllAlt: false},
			modes:      []string{"textual", "visual"},
			sufficient: []string{"textual,visual"},
			features:   base,
			conforms:   false,
			summary:    "Some of its images have no text alternative",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := accessibility(tc.facts)
			if !reflect.DeepEqual(m.AccessModes, tc.modes) {
				t.Errorf("accessMode = %q, want %q", m.AccessModes, tc.modes)
			}
			if !reflect.DeepEqual(m.Sufficient, tc.sufficient) {
				t.Errorf("accessModeSufficient = %q, want %q", m.Sufficient, tc.sufficient)
			}
			if !reflect.DeepEqual(m.Features, tc.features) {
				t.Errorf("accessibilityFeature = %q, want %q", m.Features, tc.features)
			}
			if !reflect.DeepEqual(m.Hazards, []string{"none"}) {
				t.Errorf("accessibilityHazard = %q, want none", m.Hazards)
			}
			if got := m.ConformsTo == conformance; got != tc.conforms {
				t.Errorf("conformsTo = %q, want claimed: %v", m.ConformsTo, tc.conforms)
			}
			if !strings.Contains(m.Summary, tc.summary) {
				t.Errorf("summary %q does not say %q", m.Summary, tc.summary)
			}
		})
	}
}
