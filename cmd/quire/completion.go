package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/quire-books/quire/book"
)

const completionUsage = `Usage: quire completion bash|zsh|fish

Prints a script that completes quire's commands, their options and the
settings --set takes. Load it in the current shell, or save it where the
shell looks for completions:

  bash:  source <(quire completion bash)
         quire completion bash > ~/.local/share/bash-completion/completions/quire
  zsh:   source <(quire completion zsh)       (after compinit)
         quire completion zsh > "${fpath[1]}/_quire"
  fish:  quire completion fish > ~/.config/fish/completions/quire.fish
`

// completionCommand is a command as the completion scripts see it.
type completionCommand struct {
	name    string
	summary string
	flags   []completionFlag // in the flag set's (sorted) order
	args    string           // what follows the options: "files", "commands", "shells" or ""
}

// completionFlag is one option of a command.
type completionFlag struct {
	name  string // without dashes: "o", "format"
	usage string // its help up to the first line break or " (", placeholders bare
	value bool   // it takes a value (it is not a boolean)
}

// dashes is how the scripts offer the flag: -o, --format. The flag
// package takes either form; these are the ones the usage text shows.
func (f completionFlag) dashes() string {
	if len(f.name) == 1 {
		return "-" + f.name
	}
	return "--" + f.name
}

// completionCommands lists the commands with their options. The options
// come from flag sets built by the same helpers the commands use, so the
// scripts cannot drift from them; TestCompletionFlagsMatchHelp checks the
// few declared in a command itself against its --help.
func completionCommands() []completionCommand {
	newFlags := func(name string) *flag.FlagSet {
		fs := flag.NewFlagSet(name, flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		return fs
	}
	var bf buildFlags
	var set setFlag
	var quiet, verbose bool

	build := newFlags("build")
	addEditionFlags(build, &bf)
	addSetFlag(build, &bf.set)
	addVerbosityFlags(build, &bf.quiet, &bf.verbose)

	check := newFlags("check")
	check.Bool("json", false, "print the problems as a JSON array")
	addSetFlag(check, &set)
	addVerbosityFlags(check, &quiet, &verbose)

	serve := newFlags("serve")
	serve.Int("port", defaultPort, "listen on 127.0.0.1:`N` (0: any free port)")
	addSetFlag(serve, &set)

	watch := newFlags("watch")
	addEditionFlags(watch, &bf)
	addSetFlag(watch, &set)

	version := newFlags("version")
	version.Bool("json", false, "print the version as a JSON object")

	return []completionCommand{
		{name: "init", summary: "write a new book to start from", args: "files"},
		{name: "build", summary: "build the EPUB and PDF editions", flags: flagsOf(build), args: "files"},
		{name: "check", summary: "report the book's problems without building", flags: flagsOf(check), args: "files"},
		{name: "serve", summary: "preview the book in a browser", flags: flagsOf(serve), args: "files"},
		{name: "watch", summary: "rebuild the book when its files change", flags: flagsOf(watch), args: "files"},
		{name: "version", summary: "print the version", flags: flagsOf(version)},
		{name: "completion", summary: "print a shell completion script", args: "shells"},
		{name: "help", summary: "print the help of quire or a command", args: "commands"},
	}
}

func flagsOf(fs *flag.FlagSet) []completionFlag {
	var out []completionFlag
	fs.VisitAll(func(f *flag.Flag) {
		_, usage := flag.UnquoteUsage(f)
		usage, _, _ = strings.Cut(usage, "\n")
		usage, _, _ = strings.Cut(usage, " (")
		b, ok := f.Value.(interface{ IsBoolFlag() bool })
		out = append(out, completionFlag{name: f.Name, usage: usage, value: !ok || !b.IsBoolFlag()})
	})
	return out
}

// completionShells are the shells 'quire completion' writes for.
var completionShells = []string{"bash", "zsh", "fish"}

// flagValues is what a flag's value completes to, by flag name: "dirs"
// for folders, or a list of words. A flag not named takes anything.
func flagValues(name string) (dirs bool, words []string) {
	switch name {
	case "o":
		return true, nil
	case "format":
		return false, []string{"epub,pdf", "epub", "pdf", "pdf,epub"}
	case "set":
		for _, k := range book.Settings() {
			words = append(words, k+"=")
		}
		return false, words
	}
	return false, nil
}

func runCompletion(args []string, stdout, stderr io.Writer) int {
	if len(args) == 1 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help") {
		fmt.Fprint(stdout, completionUsage)
		return exitOK
	}
	if len(args) != 1 {
		fmt.Fprint(stderr, "quire completion: name one shell\n\n"+completionUsage)
		return exitUsage
	}
	cmds := completionCommands()
	switch args[0] {
	case "bash":
		fmt.Fprint(stdout, bashCompletion(cmds))
	case "zsh":
		fmt.Fprint(stdout, zshCompletion(cmds))
	case "fish":
		fmt.Fprint(stdout, fishCompletion(cmds))
	default:
		fmt.Fprintf(stderr, "quire completion: unknown shell %q (use bash, zsh or fish)\n\n%s", args[0], completionUsage)
		return exitUsage
	}
	return exitOK
}

