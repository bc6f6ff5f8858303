package hyphen

import (
	"strings"
	"testing"
)

// TestLanguages hyphenates a few words in languages beyond the TeX oracle's
// seven. Each expected result is LuaTeX's own hyphenation (lang.hyphenate,
// an implementation of Liang's algorithm independent of ours) with the same
// pattern and exception files and minimums, made by testdata/oracle/oracle.lua.
func TestLanguages(t *testing.T) {
	tests := []struct {
		tag  string // BCP 47, as a book.yaml would say it
		want []string
	}{
		{"ru", []string{"до-сто-ин-ство", "че-ло-ве-че-ской", "об-ра-зо-ва-ние", "го-су-дар-ство", "неза-ви-си-мость", "спра-вед-ли-во-сти", "де-кла-ра-ции", "сво-бо-ды"}},
		{"el", []string{"αν-θρώ-πι-νης", "α-ξιο-πρέ-πειας", "ε-λευ-θε-ρί-ας", "δι-καιο-σύ-νης", "οι-κο-γέ-νειας", "κοι-νω-νί-ας", "πα-ναν-θρώ-πι-νη", "δη-μο-κρα-τί-α"}},
		{"uk", []string{"не-за-ле-жність", "люд-ської", "гі-дно-сті", "спра-ве-дли-во-сті", "су-спіль-ства", "укра-їн-ська", "сво-бо-ди", "дер-жа-ва"}},
		{"pl", []string{"nie-pod-le-głość", "czło-wie-ka", "spra-wie-dli-wo-ści", "spo-łe-czeń-stwo", "rzecz-po-spo-li-ta", "wol-no-ści", "god-ność"}},
		{"sk", []string{"ne-zá-vis-losť", "spra-vod-li-vosti", "spo-loč-nosti", "slo-body", "dôs-toj-nosti", "Slo-ven-sko", "re-pub-lika"}},
		{"hu", []string{"füg-get-len-ség", "igaz-sá-gos-ság", "tár-sa-da-lom", "em-be-ri-ség", "sza-bad-ság", "mél-tó-ság", "egyen-lő-ség"}},
		{"tr", []string{"ba-ğım-sız-lık", "ada-let", "top-lu-mun", "in-san-lık", "öz-gür-lük", "onu-ru-nu", "eşit-lik", "kar-deş-lik"}},
		{"nl", []string{"on-af-han-ke-lijk-heid", "recht-vaar-dig-heid", "sa-men-le-ving", "vrij-heid", "waar-dig-heid", "ge-lijk-heid", "men-se-lij-ke"}},
		{"sv", []string{"själv-stän-dig-het", "rätt-vi-sa", "sam-häl-let", "fri-he-ten", "vär-dig-het", "jäm-lik-het", "mänsk-li-ga"}},
		{"fi", []string{"it-se-näi-syys", "oi-keu-den-mu-kai-suus", "yh-teis-kun-ta", "va-paus", "ih-mi-sar-vo", "ih-mi-soi-keu-det"}},
	}
	for _, tt := range tests {
		h := mustNew(t, tt.tag)
		for _, want := range tt.want {
			word := strings.ReplaceAll(want, "-", "")
			if got := h.Hyphenate(word, "-"); got != want {
				t.Errorf("%s (%s): Hyphenate(%q) = %q, TeX says %q", tt.tag, h.Tag(), word, got, want)
			}
		}
	}
}
