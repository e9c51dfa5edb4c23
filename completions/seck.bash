# bash completion for seck
_seck() {
    local cur prev
    cur="${COMP_WORDS[COMP_CWORD]}"
    prev="${COMP_WORDS[COMP_CWORD-1]}"
    case "$prev" in
        -f|--format) COMPREPLY=($(compgen -W "table json ndjson csv tsv github junit sarif html" -- "$cur")); return ;;
        --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
        --standard) COMPREPLY=($(compgen -W "iom efsa uk dach who anz" -- "$cur")); return ;;
        --sex) COMPREPLY=($(compgen -W "female male" -- "$cur")); return ;;
        --fail-on) COMPREPLY=($(compgen -W "below-rda above-ul above-ul-average none below-rda,above-ul" -- "$cur")); return ;;
        --foods|--profiles) COMPREPLY=($(compgen -f -X '!*.json' -- "$cur")); return ;;
        --delimiter) COMPREPLY=($(compgen -W "';' '|' tab ," -- "$cur")); return ;;
        --date-format) COMPREPLY=($(compgen -W "DD.MM.YYYY DD/MM/YYYY MM/DD/YYYY YYYY-MM-DD" -- "$cur")); return ;;
        --age|--rda|--ear|--ul|--average|--columns) return ;;
    esac
    if [[ "$cur" == -* ]]; then
        COMPREPLY=($(compgen -W "--format --fail-on --quiet --merge --average --explain --color --foods --standard --age --sex --pregnant --lactating --rda --ear --ul --profiles --compare --columns --delimiter --decimal-comma --date-format --recompute --help --version" -- "$cur"))
    elif [[ $COMP_CWORD -eq 1 ]]; then
        COMPREPLY=($(compgen -W "foods" -- "$cur") $(compgen -f -X '!*.csv' -- "$cur"))
    else
        COMPREPLY=($(compgen -f -X '!*.csv' -- "$cur"))
    fi
}
complete -o filenames -o bashdefault -F _seck seck
