# Quire — the two set-up commands are `make book` and `make test`.
GO       ?= go
BUILD    ?= build
# Reproducible by default: the build date is the last commit's date.
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null)
export SOURCE_DATE_EPOCH

.PHONY: book test quire vet conformance fuzz limits corpus synth bench bench-stages typeset-report bench-typesetting compare-xelatex compare-scripts clean

## book: build the sample book (content/) into build/ as EPUB and PDF
book:
	$(GO) run ./cmd/quire build content -o $(BUILD)

## test: vet, then run every test (validators are run when installed)
test: vet
	$(GO) test ./...

vet:
	$(GO) vet ./...

## quire: a static binary of the CLI
quire:
	CGO_ENABLED=0 $(GO) build -buildvcs=auto -trimpath -o quire ./cmd/quire

## conformance: run the validators on what `make book` built
conformance: book
	$(GO) run ./internal/validate/cmd/conformance $(BUILD)/*.epub $(BUILD)/*.pdf

## fuzz: run each fuzz target for FUZZTIME (loading, EPUB writing, PDF layout)
FUZZTIME ?= 60s
fuzz:
	$(GO) test ./book -run '^$$' -fuzz '^FuzzLoad$$' -fuzztime $(FUZZTIME)
	$(GO) test ./epub -run '^$$' -fuzz '^FuzzWrite$$' -fuzztime $(FUZZTIME)
	$(GO) test ./pdf  -run '^$$' -fuzz '^FuzzLayout$$' -fuzztime $(FUZZTIME)

## limits: the slow hostile-input cases (50 MB chapter, 10,000 chapters, huge images…)
limits:
	QUIRE_LIMITS=1 $(GO) test -count=1 -run TestLimits -v -timeout 30m ./internal/corpus

## corpus: every CommonMark example as a book, through EPUBCheck and qpdf
corpus:
	$(GO) test -count=1 -run TestCommonMark -v ./internal/corpus

## synth: write the small synthetic book (every construct) to build/synth-small
synth:
	$(GO) run ./internal/synth/cmd/synth -size small -o $(BUILD)/synth-small

## bench: build the synthetic books (small, medium, large) with Quire and, when installed, Pandoc
## (+ XeLaTeX); print wall time, peak memory and ratios (medians of BENCHRUNS builds)
BENCHRUNS ?= 3
BENCHSIZES ?= small,medium,large
bench:
	$(GO) run ./internal/bench/cmd/bench -runs $(BENCHRUNS) -sizes $(BENCHSIZES) -o $(BUILD)/bench

## bench-stages: Go benchmarks of the stages (load, EPUB write, PDF layout, PDF write) on BENCHSIZES
bench-stages:
	QUIRE_BENCH_SIZES=$(BENCHSIZES) $(GO) test -run '^$$' -bench . -benchmem -benchtime 3x -timeout 60m ./internal/bench

## typeset-report: measure the sample book's PDF (overfull lines, word spacing, widows, orphans)
typeset-report: book
	$(GO) run ./internal/measure/cmd/typeset-report -v $(BUILD)/chinas-diplomacy.pdf

## bench-typesetting: the typesetting measures as Go benchmarks
bench-typesetting:
	$(GO) test -run '^$$' -bench Typesetting ./internal/measure

## compare-xelatex: Quire and pandoc + XeLaTeX on the same synthetic book (needs pandoc, texlive-xetex, fonts-sil-charis)
compare-xelatex:
	QUIRE_COMPARE=1 $(GO) test -count=1 -run CompareXeLaTeX -v ./internal/measure

## compare-scripts: the script corpus (internal/scripts/testdata) with Quire, pandoc + XeLaTeX and Typst:
## the issue-12 measures of each PDF, and two pages of each side by side in build/compare-scripts/<lang>.png
compare-scripts:
	$(GO) run ./internal/scripts/cmd/comparescripts -o $(BUILD)/compare-scripts

clean:
	rm -rf $(BUILD) quire

## dist: static, reproducible binaries of the CLI for linux, darwin and windows on amd64 and
## arm64 in $(BUILD)/dist (quire-<os>-<arch>[.exe]), with a SHA256SUMS
dist:
	$(GO) run ./internal/dist/cmd/dist -go $(GO) -o $(BUILD)/dist

## docs: build the manual (docs/, itself a Quire book) into $(BUILD)/docs as EPUB and PDF, and
## render the README's pictures of the sample book into docs/images (pdftoppm, chromium)
.PHONY: docs
docs: book
	$(GO) run ./internal/docgen/cmd/pictures -pdf $(BUILD)/chinas-diplomacy.pdf -epub $(BUILD)/chinas-diplomacy.epub -o docs/images
	$(GO) run ./cmd/quire build docs -o $(BUILD)/docs
.PHONY: dist