func commandNames(cmds []completionCommand, args string) []string {
	var out []string
	for _, c := range cmds {
		if args == "" || c.args == args {
			out = append(out, c.name)
		}
	}
	return out
}

func bashCompletion(cmds []completionCommand) string {
	var b strings.Builder
	fmt.Fprintf(&b, `# bash completion for quire. Load with: source <(quire completion bash)
_quire() {
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
    if [[ $COMP_CWORD -eq 1 ]]; then
        COMPREPLY=($(compgen -W %q -- "$cur"))
        return
    fi
    case ${COMP_WORDS[1]} in
`, strings.Join(commandNames(cmds, ""), " "))
	for _, c := range cmds {
		fmt.Fprintf(&b, "    %s)\n", c.name)
		switch c.args {
		case "commands", "shells":
			words := completionShells
			if c.args == "commands" {
				words = commandNames(cmds, "files")
			}
			fmt.Fprintf(&b, "        [[ $COMP_CWORD -eq 2 ]] && COMPREPLY=($(compgen -W %q -- \"$cur\"))\n", strings.Join(words, " "))
			b.WriteString("        return ;;\n")
			continue
		}
		var names []string
		var values strings.Builder
		for _, f := range c.flags {
			names = append(names, f.dashes())
			if !f.value {
				continue
			}
			fmt.Fprintf(&values, "        -%s|--%s)\n", f.name, f.name)
			switch dirs, words := flagValues(f.name); {
			case dirs:
				values.WriteString("            COMPREPLY=($(compgen -d -- \"$cur\")) ;;\n")
			case strings.HasSuffix(strings.Join(words, ""), "="):
				fmt.Fprintf(&values, "            compopt -o nospace\n            COMPREPLY=($(compgen -W %q -- \"$cur\")) ;;\n", strings.Join(words, " "))
			case words != nil:
				fmt.Fprintf(&values, "            COMPREPLY=($(compgen -W %q -- \"$cur\")) ;;\n", strings.Join(words, " "))
			default:
				values.WriteString("            COMPREPLY=() ;;\n")
			}
		}
		if values.Len() > 0 {
			b.WriteString("        case $prev in\n")
			b.WriteString(values.String())
			b.WriteString("        *)\n")
		}
		fmt.Fprintf(&b, "            if [[ $cur == -* ]]; then\n                COMPREPLY=($(compgen -W %q -- \"$cur\"))\n", strings.Join(names, " "))
		if c.args == "files" {
			b.WriteString("            else\n                COMPREPLY=($(compgen -f -- \"$cur\"))\n")
		}
		b.WriteString("            fi")
		if values.Len() > 0 {
			b.WriteString(" ;;\n        esac")
		}
		b.WriteString(" ;;\n")
	}
	b.WriteString("    esac\n}\ncomplete -o filenames -F _quire quire\n")
	return b.String()
}

// zshQuote escapes text for a description inside an _arguments spec in
// single quotes.
func zshQuote(s string) string {
	return strings.NewReplacer("'", `'\''`, "[", `\[`, "]", `\]`, ":", `\:`).Replace(s)
}

func zshCompletion(cmds []completionCommand) string {
	var b strings.Builder
	b.WriteString(`#compdef quire
# zsh completion for quire. Load with: source <(quire completion zsh)
compdef _quire quire

_quire() {
    if (( CURRENT == 2 )); then
        local -a commands=(
`)
	for _, c := range cmds {
		fmt.Fprintf(&b, "            '%s:%s'\n", c.name, zshQuote(c.summary))
	}
	b.WriteString(`        )
        _describe -t commands 'quire command' commands
        return
    fi
    local cmd=${words[2]}
    shift words
    (( CURRENT-- ))
    case $cmd in
`)
	for _, c := range cmds {
		fmt.Fprintf(&b, "    %s)\n        _arguments -s", c.name)
		for _, f := range c.flags {
			spec := "'" + f.dashes() + "[" + zshQuote(f.usage) + "]"
			if f.name == "set" {
				spec = "'*" + spec[1:]
			}
			if f.value {
				switch dirs, words := flagValues(f.name); {
				case dirs:
					spec += ":folder:_files -/"
				case f.name == "set":
					spec += `:KEY=VALUE:{compadd -S "" -- ` + strings.Join(words, " ") + "}"
				case words != nil:
					spec += ":value:(" + strings.Join(words, " ") + ")"
				default:
					spec += ":value: "
				}
			}
			b.WriteString(" \\\n            " + spec + "'")
		}
		switch c.args {
		case "files":
			b.WriteString(" \\\n            '*:source:_files'")
		case "commands":
			fmt.Fprintf(&b, " \\\n            '1:command:(%s)'", strings.Join(commandNames(cmds, "files"), " "))
		case "shells":
			fmt.Fprintf(&b, " \\\n            '1:shell:(%s)'", strings.Join(completionShells, " "))
		}
		b.WriteString(" ;;\n")
	}
	b.WriteString(`    esac
}

# Run when autoloaded from $fpath, not when sourced.
if [[ $funcstack[1] == _quire ]]; then
    _quire "$@"
fi
`)
	return b.String()
}

// fishQuote puts s in single quotes for fish.
func fishQuote(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, "'", `\'`).Replace(s) + "'"
}

func fishCompletion(cmds []completionCommand) string {
	var b strings.Builder
	b.WriteString("# fish completion for quire. Save as ~/.config/fish/completions/quire.fish\ncomplete -c quire -f\n")
	for _, c := range cmds {
		fmt.Fprintf(&b, "complete -c quire -n __fish_use_subcommand -a %s -d %s\n", c.name, fishQuote(c.summary))
	}
	for _, c := range cmds {
		cond := "'__fish_seen_subcommand_from " + c.name + "'"
		switch c.args {
		case "files":
			fmt.Fprintf(&b, "complete -c quire -n %s -F\n", cond)
		case "commands":
			fmt.Fprintf(&b, "complete -c quire -n %s -a %s\n", cond, fishQuote(strings.Join(commandNames(cmds, "files"), " ")))
		case "shells":
			fmt.Fprintf(&b, "complete -c quire -n %s -a %s\n", cond, fishQuote(strings.Join(completionShells, " ")))
		}
		for _, f := range c.flags {
			opt := "-l " + f.name
			if len(f.name) == 1 {
				opt = "-s " + f.name
			}
			if f.value {
				switch dirs, words := flagValues(f.name); {
				case dirs:
					opt += " -x -a '(__fish_complete_directories (commandline -ct))'"
				case words != nil:
					opt += " -x -a " + fishQuote(strings.Join(words, " "))
				default:
					opt += " -x"
				}
			}
			fmt.Fprintf(&b, "complete -c quire -n %s %s -d %s\n", cond, opt, fishQuote(f.usage))
		}
	}
	return b.String()
}
